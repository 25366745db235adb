package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 甲市与乙市姐妹城市协会, 甲—乙友城委员会: a body that a pair of twinned places run together is named for both, joined as a
 * pair (和, 与, a dash), then their standing (the partner nouns of {@code models/events/partner-nouns.tsv}) and the
 * body's head. A reading that opens the body at the second place cuts off the first, which is part of the name: the
 * standing says the body is the pair's, not the second place's alone. Two places joined so name a pair in the first
 * place's full name, or, before a dash, in one character each (甲—乙, the short forms of the two).
 */
final class PairNamedBodies {
    /** What joins the two places of a pair: a conjunction or a dash, single or double. */
    private static final Pattern JOIN = Pattern.compile("(?:[和与與]|[-—－–]{1,2})$");
    private static final Pattern DASH = Pattern.compile("[-—－–]{1,2}");
    /** The partner nouns, longest first (友好城市 before 友城). */
    private static final List<String> STANDINGS = ModelFile.read("events/partner-nouns.tsv", 1).stream().map(r -> r.get(0))
            .sorted((a, b) -> b.length() - a.length()).toList();
    /** Longest stretch between the body's opening and its standing: a place and its parts (某市某区). */
    private static final int MAX_PLACES = 10;

    private PairNamedBodies() {
    }

    /** {@code org} opened at the first place of the pair it is named for, or {@code org} as it is. */
    static Candidate withBothPlaces(String text, Candidate org, List<Candidate> places) {
        if (org.type() != EntityType.ORGANIZATION || org.name().length() != org.end() - org.start()
                || !text.startsWith(org.name(), org.start())) {
            return org;
        }
        int standing = standingAt(org.name());
        if (standing <= 0 || standing > MAX_PLACES) {
            return org;
        }
        Matcher join = JOIN.matcher(text.substring(Math.max(0, org.start() - 2), org.start()));
        if (!join.find()) {
            return org;
        }
        int joinStart = Math.max(0, org.start() - 2) + join.start();
        Integer first = firstPlaceEndingAt(text, joinStart, org, standing, places, DASH.matcher(join.group()).matches());
        if (first == null) {
            return org;
        }
        return new Candidate(first, org.end(), org.type(), text.substring(first, org.end()), null, org.source());
    }

    /** Where the standing begins in {@code name}, after the places and before the head, or -1. */
    private static int standingAt(String name) {
        for (String s : STANDINGS) {
            int at = name.indexOf(s);
            if (at > 0 && name.length() - at - s.length() >= 2) {
                return at;
            }
        }
        return -1;
    }

    /**
     * The start of the first place of the pair, ending right before the join at {@code joinStart}: a place read there
     * while the body opens with one, or, after a dash, one Han character while the body opens with one before its
     * standing (甲—乙友城协会); else null.
     */
    private static Integer firstPlaceEndingAt(String text, int joinStart, Candidate org, int standing, List<Candidate> places,
                                              boolean dash) {
        boolean opensWithPlace = places.stream().anyMatch(p -> isPlace(p) && p.start() == org.start() && p.end() <= org.start() + standing);
        if (opensWithPlace) {
            for (Candidate p : places) {
                if (isPlace(p) && p.end() == joinStart) {
                    return p.start();
                }
            }
        }
        if (dash && standing == 1 && joinStart >= 1 && NameShapes.isHan(text.charAt(joinStart - 1)) && (joinStart < 2 || !NameShapes.isHan(text.charAt(joinStart - 2)))) {
            return joinStart - 1;
        }
        return null;
    }

    private static boolean isPlace(Candidate c) {
        return c.type() == EntityType.CITY || c.type() == EntityType.PROVINCE || c.type() == EntityType.COUNTRY;
    }
}
