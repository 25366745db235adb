package dev.newsie.entities;

import dev.newsie.model.EntityType;

/**
 * A gazetteer entry: the canonical name of a place, country or organisation, its type, its country
 * (for places, when known), and how much to trust it: curated tables are strong, CoreNLP's KBP list weak.
 */
public record Place(String name, EntityType type, String country, boolean weak) {
}
