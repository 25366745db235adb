package dev.newsie.entities;

import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;
import dev.newsie.model.Mention;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A place name that is part of a person's name is no mention of the place: Japanese family names are often place
 * names (宫崎辰雄, 富山嘉晴), Chinese given names often are (付朝阳), and a transliterated name can end in one (维姆·科克).
 * Marks a city, province or country mention that lies inside any occurrence of the name of a person the article
 * names, or that repeats such a person's family name alone (宫崎辰雄 … 宫崎当场承诺; 维姆·科克 … 科克指出) where no
 * place suffix follows (宫崎县 is the prefecture). The person must have been found first: this never guesses one.
 */
final class PlacesInPersonNames {
    /** Characters that make a name a place's when they follow it (宫崎县, 科克市). */
    private static final String PLACE_SUFFIXES = "市县州省区郡道府都町村镇乡盟";
    /** Fewest characters of a person's name for this to apply: a two-character name is too often a word. */
    static final int MIN_PERSON = 3;
    /** Fewest characters of a place read as a family name. */
    static final int MIN_FAMILY = 2;

    private PlacesInPersonNames() {
    }

    /** Marks in {@code inName} each place mention that is part of, or the family name of, a named person. */
    static void mark(String text, List<Entity> entities, boolean[] inName) {
        Set<String> persons = new LinkedHashSet<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            addName(persons, e.name());
            e.mentions().forEach(m -> addName(persons, m.text()));
        }
        if (persons.isEmpty()) {
            return;
        }
        boolean[] inPerson = new boolean[text.length()];
        for (String p : persons) {
            for (int i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) {
                Arrays.fill(inPerson, i, i + p.length(), true);
            }
        }
        for (Entity e : entities) {
            if (e.type() != EntityType.CITY && e.type() != EntityType.PROVINCE && e.type() != EntityType.COUNTRY) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.start() < 0 || m.end() > text.length() || m.end() <= m.start()) {
                    continue;
                }
                if (allTrue(inPerson, m.start(), m.end()) || (familyName(persons, m.text()) && !suffixed(text, m.end()))) {
                    Arrays.fill(inName, m.start(), m.end(), true);
                }
            }
        }
    }

    /** A found "person" that ends in a place suffix (某河区) is a place misread, and tells nothing here. */
    private static void addName(Set<String> persons, String name) {
        if (name != null && name.codePointCount(0, name.length()) >= MIN_PERSON
                && PLACE_SUFFIXES.indexOf(name.charAt(name.length() - 1)) < 0) {
            persons.add(name);
        }
    }

    /** Whether {@code place} is the family name of a person: the opening of an all-Han name, or the part after its last dot. */
    static boolean familyName(Set<String> persons, String place) {
        if (place.length() < MIN_FAMILY) {
            return false; // a one-character abbreviation (中 of 中日) is no family name
        }
        for (String p : persons) {
            int dot = Math.max(p.lastIndexOf('·'), p.lastIndexOf('•'));
            if (dot >= 0) {
                if (p.substring(dot + 1).equals(place)) {
                    return true;
                }
            } else if (p.length() >= place.length() + 2 && p.startsWith(place) && NameShapes.allHan(p, 0, p.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean suffixed(String text, int end) {
        return end < text.length() && PLACE_SUFFIXES.indexOf(text.charAt(end)) >= 0;
    }

    private static boolean allTrue(boolean[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!a[i]) {
                return false;
            }
        }
        return true;
    }
}
