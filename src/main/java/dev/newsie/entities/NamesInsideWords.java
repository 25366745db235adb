package dev.newsie.entities;

import dev.newsie.model.EntityType;
import dev.newsie.nlp.Token;
import dev.newsie.nlp.Tokens;

import java.util.List;

/**
 * A "name" read by its shape alone that opens with one of the segmenter's ordinary words of two characters ending
 * inside it (信函 + 中 before 说, 路牌 + 下 before 致辞): a family name and its given name are read apart or as one
 * name, so a family-name character that opens a noun or verb running into the "given name" writes that word, not a
 * name. Names of the segmenter's own reading (nr, ns, nz, nt), names not written in Han characters, and Japanese
 * names, whose family names are often ordinary nouns (平野, 大森), are left alone.
 */
final class NamesInsideWords {
    /** First letters of the tags of ordinary words: verbs, nouns, adjectives, adverbs, locatives, measures. */
    private static final String COMMON_TAGS = "vnadfmq";
    /** Tags of the segmenter's proper names and titles, which a name may share characters with. */
    private static final List<String> PROPER_TAGS = List.of("nr", "ns", "nz", "nt", "nx", "nnt");

    private final JapaneseNames japaneseNames;

    NamesInsideWords(JapaneseNames japaneseNames) {
        this.japaneseNames = japaneseNames;
    }

    /**
     * Whether {@code c}, a person read by its shape alone (the subject of a verb of speech), opens with an ordinary
     * word that ends inside it. Names read by their place (in a byline, after a title) are any characters there.
     */
    boolean opensWithWord(Candidate c, List<Token> tokens) {
        if (c.type() != EntityType.PERSON || c.source() != Candidate.Source.WEAK || c.name().codePointCount(0, c.name().length()) < 3
                || !c.name().codePoints().allMatch(NamesInsideWords::han)
                || japaneseNames.startsWithSurname(c.name())) {
            return false;
        }
        return Tokens.overlapping(tokens, c.start(), c.start() + 1).stream().anyMatch(t -> t.start() == c.start()
                && t.end() - t.start() >= 2 && t.end() < c.end() && common(t));
    }

    private static boolean han(int ch) {
        return Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN;
    }

    /** Whether the segmenter reads {@code t} as an ordinary word: a noun, verb, adjective…, no name, place or title. */
    static boolean common(Token t) {
        return !t.tag().isEmpty() && COMMON_TAGS.indexOf(t.tag().charAt(0)) >= 0 && PROPER_TAGS.stream().noneMatch(t.tag()::startsWith);
    }
}
