package dev.newsie.entities;

import dev.newsie.model.EntityType;

/**
 * A possible entity mention: its span in the normalised text, type, canonical name and country, and where it
 * came from. The merge policy ({@link MentionMerger}) decides which candidates become mentions.
 */
public record Candidate(int start, int end, EntityType type, String name, String country, Source source) {
    /** Where a candidate came from, strongest first. */
    public enum Source {
        /** A name pattern: administrative chain, title + name, interpunct name, organisation head noun. */
        PATTERN(3),
        /** A curated gazetteer entry. */
        GAZETTEER(2),
        /** A weak gazetteer entry (CoreNLP's KBP list) or a backend NER mention. */
        WEAK(1);

        final int rank;

        Source(int rank) {
            this.rank = rank;
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Candidate o) {
        return start < o.end && o.start < end;
    }

    public boolean contains(Candidate o) {
        return start <= o.start && o.end <= end;
    }
}
