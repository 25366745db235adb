package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Administrative suffixes (市, 省, 州, 道, 特别自治道…) and the entity type they give a place, in China and
 * abroad, from {@code models/place-suffixes.tsv}.
 */
public final class PlaceSuffixRules {
    /** One suffix and how it types a place. */
    public record Suffix(String text, EntityType inChina, EntityType abroad, Set<String> otherTypeCountries) {
        public EntityType typeFor(String country) {
            if (country == null || country.equals("中国")) {
                return inChina;
            }
            if (otherTypeCountries.contains(country)) {
                return abroad == EntityType.CITY ? EntityType.PROVINCE : EntityType.CITY;
            }
            return abroad;
        }
    }

    private final List<Suffix> suffixes;
    /** The suffixes of one character, in the file's order. */
    private final List<Character> oneCharacter;

    public PlaceSuffixRules(List<Suffix> suffixes) {
        List<Suffix> s = new ArrayList<>(suffixes);
        s.sort(Comparator.comparingInt((Suffix x) -> x.text().length()).reversed());
        this.suffixes = List.copyOf(s);
        this.oneCharacter = suffixes.stream().filter(x -> x.text().length() == 1).map(x -> x.text().charAt(0)).distinct().toList();
    }

    public static PlaceSuffixRules load() {
        List<Suffix> out = new ArrayList<>();
        for (ModelFile.Row r : ModelFile.read("place-suffixes.tsv", 3)) {
            try {
                out.add(new Suffix(r.get(0), EntityType.parse(r.get(1)), EntityType.parse(r.get(2)),
                        r.get(3).isEmpty() ? Set.of() : Set.of(r.get(3).split(","))));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
        }
        return new PlaceSuffixRules(out);
    }

    /** The longest suffix that {@code text} has at {@code pos}, or null. */
    public Suffix at(String text, int pos) {
        if (pos > 0 && text.startsWith("政府", pos - 1)) {
            return null; // 地方政府: the 府 of 政府 (government) closes no place name
        }
        for (Suffix s : suffixes) {
            if (text.startsWith(s.text(), pos)) {
                return s;
            }
        }
        return null;
    }

    /** The longest suffix a name ends with (leaving at least two characters), or null. */
    public Suffix endOf(String name) {
        for (Suffix s : suffixes) {
            if (name.endsWith(s.text()) && name.length() - s.text().length() >= 2) {
                return s;
            }
        }
        return null;
    }

    /** Whether {@code c} is a suffix by itself (市, 县, 区 …). */
    public boolean isOneCharacterSuffix(char c) {
        return oneCharacter.contains(c);
    }

    /** The suffixes of one character (市, 省, 县 …), in the file's order. */
    public List<Character> oneCharacterSuffixes() {
        return oneCharacter;
    }

    /** Whether {@code c} can start a suffix (quick test before {@link #at}). */
    public boolean startsSuffix(char c) {
        for (Suffix s : suffixes) {
            if (s.text().charAt(0) == c) {
                return true;
            }
        }
        return false;
    }
}
