package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A port, mountain or lake named after a place (甲市港与乙港结好, 游览甲山, 甲湖畔): the place written right before the
 * landmark's head word ({@code HEAD} of models/landmark-heads.tsv) is part of the landmark's name, no mention of the
 * city or province (GOLD.md §7). Kept: a place that begins at the head (乙湖南省), a head followed by a place's suffix
 * (甲山市, 甲山区), a common word that opens with the head ({@code NOT}: 山区, 港澳) and a name that is itself a
 * listed place with its head (a city named after its port or mountain); one-character abbreviations (沪港) are left
 * alone.
 */
final class LandmarksNamedAfterPlaces {
    private static final LandmarksNamedAfterPlaces TABLE = load();
    /** Place suffixes ({@code models/place-suffixes.tsv}): 甲山市, 甲港区 are places whose names end in the head character. */
    private static final PlaceSuffixRules SUFFIXES = PlaceSuffixRules.load();

    private final List<String> heads;
    private final List<String> notLandmarks;

    LandmarksNamedAfterPlaces(List<String> heads, List<String> notLandmarks) {
        this.heads = List.copyOf(heads);
        this.notLandmarks = List.copyOf(notLandmarks);
    }

    static LandmarksNamedAfterPlaces table() {
        return TABLE;
    }

    static LandmarksNamedAfterPlaces load() {
        List<String> heads = new ArrayList<>();
        List<String> not = new ArrayList<>();
        for (ModelFile.Row r : ModelFile.read("landmark-heads.tsv", 2)) {
            (r.get(0).equals("HEAD") ? heads : not).add(r.get(1));
        }
        return new LandmarksNamedAfterPlaces(heads, not);
    }

    /**
     * Whether the city or province mention {@code c} opens a landmark's name.
     *
     * @param places the place mentions of the text (one that begins at the head keeps {@code c})
     * @param listedWithHead whether the name running from {@code c}'s start to the given end is itself a listed place
     */
    boolean opensLandmark(String text, Candidate c, List<Candidate> places, IntPredicate listedWithHead) {
        if ((c.type() != EntityType.CITY && c.type() != EntityType.PROVINCE) || c.end() - c.start() < 2 || c.end() >= text.length()) {
            return false;
        }
        int e = c.end();
        String head = heads.stream().filter(h -> text.startsWith(h, e)).findFirst().orElse(null);
        if (head == null || notLandmarks.stream().anyMatch(w -> text.startsWith(w, e))) {
            return false;
        }
        int after = e + head.length();
        if (after < text.length() && SUFFIXES.at(text, after) != null) {
            return false; // 甲山市, 甲港区: the head ends a place's own name
        }
        if (places.stream().anyMatch(p -> p != c && p.start() <= e && p.end() > e && p.type() != EntityType.ORGANIZATION)) {
            return false; // 乙湖南省, 丙山东: a place begins at the head or runs over it
        }
        return !listedWithHead.test(after);
    }
}
