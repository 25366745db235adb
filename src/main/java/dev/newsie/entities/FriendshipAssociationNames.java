package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * News clips a friendship association's name to 友协 (韶关市友协, 省对外友协, 中韩友协, 泰中友协). Where the article
 * also names the association in full, the clipped form is that association (GOLD.md §7: the full name the article
 * implies): a Chinese division's association is "<division>人民对外友好协会", and a two-country form (泰中友协) spells
 * its countries out (泰国中国友好协会). A clipped name the article never writes in full stays as written, as gold
 * keeps other short forms (某省委外办). Endings come from {@code models/friendship-association-forms.tsv}; divisions
 * from the GB/T 2260 gazetteer.
 */
final class FriendshipAssociationNames {
    /** Where a row applies. */
    enum Scope { CHINESE, ANY }

    record Form(String written, String full, Scope scope) {
    }

    private final List<Form> forms;
    /** Full official names of China's divisions (九江市, 湖南省, 某某县, 广西壮族自治区). */
    private final Set<String> chineseDivisions;
    private final Map<Character, String> countryAbbreviations;

    FriendshipAssociationNames(List<Form> forms, Set<String> chineseDivisions, Map<Character, String> countryAbbreviations) {
        List<Form> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparingInt((Form f) -> f.written().length()).reversed());
        this.forms = List.copyOf(sorted);
        this.chineseDivisions = Set.copyOf(chineseDivisions);
        this.countryAbbreviations = Map.copyOf(countryAbbreviations);
    }

    static FriendshipAssociationNames load(Map<Character, String> countryAbbreviations) {
        List<Form> forms = new ArrayList<>();
        for (ModelFile.Row r : ModelFile.read("friendship-association-forms.tsv", 3)) {
            try {
                forms.add(new Form(r.get(0), r.get(1), Scope.valueOf(r.get(2))));
            } catch (IllegalArgumentException e) {
                throw r.error("scope must be CHINESE or ANY, not '" + r.get(2) + "'");
            }
        }
        Set<String> divisions = new HashSet<>();
        for (ModelFile.Row r : ModelFile.read("gazetteer/china-divisions.tsv", 4)) {
            divisions.add(r.get(3));
        }
        return new FriendshipAssociationNames(forms, divisions, countryAbbreviations);
    }

    /** The candidates with every clipped association name the article also names in full written in full. */
    List<Candidate> named(List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            String full = c.type() == EntityType.ORGANIZATION ? fullName(c.name(), candidates) : null;
            out.add(full == null ? c : new Candidate(c.start(), c.end(), c.type(), full, c.country(), c.source()));
        }
        return out;
    }

    /** The full name the article gives a clipped association name, or null when it gives none or the name is no clipped one. */
    String fullName(String name, List<Candidate> candidates) {
        for (Form f : forms) {
            if (!name.endsWith(f.written()) || name.length() == f.written().length()) {
                continue;
            }
            String stem = name.substring(0, name.length() - f.written().length());
            String full = f.scope() == Scope.CHINESE ? (chineseDivisions.contains(stem) ? stem + f.full() : null) : spelledOut(stem, f.full());
            if (full != null && named(full, candidates)) {
                return full;
            }
            String opened = f.scope() == Scope.ANY ? openedByCountries(stem, f.full(), candidates) : null;
            if (opened != null) {
                return opened;
            }
        }
        return null;
    }

    private static boolean named(String full, List<Candidate> candidates) {
        return candidates.stream().anyMatch(c -> c.type() == EntityType.ORGANIZATION && c.name().equals(full));
    }

    /**
     * 坦中友协 beside 坦桑尼亚中国人民友好协会: a two-country form whose first country has no one-character abbreviation
     * keeps that country's first character, and the full name may hold 人民 before its ending. The association the
     * article names in full whose opening is a country it names (or abbreviates so) starting with the stem's first
     * character, then the country the second character abbreviates, then 人民 or nothing, then the ending; or null.
     */
    private String openedByCountries(String stem, String fullEnding, List<Candidate> candidates) {
        if (stem.length() != 2 || !countryAbbreviations.containsKey(stem.charAt(1))) {
            return null;
        }
        String second = countryAbbreviations.get(stem.charAt(1));
        for (Candidate c : candidates) {
            String n = c.name();
            if (c.type() != EntityType.ORGANIZATION || !n.endsWith(fullEnding)) {
                continue;
            }
            String middle = n.substring(0, n.length() - fullEnding.length());
            middle = middle.endsWith(PEOPLE) ? middle.substring(0, middle.length() - PEOPLE.length()) : middle;
            if (!middle.endsWith(second) || middle.length() == second.length()) {
                continue;
            }
            String first = middle.substring(0, middle.length() - second.length());
            boolean country = first.equals(countryAbbreviations.get(stem.charAt(0)))
                    || (first.charAt(0) == stem.charAt(0) && candidates.stream().anyMatch(p -> p.type() == EntityType.COUNTRY && p.name().equals(first)));
            if (country) {
                return n;
            }
        }
        return null;
    }

    /** What may stand between a two-country association's countries and its ending (某国中国人民友好协会). */
    private static final String PEOPLE = "人民";

    /** 泰中 + 友好协会 → 泰国中国友好协会: a stem of two country abbreviations with the countries spelt out, or null. */
    private String spelledOut(String stem, String fullEnding) {
        if (stem.length() != 2 || !countryAbbreviations.containsKey(stem.charAt(0)) || !countryAbbreviations.containsKey(stem.charAt(1))) {
            return null;
        }
        return countryAbbreviations.get(stem.charAt(0)) + countryAbbreviations.get(stem.charAt(1)) + fullEnding;
    }
}
