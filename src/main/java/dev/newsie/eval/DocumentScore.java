package dev.newsie.eval;

/** Every layer's tally for one document (GOLD.md §6). */
public record DocumentScore(String id, PrfCounts cleaning, Tally entities, Tally untypedEntities, Tally events,
                            Tally arguments, Tally relations, Tally relationSince) {
    /** The headline: entities, event arguments and relations (pairs and their since) together. */
    public PrfCounts overall() {
        return entities.total().plus(arguments.total()).plus(relations.total()).plus(relationSince.total());
    }
}
