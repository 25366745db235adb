package dev.newsie.eval;

import dev.newsie.model.EntityType;
import dev.newsie.model.EventType;

import java.util.List;
import java.util.Map;

/**
 * One document as the scorer sees it, whichever side it comes from (a gold file, a gold-format
 * prediction, or an extractor record): only the fields GOLD.md §6 compares.
 */
public record ScoredDocument(String id, String published, String title, String body,
                             List<EntityRef> entities, List<EventAnnotation> events,
                             List<RelationAnnotation> relations) {
    public ScoredDocument {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        relations = List.copyOf(relations);
    }

    /** A (type, name) entity as written. */
    public record EntityRef(EntityType type, String name) {
    }

    /** An event: its type and each role's values as written (scalars are one-element lists). */
    public record EventAnnotation(EventType type, Map<String, List<Object>> roles) {
        public List<Object> values(String role) {
            return roles.getOrDefault(role, List.of());
        }

        public String first(String role) {
            List<Object> v = values(role);
            return v.isEmpty() ? null : String.valueOf(v.get(0));
        }
    }

    /** A SISTER_CITY relation as written. */
    public record RelationAnnotation(List<String> parties, String since) {
    }
}
