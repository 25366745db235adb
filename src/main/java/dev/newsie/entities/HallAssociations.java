package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.regex.Pattern;

/**
 * 会馆 heads two things: an overseas Chinese association named for its native place or community (某某会馆, whose
 * officers are a 会长 or 主席), and a building (某市民会馆, where something is held: a venue, GOLD.md §2). A name ending
 * in 会馆 is a body only where the article writes it, or the end of it (中华会馆 of 某国中华会馆), right before an
 * officer's title: a hall has no chair, an association has.
 */
final class HallAssociations {
    static final String HEAD = "会馆";
    /** An association officer's title, possibly former (前主席) or deputy. */
    private static final Pattern OFFICER = Pattern.compile("^(?:前|原)?(?:副|常务副)?(?:会长|主席|理事长|秘书长|董事长)");
    /** The fewest characters of the name that, written before a title, stand for it (中华会馆). */
    private static final int MIN_WRITTEN = 4;

    private HallAssociations() {
    }

    /** Whether the candidate is a 会馆 that the article never writes before an officer's title: a building. */
    static boolean isBuilding(String text, Candidate c) {
        if (c.type() != EntityType.ORGANIZATION || !c.name().endsWith(HEAD)) {
            return false;
        }
        String name = c.name();
        for (int from = 0; from <= name.length() - MIN_WRITTEN; from++) {
            String written = name.substring(from);
            for (int at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
                if (OFFICER.matcher(text.substring(at + written.length(), Math.min(text.length(), at + written.length() + 6))).find()) {
                    return false;
                }
            }
        }
        return true;
    }
}
