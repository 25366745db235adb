package dev.newsie.events;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The place a page's own outlet is named after (甲日报, 甲市融媒体中心, 甲新闻客户端, 中国甲网): local media are named for the
 * city or province they serve, so their report's 我市 or 我省 is that place. A bare 市委 or 市政府 in such a report
 * may have been read as the partner's office, so the outlet speaks for the page before any body does. Reads the
 * page's entities and {@code models/events/local-outlet-heads.tsv}; writes nothing.
 */
final class HomeOutlet {
    private static final class Heads {
        static final Set<String> ALL = load();

        private static Set<String> load() {
            Set<String> heads = new LinkedHashSet<>();
            for (ModelFile.Row r : ModelFile.read("events/local-outlet-heads.tsv", 1)) {
                heads.add(r.get(0));
            }
            return heads;
        }
    }

    private HomeOutlet() {
    }

    /**
     * The one Chinese place of the given rank (CITY for 我市, PROVINCE for 我省) that the page names and whose name
     * opens an outlet's name the page holds, or null when there is none or more than one.
     */
    static String place(List<Entity> entities, EntityType rank) {
        Set<String> places = new LinkedHashSet<>();
        for (Entity e : entities) {
            if (e.type() == rank && (e.country() == null || e.country().equals("中国"))) {
                places.add(e.name());
            }
        }
        Set<String> served = new LinkedHashSet<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.ORGANIZATION) {
                continue;
            }
            // 中国江苏网, 中国甘肃网: provincial news portals put 中国 before the place they serve
            String name = e.name().startsWith("中国") ? e.name().substring(2) : e.name();
            for (String p : places) {
                if (name.startsWith(p) && isOutletHead(name.substring(p.length()))) {
                    served.add(p);
                }
            }
        }
        return served.size() == 1 ? served.iterator().next() : null;
    }

    private static boolean isOutletHead(String rest) {
        String head = !rest.isEmpty() && "市省区县".indexOf(rest.charAt(0)) >= 0 ? rest.substring(1) : rest;
        return Heads.ALL.contains(head) || Heads.ALL.contains(rest);
    }
}
