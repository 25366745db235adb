package dev.newsie.events;

import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * 在两市结好十周年之际,甲市代表团访问了乙国丙市: a statement that sums the two sides up as 两市/双方 before any place is
 * named may name them later in the same sentence. They are taken only when the rest of the sentence names exactly one
 * home place (Chinese, or of no stated country) and exactly one foreign city or province; anything else leaves a doubt.
 */
final class SidesLaterInSentence {
    private SidesLaterInSentence() {
    }

    /** The home and the foreign place named after {@code from} in the sentence, or null unless there is one of each. */
    static List<String> pair(MaskedSentence ms, int from) {
        Set<String> home = new LinkedHashSet<>();
        Set<String> foreign = new LinkedHashSet<>();
        String m = ms.masked();
        int i = from;
        while (i < m.length()) {
            if (m.charAt(i) != MaskedSentence.PLACE) {
                i++;
                continue;
            }
            int j = i;
            while (j < m.length() && m.charAt(j) == MaskedSentence.PLACE) {
                j++;
            }
            MaskedSentence.Slot last = ms.lastPlace(i, j); // a chain (乙国丙市) stands for its last place
            if (last != null) {
                Entity e = last.entity();
                if (e.type() == EntityType.CITY || e.type() == EntityType.PROVINCE) {
                    (e.country() == null || e.country().equals("中国") ? home : foreign).add(e.name());
                }
            }
            i = j;
        }
        return home.size() == 1 && foreign.size() == 1 ? List.of(home.iterator().next(), foreign.iterator().next()) : null;
    }
}
