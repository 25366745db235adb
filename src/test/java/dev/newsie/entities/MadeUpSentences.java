package dev.newsie.entities;

import dev.newsie.model.EntityType;
import dev.newsie.nlp.HanLpBackend;
import dev.newsie.nlp.Token;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the place-, person- and organisation-name tests share: the word lists, the place and organisation recognisers (and
 * the whole entity stage for tests of its merged output), loaded once per test JVM, and a made-up sentence analysed and its places found, as the name rules receive them.
 */
final class MadeUpSentences {
    static final NameShapes SHAPES = NameShapes.load();
    private static final HanLpBackend HANLP = new HanLpBackend();
    private static final PlaceRecognizer PLACES;
    private static final OrganizationRecognizer ORGANIZATIONS = OrganizationRecognizer.load();
    private static final PersonRecognizer PERSONS = PersonRecognizer.load();

    static {
        PlaceSuffixRules suffixes = PlaceSuffixRules.load();
        PLACES = new PlaceRecognizer(Gazetteer.load(suffixes), suffixes, SHAPES.transliteration);
    }

    /** One analysed sentence: its text, its tokens and its places in text order. */
    record Analysed(String text, List<Token> tokens, List<Candidate> places) {
    }

    private MadeUpSentences() {
    }

    static Analysed analyse(String text) {
        List<Token> tokens = HANLP.analyse(text).tokens();
        List<Candidate> found = PLACES.recognize(text, tokens);
        found.sort(Comparator.comparingInt(Candidate::start));
        return new Analysed(text, tokens, found);
    }

    static Set<String> persons(List<Candidate> found) {
        return found.stream().filter(c -> c.type() == EntityType.PERSON).map(Candidate::name).collect(Collectors.toSet());
    }

    /** The people's names the person recogniser reads in a made-up sentence, given its places. */
    static Set<String> persons(String text) {
        Analysed a = analyse(text);
        return persons(PERSONS.recognize(a.text(), a.places(), a.tokens()));
    }

    private static final InterpunctNames INTERPUNCT_NAMES = new InterpunctNames(SHAPES);

    /** The people's names the interpunct reader alone finds in a made-up sentence, given its places. */
    static Set<String> interpunctNames(String text) {
        Analysed a = analyse(text);
        List<Candidate> out = new java.util.ArrayList<>();
        INTERPUNCT_NAMES.find(a.text(), out, a.places(), a.tokens());
        return persons(out);
    }

    /** The places the place recogniser reads in a made-up sentence, as "TYPE name". */
    static Set<String> placeKeys(String text) {
        return PLACES.recognize(text, HANLP.analyse(text).tokens()).stream().map(c -> c.type() + " " + c.name())
                .collect(Collectors.toSet());
    }

    /** The place candidates the place recogniser reads in a made-up sentence. */
    static List<Candidate> placeCandidates(String text) {
        return PLACES.recognize(text, HANLP.analyse(text).tokens());
    }

    /** The whole entity stage, built on first use: only the tests that read its merged output load it. */
    private static final class Whole {
        static final EntityRecognizer RECOGNIZER = EntityRecognizer.load(dev.newsie.canon.CanonicalNames.load());
    }

    /** The entities the whole entity stage reads in a made-up sentence, as "TYPE name". */
    static Set<String> entityKeys(String text) {
        return Whole.RECOGNIZER.recognize(text, HANLP.analyse(text), dev.newsie.nlp.Analysis.EMPTY).stream()
                .map(e -> e.type() + " " + e.name()).collect(Collectors.toSet());
    }

    /** The organisation names the recogniser reads in a made-up sentence. */
    static Set<String> organizations(String text) {
        Analysed a = analyse(text);
        return ORGANIZATIONS.recognize(text, a.tokens(), a.places()).stream().filter(c -> c.type() == EntityType.ORGANIZATION)
                .map(Candidate::name).collect(Collectors.toSet());
    }
}
