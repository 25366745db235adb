package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * A foreign person's name read as a place: transliteration spells personal and place names with the same syllables,
 * so a family name may be a country's or a city's name too (a vice-president called 爱尔兰, a mayor called 萨尔瓦多).
 * A title is followed by its holder's name, never by a place (a place names an office before the title: 某市市长),
 * so a foreign place written right after a person's title, where a name may end (before punctuation, a space, 先生 or
 * the verb of the clause), is the person. His other mentions on the page (某某州督表示, 某某说) are his too: the page
 * does not name a place by its holder's name.
 */
final class TitledNamesOverPlaces {
    /** A one-character place is an abbreviation (中美, 访日), never a name after a title. */
    private static final int MIN_NAME = 2;
    private static final String CHINA = "中国";

    private TitledNamesOverPlaces() {
    }

    /**
     * The foreign place candidates written right after a title where a name may end, as people.
     *
     * @param titlesEndingAt the titles that end at an offset
     * @param nameEndsAt whether a name may end at an offset
     */
    static List<Candidate> people(String text, List<Candidate> places, IntFunction<List<String>> titlesEndingAt,
                                  IntPredicate nameEndsAt) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : places) {
            if (c.length() >= MIN_NAME && isForeign(c) && c.end() - c.start() == c.name().length()
                    && titleEndsAt(c.start(), titlesEndingAt) && nameEndsAt.test(c.end())) {
                out.add(new Candidate(c.start(), c.end(), EntityType.PERSON, c.name(), null, Candidate.Source.PATTERN));
            }
        }
        return out;
    }

    /** A foreign country or a place not known to be in China: Chinese places are not spelt in a foreign name's syllables. */
    private static boolean isForeign(Candidate c) {
        return c.type() == EntityType.COUNTRY ? !CHINA.equals(c.name())
                : c.type().isPlace() && !CHINA.equals(c.country());
    }

    /** Whether a place candidate names the same as a titled person read over a place. */
    static boolean isTitledName(Candidate place, List<Candidate> titled) {
        return place.type().isPlaceOrCountry() && titled.stream().anyMatch(t -> t.name().equals(place.name())
                || t.start() == place.start());
    }

    /** A title of an office (not a generic role word like 代表, which is also the verb "represent") ends at {@code end}. */
    private static boolean titleEndsAt(int end, IntFunction<List<String>> titlesEndingAt) {
        return titlesEndingAt.apply(end).stream().anyMatch(t -> t.length() >= MIN_NAME && NameShapes.isOfficeTitle(t));
    }

    /**
     * Whether the titled name ends where the place did; a name that goes on past it (by a space or an interpunct before
     * its next part) is read whole elsewhere or not at all, and its first part is no name of its own. The ideographic
     * space is not listed: the normaliser has made it a space.
     */
    static boolean endsThere(String text, Candidate name) {
        if (name.end() >= text.length()) {
            return true;
        }
        char next = text.charAt(name.end());
        return " ·•・".indexOf(next) < 0;
    }
}
