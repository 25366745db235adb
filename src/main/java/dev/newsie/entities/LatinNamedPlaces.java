package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A foreign city left in Latin letters with the Chinese suffix after it (南湾Cupertino市, 与Irvine市缔结): overseas
 * and Taiwan reports often keep a small town's own name rather than transliterate it, and the suffix 市 written
 * right after the name says it is a city when the name is one side of a pair. Only a capitalised word (or two or
 * three) is taken, so an acronym or a brand (KTSF, SDGs) is not; 市场, 市值 after a name (a market) name no city.
 */
final class LatinNamedPlaces {
    /**
     * One to three capitalised words of at least three letters and 市 right after, standing as one side of a pair:
     * 与, 和 or 同 joins it to the other side, before the name (与Fairmont市) or after its 市 (Fairmont市与甲市). Told
     * elsewhere (a reporter's Latin outlet, a company), a Latin word before 市 is left alone.
     */
    private static final Pattern NAME_THEN_CITY = Pattern.compile(
            "(?<![\\p{IsLatin}])([A-Z][a-z]{2,}(?: [A-Z][a-z]{2,}){0,2}) ?市(?=[与和同])"
                    + "|(?<=[与和同])([A-Z][a-z]{2,}(?: [A-Z][a-z]{2,}){0,2}) ?市(?![场值况价面])");

    private LatinNamedPlaces() {
    }

    static List<Candidate> find(String text, List<Candidate> known) {
        List<Candidate> out = new ArrayList<>();
        BitSet covered = new BitSet(text.length());
        for (Candidate c : known) {
            covered.set(c.start(), c.end());
        }
        Matcher m = NAME_THEN_CITY.matcher(text);
        while (m.find()) {
            int clash = covered.nextSetBit(m.start());
            if (clash >= 0 && clash < m.end()) {
                continue;
            }
            int g = m.group(1) != null ? 1 : 2;
            out.add(new Candidate(m.start(g), m.end(), EntityType.CITY, m.group(g), null, Candidate.Source.PATTERN));
        }
        return out;
    }
}
