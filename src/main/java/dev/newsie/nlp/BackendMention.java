package dev.newsie.nlp;

import dev.newsie.model.EntityType;

/** A named-entity mention found by an analysis backend, with its label mapped to a GOLD.md type. */
public record BackendMention(int start, int end, String text, EntityType type, String backendLabel) {
}
