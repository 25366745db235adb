package dev.newsie.entities;

import dev.newsie.nlp.Token;
import dev.newsie.nlp.Tokens;
import dev.newsie.text.SentenceStart;

import java.util.List;

/**
 * 登米市长熊谷盛广多次来访, 白糠町长棚野孝夫签订, 盛冈市长内馆和树表示: after the title of an office in a Japanese
 * place, the person is named the Japanese way — a family name and a given name of one to three characters, in Han
 * characters, four or five in all as often as two or three. Read as a Chinese name it is cut short (熊 + 谷, and 盛广
 * lost), and a family name that is no Chinese one (棚野, 内馆) is not read at all. The name ends where the segmenter
 * starts a word that cannot be part of it: a verb, an adverb, a numeral or a preposition (多次, 亦, 十二日, 在).
 */
final class JapaneseNamesAfterTitles {
    /** Most characters of such a name: a three-character family name and a two-character given name (长谷川孝夫). */
    private static final int MAX_LENGTH = 5;
    /** Segmenter tags of words that follow a name and are never part of one: verbs, adverbs, numerals, prepositions, time words. */
    private static final String PREDICATE_TAGS = "vdmptc";
    /** Characters that write given names (敬介, 和树) but also join words (和) or open them (介绍). */
    private static final String GIVEN_OR_JOIN = NameShapes.GIVEN_FINALS;
    /** What may stand between a place and the title of its office: its level, a mission's seat, former. */
    private static final java.util.regex.Pattern BETWEEN = java.util.regex.Pattern.compile("[市县区町村]?(?:驻\\p{IsHan})?[前原]?");

    private final NameShapes shapes;
    private final JapaneseNames japanese;

    JapaneseNamesAfterTitles(NameShapes shapes, JapaneseNames japanese) {
        this.shapes = shapes;
        this.japanese = japanese;
    }

    /**
     * Whether the title at [titleStart, titleEnd) is an office of a place in Japan (or of Japan): the place ends right
     * before it, or on the title's first character when the title opens with the place's level (登米市 + 市长).
     */
    static boolean inJapan(String text, List<Candidate> places, int titleStart, int titleEnd) {
        return places.stream().anyMatch(c -> JapaneseNames.inJapan(c)
                && (c.end() == titleStart + 1 && c.start() < titleStart && titleEnd > titleStart + 1
                || c.end() <= titleStart && titleStart - c.end() <= 3 && BETWEEN.matcher(text.substring(c.end(), titleStart)).matches()));
    }

    /**
     * 日本某地某协会派出代表中村某出席, 来自日本某地的游泳运动员高桥某参加: after a generic role word (代表, 运动员) a name
     * is taken only before punctuation or in a list, as the word is as often an address or the head of a phrase. A
     * name of the Japanese shape — a listed Japanese family name opening it and at least one character after it, three
     * characters or more (the given name is not looked up: the IPAdic list of given names is far from whole) — in a
     * sentence that has already named Japan or a place in it is a person all the same: the role word's phrase
     * (羽毛球运动员, 首席代表) reads it, and no Chinese word opens with a Japanese family name and a given name.
     */
    boolean japaneseNameInJapaneseSentence(String text, List<Candidate> places, int titleStart, int p, int end) {
        int surname = japanese.surnameLength(text.substring(p, end));
        if (end - p < 3 || surname == 0 || surname >= end - p) {
            return false;
        }
        int from = SentenceStart.before(text, titleStart); // a place in Japan is sought within the sentence only
        return places.stream().anyMatch(c -> JapaneseNames.inJapan(c) && c.start() >= from && c.end() <= titleStart);
    }

    /**
     * The end of a Japanese name at {@code p}, or -1. A word the segmenter reads at {@code p} as a title (议长 in a
     * list of titled names) opens no name. Only words of two characters or more end it: one character read as a
     * numeral or a verb often ends the given name itself (健一, 隆二, 吉伸).
     */
    int end(String text, int p, List<Token> tokens) {
        if (p >= text.length() || !NameShapes.allHan(text, p, p + 1) || NameShapes.NAME_END.indexOf(text.charAt(p)) >= 0
                || shapes.titleAt(text, p) != null || wordStartsAt(tokens, p)) {
            return -1; // 市长访长并举办, 町长致词中: a verb or a word that follows names, right after the title, names no one
        }
        int opened = givenNameOpenedBy将(text, p, tokens);
        if (opened > 0) {
            return opened;
        }
        int longest = Math.min(MAX_LENGTH, text.length() - p);
        int joinEnd = -1;
        for (int len = 2; len <= longest; len++) {
            int e = p + len;
            char last = text.charAt(e - 1);
            if (Character.UnicodeScript.of(last) != Character.UnicodeScript.HAN
                    || NameShapes.NAME_END.indexOf(last) >= 0 && GIVEN_OR_JOIN.indexOf(last) < 0 && !(last == CLOSER && len >= 4)) {
                break; // 市长山田表: the name cannot run over a word that follows names
            }
            if (len == MAX_LENGTH && japanese.surnameLength(text.substring(p, e)) != 3) {
                break; // five characters only with a three-character family name (长谷川 + 孝夫)
            }
            if (crossed(tokens, e)) {
                continue;
            }
            if (e + 1 < text.length() && text.charAt(e) == CLOSER && !Character.isLetterOrDigit(text.charAt(e + 1))) {
                return e + 1; // 议长楠彻 + 也、: the adverb 也 needs a predicate after it; before punctuation it closes the given name
            }
            if (e < text.length() && (GIVEN_OR_JOIN.indexOf(text.charAt(e)) >= 0 || text.charAt(e) == CLOSER && len >= 3)) {
                if (joinEnd < 0 && shapes.isBoundary(text, e)) {
                    joinEnd = e; // 内馆 + 和树, 中野胜 + 也, or 山田 + 和 + 夫人: taken only if no longer name ends cleanly
                }
                continue;
            }
            if (e == text.length() || !NameShapes.allHan(text, e, e + 1) || predicateStartsAt(tokens, e) || shapes.isBoundary(text, e)) {
                return e;
            }
        }
        return joinEnd;
    }

    /**
     * 将 opens given names (将人, 将之, 将太) but is also the future's 将, which ends a name ({@link NameShapes#NAME_END}):
     * after a listed two- or three-character family name, 将 and one of these finals with a clear boundary after them
     * are the given name.
     */
    private static final String FINALS_AFTER_将 = "人之太司大史吾也平一彦";

    private int givenNameOpenedBy将(String text, int p, List<Token> tokens) {
        int family = japanese.surnameLength(text.substring(p, Math.min(text.length(), p + 3)));
        int at = p + family;
        if (family == 0 || at + 2 > text.length() || text.charAt(at) != '将' || FINALS_AFTER_将.indexOf(text.charAt(at + 1)) < 0) {
            return -1;
        }
        int e = at + 2;
        return e == text.length() || predicateStartsAt(tokens, e) || shapes.isBoundary(text, e) ? e : -1;
    }

    /** 也 ends many given names (达也, 胜也) after a family name and one character of the given name; else it is the adverb. */
    private static final char CLOSER = '也';

    /** Whether the segmenter reads a verb, adverb, preposition, conjunction, particle or numeral starting at {@code pos}. */
    private static boolean wordStartsAt(List<Token> tokens, int pos) {
        return Tokens.overlapping(tokens, pos, pos + 1).stream()
                .anyMatch(t -> t.start() == pos && !t.tag().isEmpty() && "vdpcumw".indexOf(t.tag().charAt(0)) >= 0);
    }

    private static boolean crossed(List<Token> tokens, int e) {
        return Tokens.overlapping(tokens, e - 1, e).stream().anyMatch(t -> t.start() < e && t.end() > e);
    }

    private static boolean predicateStartsAt(List<Token> tokens, int pos) {
        return Tokens.overlapping(tokens, pos, pos + 1).stream()
                .anyMatch(t -> t.start() == pos && t.end() - t.start() >= 2 && !t.tag().isEmpty() && PREDICATE_TAGS.indexOf(t.tag().charAt(0)) >= 0);
    }
}
