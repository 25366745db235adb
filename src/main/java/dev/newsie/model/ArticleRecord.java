package dev.newsie.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One output record per input page (DESIGN.md "The record"). A page that failed at some stage still
 * yields a record, with {@code errors} naming the stage and reason and the later fields empty.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "uri", "title", "published", "source", "reporter", "script", "charset", "body", "text",
        "entities", "events", "relations", "errors"})
public record ArticleRecord(String id, String uri, String title, String published, String source, String reporter,
                            String script, String charset, String body, String text, List<Entity> entities,
                            List<Event> events, List<Relation> relations, List<StageError> errors) {
    public ArticleRecord {
        entities = entities == null ? List.of() : List.copyOf(entities);
        events = events == null ? List.of() : List.copyOf(events);
        relations = relations == null ? List.of() : List.copyOf(relations);
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A record for a page that failed before any content could be produced. */
    public static ArticleRecord failed(String id, String uri, StageError error) {
        return new ArticleRecord(id, uri, null, null, null, null, null, null, null, null, null, null, null,
                List.of(error));
    }
}
