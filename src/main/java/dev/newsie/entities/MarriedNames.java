package dev.newsie.entities;

import dev.newsie.nlp.Token;
import dev.newsie.nlp.Tokens;

import java.util.List;

/**
 * A married woman in Hong Kong and Taiwan may write her husband's family name before her own (冠夫姓): two listed
 * one-character family names and a given name of two characters, four characters in all, which the one-family-name
 * shape of {@link NameShapes#chineseName} reads as three and a stray character, or not at all. Read only where that
 * shape found no name, where a clear boundary closes the four characters, and where the segmenter reads no verb,
 * adverb or other non-noun word inside them (市长王林出席: 出席 is the predicate, no given name).
 */
final class MarriedNames {
    private static final int LENGTH = 4;
    /** Tags of words that lead to a name without being part of it: prepositions, conjunctions, particles, adverbs, verbs, pronouns. */
    private static final List<String> FUNCTION_TAGS = List.of("p", "c", "u", "d", "v", "r", "y", "e");

    private final NameShapes shapes;

    MarriedNames(NameShapes shapes) {
        this.shapes = shapes;
    }

    /** The end of a four-character married name at {@code p}, or -1. */
    int end(String text, int p, List<Token> tokens) {
        int end = p + LENGTH;
        if (p < 0 || end > text.length() || !NameShapes.allHan(text, p, end)
                || !shapes.listedSurnames.contains(text.substring(p, p + 1))
                || !shapes.listedSurnames.contains(text.substring(p + 1, p + 2))
                || shapes.surnames.contains(text.substring(p, p + 2)) // 欧阳 + 两字: a two-character family name, read as such
                || NameShapes.containsEnd(text, p + 1, end) || !shapes.closesName(text, end)) {
            return -1;
        }
        String given = text.substring(p + 2, end);
        if (shapes.titles.contains(given) || shapes.commonWords.contains(given) || shapes.titleAt(text, p + 2) != null) {
            return -1; // 王林先生, 陈刘主任: a family name or two before a title or form of address
        }
        for (Token t : Tokens.overlapping(tokens, p, end + 1)) {
            boolean crosses = t.start() < p && t.end() > p || t.start() < end && t.end() > end;
            boolean predicate = t.start() >= p && t.end() <= end && t.end() - t.start() >= 2 && !t.tag().startsWith("n");
            if (crosses || predicate) {
                return -1;
            }
        }
        return end;
    }

    /**
     * 乡亲杨郭某某女士: a three-character name found after a lone family-name character that the segmenter reads as a
     * word of its own (杨/ng, 周/qt) is the married name of four characters it closes, where it has that shape — unless
     * the segmenter reads that character as a function word or predicate (向/p, 和/c, 对/p, 为/v) leading to the name.
     */
    Candidate widened(String text, Candidate c, List<Token> tokens) {
        if (c.type() != dev.newsie.model.EntityType.PERSON || c.end() - c.start() != LENGTH - 1 || c.start() < 1
                || end(text, c.start() - 1, tokens) != c.end()) {
            return c;
        }
        Token lone = Tokens.exactly(tokens, c.start() - 1, c.start());
        if (lone == null || FUNCTION_TAGS.stream().anyMatch(lone.tag()::startsWith)) {
            return c;
        }
        return new Candidate(c.start() - 1, c.end(), c.type(), text.substring(c.start() - 1, c.end()), c.country(), c.source());
    }
}
