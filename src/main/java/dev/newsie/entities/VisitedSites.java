package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * A sight a delegation visits (参观了某某楼、某某寺; 游览某某塔) read as a person's name or a place: a building is no
 * entity (GOLD.md §2). A person, city or province candidate whose name ends in a sight's last character
 * ({@code SITE_END} of models/visited-sites.tsv) is a sight where its clause holds a verb of sightseeing
 * ({@code VISIT}) before it; a name of that shape elsewhere (王某楼说) is left alone.
 */
final class VisitedSites {
    private static final VisitedSites TABLE = load();

    private final List<String> visits;
    private final String siteEnds;

    VisitedSites(List<String> visits, String siteEnds) {
        this.visits = List.copyOf(visits);
        this.siteEnds = siteEnds;
    }

    static VisitedSites table() {
        return TABLE;
    }

    static VisitedSites load() {
        List<String> visits = new ArrayList<>();
        StringBuilder ends = new StringBuilder();
        for (ModelFile.Row r : ModelFile.read("visited-sites.tsv", 2)) {
            if (r.get(0).equals("VISIT")) {
                visits.add(r.get(1));
            } else if (r.get(0).equals("SITE_END")) {
                ends.append(r.get(1));
            }
        }
        return new VisitedSites(visits, ends.toString());
    }

    /** Whether the candidate is a visited sight rather than a person or a place. */
    boolean isSight(String text, Candidate c) {
        EntityType t = c.type();
        if ((t != EntityType.PERSON && t != EntityType.CITY && t != EntityType.PROVINCE) || c.end() > text.length()
                || c.end() - c.start() < 2 || siteEnds.indexOf(text.charAt(c.end() - 1)) < 0) {
            return false;
        }
        return ClauseBefore.holdsAny(text, c.start(), visits);
    }
}
