package dev.newsie.entities;

import dev.newsie.model.EntityType;
import dev.newsie.nlp.Token;
import dev.newsie.nlp.Tokens;

import java.util.List;

/**
 * Vietnamese women's names as Chinese writes them: a family name, the middle name 氏 and a given name of one or two
 * characters (阮氏金花, 黎氏萍). 氏 never ends such a name, so a name read as the family name and 氏 alone (the
 * segmenter's 阮氏/nr before 金花/nz) goes on to its given name: two characters where a boundary, a verb or an adverb
 * word follows them, else one.
 */
final class VietnameseNames {
    private static final char MIDDLE = '氏';
    /** Longest given name after 氏. */
    private static final int MAX_GIVEN = 2;

    private final NameShapes shapes;

    VietnameseNames(NameShapes shapes) {
        this.shapes = shapes;
    }

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
            if (shapes.isBoundary(text, end) || wordStartsAt(tokens, end)) {
                return new Candidate(c.start(), end, c.type(), text.substring(c.start(), end), c.country(), c.source());
            }
        }
        return c;
    }

    /** Whether the segmenter starts a verb or adverb word of two or more characters at {@code pos} (邀请, 表示). */
    private static boolean wordStartsAt(List<Token> tokens, int pos) {
        return Tokens.overlapping(tokens, pos, pos + 1).stream().anyMatch(t -> t.start() == pos && t.end() - t.start() >= 2
                && (t.tag().startsWith("v") || t.tag().startsWith("d")));
    }
}
