package dev.newsie.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A typed entity with its canonical name, its country when known, and every mention. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Entity(String id, EntityType type, String name, String country, List<Mention> mentions) {
    public Entity {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
