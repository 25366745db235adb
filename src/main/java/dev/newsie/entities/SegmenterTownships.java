package dev.newsie.entities;

import dev.newsie.model.EntityType;
import dev.newsie.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * China's townships (镇, 乡) are below GB/T 2260 and in no list, but the segmenter's dictionary reads many of them as
 * one place word (甲乙镇/ns): such a word is a CITY (GOLD.md §2: 镇 is a municipal-level or lower government), named
 * with its suffix, which canonical() keeps (GOLD.md §4). A county found inside it (甲乙 of 甲乙镇) was only the
 * township's stem and gives way.
 */
final class SegmenterTownships {
    private static final String SUFFIXES = "镇乡";
    /** A township's name is two to four characters before its suffix. */
    private static final int MIN_STEM = 2, MAX_STEM = 4;

    private SegmenterTownships() {
    }

    static List<Candidate> apply(String text, List<Token> tokens, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>(found);
        for (Token t : tokens) {
            int stem = t.end() - t.start() - 1;
            if (!t.tag().startsWith("ns") || stem < MIN_STEM || stem > MAX_STEM || t.end() > text.length()
                    || SUFFIXES.indexOf(text.charAt(t.end() - 1)) < 0
                    || PlaceRecognizer.GENERIC_SETTLEMENT_PAIRS.contains(text.substring(t.end() - 2, t.end()))) {
                continue;
            }
            boolean clash = out.stream().anyMatch(c -> c.start() < t.end() && t.start() < c.end()
                    && !(c.start() >= t.start() && c.end() <= t.end() && c.type() == EntityType.CITY));
            if (clash) {
                continue;
            }
            out.removeIf(c -> c.start() >= t.start() && c.end() <= t.end());
            out.add(new Candidate(t.start(), t.end(), EntityType.CITY, text.substring(t.start(), t.end()), null, Candidate.Source.PATTERN));
        }
        return out;
    }
}
