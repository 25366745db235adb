package dev.newsie.events;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.model.Entity;
import dev.newsie.model.Event;
import dev.newsie.model.Relation;

import java.util.List;

/** The events stage: FORUM, SIGNING and AWARD events and SISTER_CITY relations from a text and its entities. */
public final class EventExtractor {
    /** Events and relations of one document. */
    public record Result(List<Event> events, List<Relation> relations) {
    }

    private final CanonicalNames names;

    private EventExtractor(CanonicalNames names) {
        this.names = names;
    }

    public static EventExtractor load(CanonicalNames names) {
        return new EventExtractor(names);
    }

    public Result extract(String text, String published, List<Entity> entities) {
        return new Result(List.of(), List.of());
    }
}
