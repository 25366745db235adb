package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The bodies on both sides of a signing between bodies, written out in full (甲某旅行社与乙某集团签署…, 甲集团与乙市某某局
 * 签订…): where a clause is nothing but a side, 与/和/同, its partner and the signing verb, and both sides end in an
 * organisation's head noun ({@code models/org-suffixes.tsv}), each side is one body's name, though the segmenter finds
 * no proper noun in it (brand words: 某某假期旅行社) or reads only the place that opens it (甲市区域贸易局 → 甲市).
 * A side that is a bare head (市政府), a reference (该公司, 本会) or a kind (有关企业) names none; the other filters of
 * the recogniser drop kinds and references as for any candidate.
 */
final class SigningSideBodies {
    /** A clause break: only a side opening right after one is a whole name. */
    private static final String BREAK = "[，,。；;：:！？!?\\s]";
    /** Characters that no side of the frame holds: joins, lists and words of a clause (的, 是, 在, 于, 将). */
    private static final String SIDE = "[\\p{IsHan}&&[^与和同及、的是在于将并还也已又向对把被]]";
    /** Manner words between the partner and the verb. */
    private static final String MANNER = "(?:正式|共同|现场)*";
    /** Openings of a reference or a kind, not a name (该公司, 本会, 双方企业, 有关单位, 当地企业, 各国…). */
    private static final Pattern NOT_A_NAME = Pattern.compile("^(?:该|本|我|其|此|各|两|双方|有关|相关|当地|多家|一些|部分)");
    /** Fewest characters a side holds before its head noun. */
    private static final int MIN_BEFORE_HEAD = 2;

    private final OrganizationHeads heads;
    /**
     * A side, 与/和/同, the one partner, manner words, a signing verb (the SIGN rows of models/events/lexicon.tsv); the
     * side opens right after a break or at the start of the text. Several partners (甲与乙和丙签署) are left to the
     * head-noun rules: one signing or one per pair is not settled (README, gold to settle).
     */
    private final Pattern frame;

    SigningSideBodies(List<String> heads, List<String> signVerbs) {
        this.heads = new OrganizationHeads(heads);
        String verbs = EventNameWords.longestFirst(signVerbs).stream().map(Pattern::quote).collect(Collectors.joining("|"));
        this.frame = Pattern.compile("(?:^|(?<=" + BREAK + "))(" + SIDE + "{3,20}?)(?:与|和|同)(" + SIDE + "{3,20}?)" + MANNER
                + "(?:" + verbs + ")");
    }

    static SigningSideBodies load() {
        List<String> verbs = ModelFile.read("events/lexicon.tsv", 2).stream().filter(r -> r.get(0).equals("SIGN"))
                .map(r -> r.get(1)).toList();
        return new SigningSideBodies(OrganizationHeads.headNouns(), verbs);
    }

    /**
     * The sides of every such frame not already read as an organisation over exactly their span; none of a frame whose
     * sides do not all end in a head noun, or where a side overlaps a person.
     */
    List<Candidate> recognize(String text, List<Candidate> known) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = frame.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.end(1);
            List<int[]> sides = new ArrayList<>();
            sides.add(fromKnownName(new int[]{m.start(1), m.end(1)}, known));
            sides.add(fromKnownName(new int[]{m.start(2), m.end(2)}, known));
            if (!sides.stream().allMatch(s -> isName(text.substring(s[0], s[1])))) {
                continue;
            }
            if (sides.stream().anyMatch(s -> known.stream().anyMatch(c -> c.type() == EntityType.PERSON && c.start() < s[1] && s[0] < c.end()))) {
                continue; // 某某与乙公司: a person signs there, named before his body
            }
            if (sides.stream().anyMatch(s -> known.stream().anyMatch(c -> c.type() == EntityType.COUNTRY && c.start() == s[0]))) {
                continue; // 甲国乙港务局: whether the country opens the name is the country rules' to say
            }
            for (int[] s : sides) {
                boolean read = known.stream().anyMatch(c -> c.type() == EntityType.ORGANIZATION && c.start() <= s[0] && c.end() >= s[1]);
                if (!read) {
                    out.add(new Candidate(s[0], s[1], EntityType.ORGANIZATION, text.substring(s[0], s[1]), null, Candidate.Source.PATTERN));
                }
            }
        }
        return out;
    }

    /**
     * 随后青松集团, 签约现场青松集团: where no name already read opens the side and one opens inside it, the words before
     * that name are no part of it; the side starts at the first such name.
     */
    private static int[] fromKnownName(int[] s, List<Candidate> known) {
        if (known.stream().anyMatch(o -> o.start() == s[0])) {
            return s;
        }
        return known.stream().filter(c -> c.start() > s[0] && c.start() < s[1]).mapToInt(Candidate::start).min()
                .stream().mapToObj(start -> new int[]{start, s[1]}).findFirst().orElse(s);
    }

    /** A run that ends in a head noun with a name before it, and opens with no reference or kind word. */
    private boolean isName(String side) {
        int head = heads.longestHeadAtEnd(side);
        return head > 0 && heads.hasHead(side) && side.length() - head >= MIN_BEFORE_HEAD && !NOT_A_NAME.matcher(side).find();
    }
}
