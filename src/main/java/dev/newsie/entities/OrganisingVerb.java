package dev.newsie.entities;

import dev.newsie.canon.ModelFile;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 由某某协会组织的访华团, 某某商会组织开展…, 会议由某市组织: 组织 after a body's own head noun, or after a place alone, is
 * the verb "to organise", which the segmenter joins to the name (交流协会组织/nt) because 组织 is also a head (世界卫生组织).
 * The body's name is complete before the verb; a place alone before it is the organiser named as a place, no body. A
 * body named 组织 has no other head noun before it (世界卫生 + 组织, 上海合作 + 组织).
 */
final class OrganisingVerb {
    private static final String VERB = "组织";
    /** The aspect markers that show 组织 is a verb even after an adverb (某市政府联合组织了): 了, 过. */
    private static final String ASPECT = "了过";
    /**
     * Adverbs of manner that stand between an agent and its verb (共同, 联合, 负责): a closed class of the adverbs of
     * joint or charged action, read only with an aspect marker after the verb, since 联合组织 also heads names.
     */
    private static final List<String> ADVERBS = List.of("联合", "共同", "负责", "牵头");
    /**
     * An adverb of frequency or duration right before 组织 ({@code models/verb-frequency-adverbs.tsv}: 多次, 连续三年):
     * it only modifies a verb, so 组织 after it is the verb with or without an aspect marker. Each row is compiled on its
     * own, so a bad one fails with the file and line.
     */
    private static final List<Pattern> FREQUENCY = ModelFile.read("verb-frequency-adverbs.tsv", 1).stream()
            .map(OrganisingVerb::endingWith).toList();
    /** 非政府组织, 非营利组织: 非 negates the word before 组织, which then names a kind of body, no agent. */
    private static final char NEGATION = '非';
    /** Where {@link #beforeVerb} finds no body at all before the verb. */
    static final int NO_BODY = -1;

    private OrganisingVerb() {
    }

    /** A row of verb-frequency-adverbs.tsv as a pattern matching at the end of the words before the verb. */
    private static Pattern endingWith(ModelFile.Row r) {
        return r.pattern("(?:" + r.columns().get(0) + ")$", 0);
    }

    /**
     * Where the adverb of frequency ending {@code words} starts, the leftmost start any row matches (as one alternation
     * of all rows would find it), or -1.
     */
    private static int frequencyAdverbStart(String words) {
        int first = -1;
        for (Pattern row : FREQUENCY) {
            Matcher m = row.matcher(words);
            if (m.find() && (first < 0 || m.start() < first)) {
                first = m.start();
            }
        }
        return first;
    }

    /**
     * Where the name in {@code [start, end)} ends once a trailing verb 组织 is cut, {@code end} when 组织 is the name's own
     * head, or {@link #NO_BODY} when only a place stands before the verb (某市组织). The words before the verb must
     * end in a head noun of their own (某某协会 + 组织), or in one and an adverb of joint action with 了/过 after the verb.
     * After an adverb of frequency or duration (某某协会连续三年组织, 多次组织) 组织 is the verb whatever follows: the body,
     * if any, ends before the adverb.
     */
    static int beforeVerb(String text, int start, int end, OrganizationHeads heads, List<Candidate> places) {
        if (!text.startsWith(VERB, end - VERB.length())) {
            return end;
        }
        int verb = end - VERB.length();
        if (verb > start && placeOnly(places, start, verb)) {
            return NO_BODY;
        }
        if (endsInHead(text, start, verb, heads)) {
            return verb;
        }
        int frequency = frequencyAdverbStart(text.substring(start, verb));
        if (frequency >= 0) {
            // 某社区每年组织义务清扫: the agent is named before the adverb; a body when its words end in a head, else none
            int adverb = start + frequency;
            return endsInHead(text, start, adverb, heads) ? adverb : NO_BODY;
        }
        boolean aspect = end < text.length() && ASPECT.indexOf(text.charAt(end)) >= 0;
        for (String adverb : ADVERBS) {
            if (aspect && text.startsWith(adverb, verb - adverb.length()) && endsInHead(text, start, verb - adverb.length(), heads)) {
                return verb - adverb.length();
            }
        }
        return end;
    }

    private static boolean endsInHead(String text, int start, int to, OrganizationHeads heads) {
        return to - start >= 3 && text.charAt(start) != NEGATION && heads.headAt(text.substring(start, to)) != null;
    }

    /** Whether one place (a city, a province or a country) spans exactly {@code [from, to)}. */
    private static boolean placeOnly(List<Candidate> places, int from, int to) {
        return PlaceSpans.within(places, from, from + 1).stream()
                .anyMatch(p -> p.start() == from && p.end() == to && p.type().isPlaceOrCountry());
    }
}
