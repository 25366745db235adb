package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A transliterated name joined by 与, 和 or 同 to a place in a clause that states a twinning (甲与某某还建立了友好城市关系,
 * 甲与乙、丙与某某结为姊妹城市): the name is the partner town, whatever else a backend reads it as.
 *
 * <p>Why: twinned pairs are named bare, and a foreign town no gazetteer holds is spelt with the characters of
 * transliteration, which spell people's names too; a backend then often reads it as a person, and the pair is lost. The
 * twinning predicate in the same clause is what tells a place: people are not twinned.
 */
final class TwinnedPartnerNames {
    /** Characters that join the two members of a pair. */
    private static final String PAIR_JOINERS = "与和同";
    /** Characters that may follow a partner's name: the next pair of a list, or the clause's predicate. */
    private static final Pattern AFTER_NAME = Pattern.compile("[、,，]|(?:还|也|均|都|已经|已|早已|分别|先后|相继|正式|于|自|从|是|互为|结|缔结|建立)");
    /** Words of a twinning predicate: a clause holding one states that places are twinned. */
    private static final Pattern TWINNING = Pattern.compile(
            "(?:结为|缔结|建立|结成|是|互为)(?:了)?(?:国际)?(?:友好城市|友城|姊妹城市|姐妹城市|姊妹市|姐妹市|友好省州|友好省|友好州|友好交流城市)|结好");
    /** Shortest and longest partner name read from transliteration characters alone. */
    private static final int MIN_NAME = 2, MAX_NAME = 6;
    private static final String CLAUSE_ENDS = "。;；！？!?\n";

    private final Set<Character> transliteration;

    TwinnedPartnerNames(Set<Character> transliteration) {
        this.transliteration = Set.copyOf(transliteration);
    }

    /** @param places the place candidates already found */
    List<Candidate> find(String text, List<Candidate> places) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate p : places) {
            if (!p.type().isPlace() || p.type() == EntityType.COUNTRY || p.end() + 1 >= text.length()
                    || PAIR_JOINERS.indexOf(text.charAt(p.end())) < 0) {
                continue;
            }
            int start = p.end() + 1, end = start;
            while (end < text.length() && end - start < MAX_NAME && transliteration.contains(text.charAt(end))) {
                end++;
            }
            if (end - start < MIN_NAME || end - start == MAX_NAME && end < text.length() && transliteration.contains(text.charAt(end))
                    || !AFTER_NAME.matcher(text).region(end, text.length()).lookingAt() || overlaps(places, start, end)
                    || !TWINNING.matcher(clauseOf(text, p.start())).find()) {
                continue;
            }
            out.add(new Candidate(start, end, EntityType.CITY, text.substring(start, end), null, Candidate.Source.PATTERN));
        }
        return out;
    }

    private static boolean overlaps(List<Candidate> places, int start, int end) {
        return places.stream().anyMatch(c -> c.start() < end && start < c.end());
    }

    private static String clauseOf(String text, int at) {
        int from = at, to = at;
        while (from > 0 && CLAUSE_ENDS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        while (to < text.length() && CLAUSE_ENDS.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to);
    }
}
