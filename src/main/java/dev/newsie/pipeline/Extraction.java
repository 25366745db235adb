package dev.newsie.pipeline;

import dev.newsie.model.Entity;
import dev.newsie.model.Event;
import dev.newsie.model.Relation;

import java.util.List;

/** What the analysis stages add to an article: entities, events and relations. */
public record Extraction(List<Entity> entities, List<Event> events, List<Relation> relations) {
    public static final Extraction EMPTY = new Extraction(List.of(), List.of(), List.of());

    public Extraction {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        relations = List.copyOf(relations);
    }
}
