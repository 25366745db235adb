package dev.newsie.entities;

import dev.newsie.model.EntityType;
import dev.newsie.nlp.Token;
import dev.newsie.nlp.Tokens;

import java.util.List;
import java.util.Set;

/**
 * A name read one character too far, into the word after it. Two shapes of the genre:
 * <ul>
 *   <li>市长王某会见, 议长山田有司一致表示: the name's last character opens a verb word, or an adverb or adjective word
 *   before a verb, that the segmenter reads across the name's end (会见, 一致 表示); a given name does not lend its last character to the next
 *   word, so the name ends before it;</li>
 *   <li>副知事山田英史和议长田中有司: 和, 与 or 及 after a name and before a title that is itself followed by a name
 *   joins two titled people; it is the conjunction, not the end of a given name (which 和 also writes);</li>
 *   <li>某某线上出席, 某某视频致辞: a word of the way someone takes part (models/person-context.tsv MANNER_WORD) right
 *   after the name; where the name's last character and the text after it spell the word, the name was read into
 *   the word and ends before it (思远 is kept unless 程 follows), and a "name" whose given name is the word itself
 *   (于线上, the preposition 於 of a Traditional text read as a family name) is none;</li>
 *   <li>某·某某某率代表团: a transliterated name whose last character is no transliteration character and opens a word
 *   of two or more characters that begins right after names (models/person-context.tsv AFTER_NAME) was read into
 *   that word and ends before it;</li>
 *   <li>某·某某热情欢迎, 某·某某特意在…致辞: a transliterated name read on into an adverbial of manner, an adverb or an
 *   adjective word of two or more characters that the segmenter reads at the name's end before a verb (an adverb also
 *   before a preposition), ends where that word begins: the predicate's adverbial opens after its subject, and no
 *   transliterated syllable run spells such a word together with the verb after it.</li>
 * </ul>
 */
final class RunOnNameEnds {
    /** First letters of the segmenter tags of words that follow a name and never open inside one. */
    private static final String WORD_TAGS = "vda";
    /** Conjunctions that also write the last character of given names (美和, 英与 is rare, 及 too). */
    private static final String JOINS = "和与及";
    /** Tags of the segmenter's words of manner: adverbs, and adjectives also as adverbials and nominal adjectives. */
    private static final Set<String> MANNER_TAGS = Set.of("d", "a", "ad", "an");

    private final NameShapes shapes;

    RunOnNameEnds(NameShapes shapes) {
        this.shapes = shapes;
    }

    /** The name without a run into a word of manner after it, or null where the whole given name is that word. */
    Candidate trimmed(String text, Candidate c, List<Token> tokens) {
        if (c.type() != EntityType.PERSON || c.end() > text.length() || !text.substring(c.start(), c.end()).equals(c.name())) {
            return c; // each shape below reads the name as the text spells it
        }
        boolean interpunct = c.name().indexOf('·') >= 0;
        if (!interpunct && c.name().length() >= 3) {
            for (String w : shapes.mannerWords) {
                if (c.name().substring(1).equals(w)) {
                    return null;
                }
                if (w.length() >= 2 && text.startsWith(w, c.end() - 1)) {
                    return withoutLastCharacter(c);
                }
            }
        }
        if (c.name().length() >= 3 && SpeechesAfterNames.startsAt(text, c.end() - 1)) {
            // 某某·某某作主旨演讲 read by the NER backend with the light verb: the speech's 作 ends the name
            return withoutLastCharacter(c);
        }
        if (interpunct && wordAfterNamesAt(text, c.end() - 1) && !shapes.transliteration.contains(text.charAt(c.end() - 1))
                && c.name().length() - 2 - c.name().lastIndexOf('·') >= 2) {
            // 某·某某某率代表团 read by the NER backend with the verb: a transliterated name does not end in a character
            // no transliteration table writes (率 of 率团, 当 of 当日), so where one opens a word of two characters or more
            // after names the name ends before it; a one-character word (拟) is too weak a sign to cut a name at
            return withoutLastCharacter(c);
        }
        if (interpunct) {
            int cut = adverbialInLastPart(tokens, c.start() + c.name().lastIndexOf('·') + 1, c.end());
            return cut > 0 ? new Candidate(c.start(), cut, c.type(), c.name().substring(0, cut - c.start()), c.country(), c.source()) : c;
        }
        if (c.name().length() < 3) {
            return c;
        }
        int last = c.end() - 1;
        if ((opensWordAcrossEnd(tokens, last, c.end()) || joinsTitledNames(text, last)) && !ordinaryWord(tokens, c.start(), last)) {
            return withoutLastCharacter(c);
        }
        return c;
    }

    private static Candidate withoutLastCharacter(Candidate c) {
        return new Candidate(c.start(), c.end() - 1, c.type(), c.name().substring(0, c.name().length() - 1), c.country(), c.source());
    }

    /** Whether the segmenter reads what is left as one ordinary word (a verb, adverb, numeral...), which is no name. */
    private static boolean ordinaryWord(List<Token> tokens, int start, int end) {
        Token t = Tokens.exactly(tokens, start, end);
        return t != null && !t.tag().isEmpty() && "vadpcumqrtf".indexOf(t.tag().charAt(0)) >= 0;
    }

    /**
     * A verb word, or an adverb or adjective word used as an adverbial (a verb follows it: 一致表示). An adjective or
     * adverb before anything else (张建平等十人: 平等 before a numeral) is no evidence that the name ran on.
     */
    private static boolean opensWordAcrossEnd(List<Token> tokens, int last, int end) {
        return Tokens.overlapping(tokens, last, end).stream().anyMatch(t -> t.start() == last && t.end() > end
                && !t.tag().isEmpty() && WORD_TAGS.indexOf(t.tag().charAt(0)) >= 0
                && (t.tag().charAt(0) == 'v' || verbAt(tokens, t.end())));
    }

    /**
     * Where a word of manner starts inside the last part {@code [partStart, end)} of an interpunct name, one character
     * of the part or more before it, reaching the name's end or past it, with a verb right after it (for an adverb
     * also a preposition: 特意在某地致辞); -1 where there is none.
     */
    private static int adverbialInLastPart(List<Token> tokens, int partStart, int end) {
        for (Token t : Tokens.overlapping(tokens, partStart + 1, end)) {
            if (t.start() > partStart && t.start() < end && t.end() >= end && t.end() - t.start() >= 2
                    && MANNER_TAGS.contains(t.tag()) && (verbAt(tokens, t.end()) || t.tag().equals("d") && tagStartsAt(tokens, t.end(), "p"))) {
                return t.start();
            }
        }
        return -1;
    }

    private boolean wordAfterNamesAt(String text, int i) {
        return shapes.afterNameWords.stream().anyMatch(w -> w.length() >= 2 && text.startsWith(w, i));
    }

    private static boolean verbAt(List<Token> tokens, int pos) {
        return tagStartsAt(tokens, pos, "v");
    }

    /** Whether a word whose segmenter tag begins with {@code tag} (v: a verb, p: a preposition) starts at {@code pos}. */
    private static boolean tagStartsAt(List<Token> tokens, int pos, String tag) {
        return Tokens.overlapping(tokens, pos, pos + 1).stream().anyMatch(t -> t.start() == pos && t.tag().startsWith(tag));
    }

    private boolean joinsTitledNames(String text, int last) {
        if (JOINS.indexOf(text.charAt(last)) < 0) {
            return false;
        }
        String title = shapes.titleAt(text, last + 1);
        int after = last + 1 + (title == null ? 0 : title.length());
        return title != null && after < text.length() && NameShapes.allHan(text, after, after + 1)
                && NameShapes.NAME_END.indexOf(text.charAt(after)) < 0;
    }
}
