package dev.newsie.entities;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.model.EntityType;
import dev.newsie.nlp.Token;
import dev.newsie.nlp.Tokens;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A foreign city written in Chinese with its own name after it in Latin letters (核桃市(City of Walnut), 某某环礁市
 * (Jaluit Atoll), 长堤市 (Long Beach)): overseas and Taiwan reports gloss the places they transliterate or translate,
 * and the gloss is the evidence that the Chinese words before 市 or 郡 name a place — even where they are common
 * words (walnut, long embankment) that no list and no transliteration table would take as one.
 */
final class GlossedPlaces {
    /** 市 or 郡, an opening bracket, a Latin name (letters, blanks, dots, hyphens, apostrophes), the closing bracket. */
    private static final Pattern GLOSSED = Pattern.compile("([市郡])\\s?[(（]\\s*[A-Z][A-Za-z .'’-]{1,40}[)）]");
    /** The longest stem read back from the suffix, in characters. */
    static final int MAX_STEM = 8;
    /** Tags of words that begin or end a phrase and so are no part of a name: verbs, prepositions, conjunctions, particles, pronouns, numbers, punctuation. */
    private static final List<String> BOUNDARY_TAGS = List.of("v", "p", "c", "u", "r", "m", "q", "w", "d", "f");
    /** Characters that end a stem read back: list marks and function words, and a higher unit's suffix (加州核桃市). */
    private static final String STOPS = "、，,。;；:：的与和及在是为从到由向对国州省县市区郡都道府";

    private GlossedPlaces() {
    }

    static List<Candidate> find(String text, List<Token> tokens, List<Candidate> known) {
        List<Candidate> out = new ArrayList<>();
        BitSet covered = new BitSet(text.length());
        for (Candidate c : known) {
            covered.set(c.start(), c.end());
        }
        Matcher m = GLOSSED.matcher(text);
        while (m.find()) {
            int suffix = m.start(1);
            if (covered.get(suffix - 1 < 0 ? 0 : suffix - 1)) {
                continue; // a known place (天普市(Temple City) where a list has it)
            }
            int s = stemStart(text, tokens, suffix, covered);
            if (suffix - s < 2) {
                continue;
            }
            out.add(new Candidate(s, suffix + 1, EntityType.CITY, CanonicalNames.surfaceForm(text.substring(s, suffix)), null,
                    Candidate.Source.PATTERN));
        }
        return out;
    }

    /** A glossed name of two to {@link #MAX_STEM} characters starts at {@code pos} (长堤市(Long Beach)). */
    static boolean startsAt(String text, int pos) {
        Matcher m = GLOSSED.matcher(text).region(pos, Math.min(text.length(), pos + MAX_STEM + 50));
        if (!m.find()) {
            return false;
        }
        for (int i = pos; i < m.start(1); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) != Character.UnicodeScript.HAN || STOPS.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return m.start(1) - pos >= 2 && m.start(1) - pos <= MAX_STEM;
    }

    /** Where the name before {@code suffix} starts: back over Han words that are no phrase boundary, up to {@link #MAX_STEM}. */
    private static int stemStart(String text, List<Token> tokens, int suffix, BitSet covered) {
        int s = suffix;
        while (s > 0 && suffix - s < MAX_STEM) {
            char c = text.charAt(s - 1);
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN || STOPS.indexOf(c) >= 0 || covered.get(s - 1)) {
                break;
            }
            Token t = tokenAt(tokens, s - 1);
            if (PlaceRecognizer.LEADING_VERBS.indexOf(c) >= 0 || (t != null && t.start() < s && t.end() - t.start() >= 2
                    && BOUNDARY_TAGS.stream().anyMatch(t.tag()::startsWith) && !t.tag().startsWith("nr"))) {
                break; // 前往核桃市: the verb before the name is no part of it (a lone syllable tagged a verb may be: 塔瓦拉)
            }
            s = t != null && t.start() < s && t.end() <= suffix ? Math.max(t.start(), suffix - MAX_STEM) : s - 1;
        }
        return s;
    }

    private static Token tokenAt(List<Token> tokens, int pos) {
        for (Token t : Tokens.overlapping(tokens, pos, pos + 1)) {
            return t;
        }
        return null;
    }
}
