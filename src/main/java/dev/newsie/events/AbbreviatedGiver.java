package dev.newsie.events;

import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * 甲部驻乙公署 beside 甲部驻乙特别行政区特派员公署: a headline or a later sentence often writes the conferring body
 * short, keeping some of its characters in their order, its first character and its head. The award's giver is the
 * body as the report names it in full (GOLD.md §7: the conferring body as written), so a short form is read as the
 * one longer organisation of the report it abbreviates.
 */
final class AbbreviatedGiver {
    private AbbreviatedGiver() {
    }

    /** The givers, each short form replaced by the one organisation of the report it abbreviates. */
    static List<String> inFull(List<String> givers, List<Entity> entities) {
        List<String> out = new ArrayList<>();
        for (String g : givers) {
            String full = null;
            int found = 0;
            for (Entity e : entities) {
                if (e.type() == EntityType.ORGANIZATION && abbreviates(g, e.name()) && !e.name().equals(full)) {
                    full = e.name();
                    found++;
                }
            }
            String name = found == 1 ? full : g;
            if (!out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /**
     * Whether {@code shortForm} keeps characters of {@code full} in their order, with its first character and its
     * last two (the head: 公署, 协会, 政府), at least four characters in all, and three or more left out (甲市政府 beside
     * 甲市人民政府 is one body written two ways, either as the report has it, not a short form).
     */
    static boolean abbreviates(String shortForm, String full) {
        if (shortForm.length() < 4 || full.length() < shortForm.length() + 3 || shortForm.charAt(0) != full.charAt(0)
                || !full.endsWith(shortForm.substring(shortForm.length() - 2))) {
            return false;
        }
        int j = 0;
        for (int i = 0; i < full.length() && j < shortForm.length(); i++) {
            if (full.charAt(i) == shortForm.charAt(j)) {
                j++;
            }
        }
        return j == shortForm.length();
    }
}
