package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;
import dev.newsie.nlp.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Vietnamese names as Chinese writes them. Two shapes:
 * <ul>
 *   <li>a listed Vietnamese family name and two or three more characters, three or four in all (阮氏某某, 黎阮某某) —
 *   longer than the Chinese names the other shapes read, so it is taken only where a title would stand, right after
 *   越南 and a nationality word or calling (越南公民 某某某某:), and only when the characters run out at punctuation or a
 *   line's end ({@code models/vietnamese-surnames.tsv}; {@link #endAfter});</li>
 *   <li>women's names with the middle name 氏 and a given name of one or two characters (阮氏金花, 黎氏萍): 氏 never ends
 *   such a name, so a name read as the family name and 氏 alone (the segmenter's 阮氏/nr before 金花/nz) goes on to its
 *   given name: two characters where a boundary, a verb or an adverb word follows them, else one ({@link #completed}).</li>
 * </ul>
 */
final class VietnameseNames {
    private static final int SHORTEST = 3;
    private static final int LONGEST = 4;
    private static final char MIDDLE = '氏';
    /** Longest given name after 氏. */
    private static final int MAX_GIVEN = 2;

    private final NameShapes shapes;
    private final Set<Character> surnames = new HashSet<>();

    VietnameseNames(NameShapes shapes) {
        this.shapes = shapes;
        for (ModelFile.Row r : ModelFile.read("vietnamese-surnames.tsv", 1)) {
            surnames.add(r.get(0).charAt(0));
        }
    }

    /** The country whose nationality words and callings (越南公民, 越南籍) may stand before such a name. */
    private static final String COUNTRY = "越南";

    /**
     * Where a Vietnamese name of three or four characters starting at {@code p} ends, or -1; only after this
     * country's nationality word or calling ({@code country}: the country written before it).
     */
    int endAfter(String country, String text, int p) {
        if (!COUNTRY.equals(country) || p >= text.length() || !surnames.contains(text.charAt(p))) {
            return -1;
        }
        int e = p;
        while (e < text.length() && NameShapes.allHan(text, e, e + 1)) {
            e++;
        }
        return e - p >= SHORTEST && e - p <= LONGEST ? e : -1;
    }

    /** A person candidate read as a family name and 氏 alone, run on to its given name; any other candidate as it is. */
    Candidate completed(String text, Candidate c, List<Token> tokens) {
        if (c.type() != EntityType.PERSON || c.name().length() != 2 || c.name().charAt(1) != MIDDLE
                || c.end() > text.length() || !text.startsWith(c.name(), c.start())
                || !shapes.listedSurnames.contains(c.name().substring(0, 1))) {
            return c;
        }
        for (int given = MAX_GIVEN; given >= 1; given--) {
            int end = c.end() + given;
            if (end > text.length() || !NameShapes.allHan(text, c.end(), end) || NameShapes.containsEnd(text, c.end(), end)) {
                continue;
            }
            if (shapes.nameMayEndAt(text, end, tokens)) {
                return new Candidate(c.start(), end, c.type(), text.substring(c.start(), end), c.country(), c.source());
            }
        }
        return c;
    }
}
