package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.List;
import java.util.Set;

/**
 * 在乙市总统府举行授勋仪式: the office of a head of state or government (总统府, 总理府, 首相府) written after a
 * city is the palace in that city — a building where a ceremony is held, not a body (GOLD.md §2: venues and buildings
 * are not entities), and the city stays a mention of its own. After a country (某国总统府) the office is the state's
 * body, as the organisation heads have it.
 */
final class OfficeBuildingsInCities {
    private OfficeBuildingsInCities() {
    }

    private static final Set<String> OFFICES = Set.of("总统府", "总理府", "首相府");

    /** Whether {@code start}..{@code end}, ending on the head {@code head}, is one city then such an office. */
    static boolean isOne(int start, int end, String head, List<Candidate> places) {
        if (!OFFICES.contains(head)) {
            return false;
        }
        int stemEnd = end - head.length();
        for (Candidate p : places) {
            if (p.start() == start && p.end() == stemEnd && p.type() == EntityType.CITY) {
                return true;
            }
        }
        return false;
    }
}
