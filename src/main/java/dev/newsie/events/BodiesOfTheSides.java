package dev.newsie.events;

import java.util.ArrayList;
import java.util.List;

/**
 * One signing told twice, once by its sides' places or whole bodies (甲、乙两地政府机构签署…; 甲办公室与乙大学等多所
 * 高校学院签署…) and once by the bodies that signed (甲市委员会及乙文化署签订…; 甲办公室与乙大学某学院签署…): each side
 * of the one telling is a side of the other or the name that opens it (乙 → 乙文化署, 乙大学 → 乙大学某学院).
 * Pure: reads two party lists.
 */
final class BodiesOfTheSides {
    private BodiesOfTheSides() {
    }

    /** The shortest name that may open a body's name as its place or parent body (two characters: a city or a school by its short name). */
    private static final int SHORTEST_OPENING = 2;

    /**
     * The sides of the two tellings with each side's fuller name, when the two list the same number of sides, each
     * side of one is the same as or opens exactly one side of the other, and at least one side is named more fully in
     * one of them; null otherwise (the same sides, or other sides).
     */
    static List<String> fullerSides(List<String> a, List<String> b) {
        if (a == null || b == null || a.size() != b.size() || a.size() < 2) {
            return null;
        }
        List<String> out = new ArrayList<>();
        List<String> left = new ArrayList<>(b);
        boolean fuller = false;
        for (String x : a) {
            String match = null;
            for (String y : left) {
                if (x.equals(y) || opens(x, y) || opens(y, x)) {
                    if (match != null) {
                        return null; // two sides of the other telling fit one: which is which is not said
                    }
                    match = y;
                }
            }
            if (match == null) {
                return null;
            }
            left.remove(match);
            fuller |= !match.equals(x);
            out.add(match.length() > x.length() ? match : x);
        }
        return fuller ? out : null;
    }

    /** Whether {@code shorter} opens {@code longer} as the place or body it belongs to (乙 → 乙文化署). */
    private static boolean opens(String shorter, String longer) {
        return shorter.length() >= SHORTEST_OPENING && longer.length() > shorter.length() && longer.startsWith(shorter);
    }
}
