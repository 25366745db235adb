package dev.newsie.entities;

import dev.newsie.model.EntityType;
import dev.newsie.nlp.Token;
import dev.newsie.nlp.Tokens;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The head of a foreign state, region or city named by a one-part transliterated name right after the title of the
 * office (某国总统某某科, 某某州州长某某科, 某国第一副总统某某扎): news names foreign heads so, and the syllables of
 * Slavic, Central Asian and African names use characters outside the commonest table. After such a title the run of
 * characters of HanLP's transliterated-name dictionary (or of the hand table) is the name, where it ends at a break,
 * a word that follows names, or the segmenter's verb, preposition or adverb, and holds no ordinary word of the
 * segmenter's (法国总统大力推动: 大力 is an adverb, no name).
 */
final class ForeignHeadsNamedInOnePart {
    /** Fewest and most characters of a one-part name (a longer run is a dotless two-part name). */
    static final int MIN = 2, MAX = 5;
    /**
     * What stands between the foreign place and the office's title: the place's own level suffix where the place is
     * read without it (某某边疆区), a rank (第一), or nothing.
     */
    private static final Pattern RANK = Pattern.compile("[区州省市县]?(?:第[一二三])?");
    /** The segmenter's tags of a word that may open the clause's predicate right after a subject's name. */
    private static final List<String> PREDICATE_OPENERS = List.of("v", "p", "d", "c");

    private final NameShapes shapes;

    ForeignHeadsNamedInOnePart(NameShapes shapes) {
        this.shapes = shapes;
    }

    /**
     * Whether a foreign country or a place of a foreign country ends right before the title at {@code titleStart}, and
     * is not where an envoy is posted (驻某国大使 is China's own).
     */
    static boolean afterForeignPlace(String text, List<Candidate> places, int titleStart) {
        return PersonRecognizer.placesRightBefore(text, places, titleStart, RANK).anyMatch(c -> (c.start() == 0 || text.charAt(c.start() - 1) != '驻')
                && (c.type() == EntityType.COUNTRY ? !c.name().equals("中国")
                : (c.type() == EntityType.CITY || c.type() == EntityType.PROVINCE) && PersonRecognizer.abroad(c)));
    }

    /** Whether every character of {@code name} is a transliteration character of either source. */
    boolean transliterated(String name) {
        return name.chars().allMatch(ch -> shapes.transliterationWithHanLp.contains((char) ch));
    }

    /** The end of a one-part name at {@code p} after a foreign head's title, or -1. */
    int end(String text, int p, List<Token> tokens) {
        int e = NameShapes.transliteratedRunEnd(text, p, MAX, shapes.transliterationWithHanLp);
        for (int k = e; k - p >= MIN; k--) {
            if ((shapes.isBoundary(text, k) || predicateStartsAt(tokens, k)) && cutsNoWord(tokens, p, k) && !ordinaryWordInside(tokens, p, k)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean predicateStartsAt(List<Token> tokens, int pos) {
        return PREDICATE_OPENERS.stream().anyMatch(tag -> Tokens.wordStartsAt(tokens, pos, tag));
    }

    /**
     * Whether no token of the segmenter's runs on past the name's end (its start may lie inside a token: the segmenter
     * reads 某国总统某某 as one body's name).
     */
    private static boolean cutsNoWord(List<Token> tokens, int from, int to) {
        return Tokens.overlapping(tokens, to - 1, to).stream().noneMatch(t -> t.end() > to);
    }

    /**
     * A word of two or more characters that the segmenter tags as an ordinary word (大力/d, 日前/t, 热情/a, 里拉/n); its
     * proper-noun readings (a person, a place, a body: 某某琴科/nt) do not count, since it guesses them for unknown runs.
     */
    private static boolean ordinaryWordInside(List<Token> tokens, int from, int to) {
        return Tokens.overlapping(tokens, from, to).stream().anyMatch(t -> t.start() >= from && t.end() <= to && t.end() - t.start() >= 2
                && PersonRecognizer.COMMON_WORD_TAGS.stream().anyMatch(t.tag()::startsWith) && PROPER_TAGS.stream().noneMatch(t.tag()::startsWith));
    }

    /** Its tags of proper nouns: people, places, bodies, other names. */
    private static final List<String> PROPER_TAGS = List.of("nr", "ns", "nt", "nz", "nx");
}
