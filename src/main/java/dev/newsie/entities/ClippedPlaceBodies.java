package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.List;

/**
 * 甲州议会 for 甲乙丙州议会, 甲市政府 for 甲乙市政府: Chinese clips a long place name to its first character and its
 * level (州, 市, 省, 县) before a body of the place, once the place has been named in full. The body is the full
 * place's (GOLD.md §7: the full name the article implies). The clipped form is read so only when exactly one place of
 * that level on the page opens with the character, and the two characters are no place of their own (a place read
 * there, as 某州 is a city of its own).
 */
final class ClippedPlaceBodies {
    /** The levels a clipped place keeps after its first character. */
    private static final String LEVELS = "州市省县";
    /** What is left of 政府 after a level (市府, 县府, 省府), and what it leaves off. */
    private static final char GOVERNMENT_CLIPPED = '府';
    private static final String GOVERNMENT_KEPT = "政";

    private ClippedPlaceBodies() {
    }

    /** {@code org} named for the place its clipped opening stands for, or {@code org} as it is. */
    static Candidate withFullPlace(String text, Candidate org, List<Candidate> places) {
        String name = org.name();
        if (org.type() != EntityType.ORGANIZATION || name.length() < 4 || !NameShapes.isHan(name.charAt(0)) || LEVELS.indexOf(name.charAt(1)) < 0
                || !text.startsWith(name, org.start())) {
            return org;
        }
        if (places.stream().anyMatch(p -> isPlace(p) && p.start() == org.start())) {
            return org; // the two characters are a place's own name (a city called so), or open a longer place
        }
        char first = name.charAt(0), level = name.charAt(1);
        String full = null;
        for (Candidate p : places) {
            if (!isPlace(p) || p.end() > text.length()) {
                continue;
            }
            String written = text.substring(p.start(), p.end());
            if (written.length() < 2 || written.charAt(0) != first) {
                continue;
            }
            String withLevel = written.charAt(written.length() - 1) == level ? written
                    : p.end() < text.length() && text.charAt(p.end()) == level ? written + level : null;
            if (withLevel == null || withLevel.length() < 3) {
                continue;
            }
            if (full != null && !full.equals(withLevel)) {
                return org; // two places of that level open with the character: the clipped form says not which
            }
            full = withLevel;
        }
        if (full == null) {
            return org;
        }
        String rest = name.substring(2);
        if (rest.charAt(0) == level) {
            full = full.substring(0, full.length() - 1); // 甲市市政府: the clipped place, then its body 市政府
        } else if (rest.charAt(0) == GOVERNMENT_CLIPPED) {
            rest = GOVERNMENT_KEPT + rest; // 甲市府: 府 after the level is the clipped 政府 (市府 for 市政府)
        }
        return new Candidate(org.start(), org.end(), org.type(), full + rest, org.country(), org.source());
    }

    private static boolean isPlace(Candidate c) {
        return c.type() == EntityType.CITY || c.type() == EntityType.PROVINCE;
    }
}
