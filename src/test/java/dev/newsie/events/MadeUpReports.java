package dev.newsie.events;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.entities.EntityRecognizer;
import dev.newsie.model.Entity;
import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import dev.newsie.nlp.Analysis;
import dev.newsie.nlp.HanLpBackend;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The events stage's tests run made-up reports through the same models: loaded once per test JVM here (a holder
 * class, so the first test that needs them pays), not once per test class.
 */
final class MadeUpReports {
    private MadeUpReports() {
    }

    private static final class Models {
        static final CanonicalNames NAMES = CanonicalNames.load();
        static final EntityRecognizer ENTITIES = EntityRecognizer.load(NAMES);
        static final EventExtractor EVENTS = EventExtractor.load(NAMES);
        static final HanLpBackend HANLP = new HanLpBackend();
    }

    static CanonicalNames names() {
        return Models.NAMES;
    }

    /** The entities newsie recognises in a text (gazetteers and HanLP, no backend NER). */
    static List<Entity> entities(String text) {
        return Models.ENTITIES.recognize(text, Models.HANLP.analyse(text), Analysis.EMPTY);
    }

    static EventExtractor.Result run(String text, String published) {
        return Models.EVENTS.extract(text, published, entities(text));
    }

    /** The AWARD events of a made-up report by award name, the first of each name kept, in the report's order. */
    static Map<String, Event> awards(String text, String published) {
        return run(text, published).events().stream().filter(e -> e.type() == EventType.AWARD)
                .collect(Collectors.toMap(Event::award, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    static List<Event> ofType(EventExtractor.Result r, EventType t) {
        return r.events().stream().filter(e -> e.type() == t).toList();
    }

    static List<Event> signings(EventExtractor.Result r) {
        return ofType(r, EventType.SIGNING);
    }

    /** The one signing a made-up report tells; fails the test when it tells none or several. */
    static Event theOneSigning(String text, String published) {
        List<Event> ss = signings(run(text, published));
        org.junit.jupiter.api.Assertions.assertEquals(1, ss.size(), ss.toString());
        return ss.get(0);
    }

    /** One signing's parties as a set (the scorer ignores their order). */
    static Set<String> partiesOf(Event e) {
        return Set.copyOf(e.parties());
    }

    static Set<Set<String>> partySets(List<Event> ss) {
        return ss.stream().map(MadeUpReports::partiesOf).collect(Collectors.toSet());
    }

    /** Two parties as {@link #relationKeys} writes them: sorted, joined by -. */
    static String sortedPair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
    }

    /** Each relation as "a-b@since", the parties sorted. */
    static Set<String> relationKeys(EventExtractor.Result r) {
        return r.relations().stream().map(x -> x.parties().stream().sorted().collect(Collectors.joining("-")) + "@" + x.since())
                .collect(Collectors.toSet());
    }
}
