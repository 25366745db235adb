package dev.newsie.entities;

import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;
import dev.newsie.model.Mention;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * An organisation named only inside an award's name (甲国政府友谊奖, 联合国某某奖) is no mention of that body: the
 * award is not an organisation (GOLD.md §2), and a name inside another name is no mention of what it names
 * (GOLD.md §7, said there of places). The award names are those the event extractor found; a body named anywhere
 * else in the text is kept.
 */
public final class BodiesInsideAwardNames {
    private BodiesInsideAwardNames() {
    }

    /** {@code entities} without the organisations whose every mention lies strictly inside a written award name. */
    public static List<Entity> without(String text, List<Entity> entities, Collection<String> awardNames) {
        int[] spanLength = new int[text.length() + 1];
        for (String award : awardNames) {
            if (award == null || award.isEmpty()) {
                continue;
            }
            for (int at = text.indexOf(award); at >= 0; at = text.indexOf(award, at + 1)) {
                for (int k = at; k < at + award.length(); k++) {
                    spanLength[k] = Math.max(spanLength[k], award.length());
                }
            }
        }
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            if (e.type() != EntityType.ORGANIZATION || e.mentions().isEmpty()
                    || !e.mentions().stream().allMatch(m -> withinAward(m, spanLength))) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The whole mention lies in award names longer than it (an award named for the body alone keeps it); a character
     * outside every award name has span length 0.
     */
    private static boolean withinAward(Mention m, int[] spanLength) {
        if (m.start() < 0 || m.end() > spanLength.length - 1 || m.end() <= m.start()) {
            return false;
        }
        for (int k = m.start(); k < m.end(); k++) {
            if (spanLength[k] <= m.end() - m.start()) {
                return false;
            }
        }
        return true;
    }
}
