package dev.newsie.entities;

import dev.newsie.nlp.Token;

import java.util.List;

/** Places written short: a city's one-character abbreviation (沪), a Chinese county without its suffix (嘉定). */
final class ShortPlaceNames {
    private final Gazetteer gazetteer;

    ShortPlaceNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Verbs and prepositions after which a one-character abbreviation names a place: 在沪举办, 驻穗总领事. */
    static final String ABBREVIATION_CUES = "在于赴来抵驻离访返";

    /** 沪 in 在沪举办: a one-character abbreviation of a city, where a locative verb or preposition precedes it. */
    Candidate abbreviation(String text, int i, List<Token> tokens) {
        Place p = gazetteer.abbreviation(text.charAt(i));
        if (p == null || i == 0 || ABBREVIATION_CUES.indexOf(text.charAt(i - 1)) < 0
                || (i + 1 < text.length() && Character.UnicodeScript.of(text.charAt(i + 1)) == Character.UnicodeScript.HAN
                && gazetteer.lookup(text.substring(i, i + 2)).size() > 0)) {
            return null;
        }
        if (dev.newsie.nlp.Tokens.overlapping(tokens, i, i + 1).stream().anyMatch(t -> t.start() == i && t.end() > i + 1
                && t.tag().startsWith("n")
                && t.word().chars().anyMatch(ch -> gazetteer.abbreviation((char) ch) == null))) {
            return null; // 在港口, 在哈萨克斯坦: the character opens a noun or a longer place name, not a place (港澳 is two)
        }
        String state = STATES.stateAbbreviated(text.charAt(i));
        if (state != null && !state.equals(p.name()) && text.contains(state) && !text.contains(p.name())) {
            // 赴澳游学 in a report that names 澳大利亚 and never 澳门: the character both abbreviate stands for the state
            return new Candidate(i, i + 1, dev.newsie.model.EntityType.COUNTRY, state, null, Candidate.Source.PATTERN);
        }
        return new Candidate(i, i + 1, p.type(), p.name(), p.country(), Candidate.Source.PATTERN);
    }

    /** Countries' one-character abbreviations (models/country-abbreviations.tsv), for characters a province shares. */
    private static final CountryAbbreviations STATES = CountryAbbreviations.load();

    /** 嘉定 read by the segmenter as one place name (tag ns): a Chinese county or district listed without its suffix. */
    Candidate county(String text, int i, List<Token> tokens) {
        if (i + 2 > text.length()) {
            return null;
        }
        Place p = gazetteer.county(text.substring(i, i + 2));
        Token t = p == null ? null : dev.newsie.nlp.Tokens.exactly(tokens, i, i + 2);
        if (t == null || !t.tag().startsWith("ns") || (i > 0 && PlaceRecognizer.startsTitle(text, i - 1))) {
            return null; // 市长安东尼奥: 长安 is no place where 长 ends a title
        }
        return new Candidate(i, i + 2, p.type(), p.name(), p.country(), Candidate.Source.GAZETTEER);
    }
}
