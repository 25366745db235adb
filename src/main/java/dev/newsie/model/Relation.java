package dev.newsie.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A SISTER_CITY relation between two canonical places, with the year or date it began when known. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Relation(String type, List<String> parties, String since, Span evidence) {
    public static final String SISTER_CITY = "SISTER_CITY";

    public Relation {
        parties = List.copyOf(parties);
    }
}
