package dev.newsie.entities;

import java.util.List;

/**
 * 在某市政府广场欢迎, 某协会大楼落成: a body's name right before a building's word names the building, a venue
 * (GOLD.md §2: venues and buildings are not entities), not the body acting. The body is still taken where the
 * article names it elsewhere.
 */
final class BuildingsOfBodies {
    /** Words for a building or its grounds that follow the name of the body it houses. */
    private static final List<String> BUILDINGS = List.of("广场", "大楼", "大厦", "办公楼", "礼堂", "大院");

    private BuildingsOfBodies() {
    }

    /** Whether the body's name that ends at {@code end} of {@code text} is followed by a building's word. */
    static boolean namesBuilding(String text, int end) {
        return end >= 0 && end < text.length() && BUILDINGS.stream().anyMatch(b -> text.startsWith(b, end));
    }
}
