package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A foreign city of a two-character name written right after its own country (法国图尔, 法国南特是…): read from
 * {@code models/gazetteer/geonames-cities-two-character.tsv}. Two characters are too often a word's to be read
 * alone, but the country before them has said a place of that country follows, and the table says which ones it has.
 */
final class CitiesAfterTheirCountry {
    /** Each listed city's country (canonical). */
    private final Map<String, String> countryOf;
    /** Marks a foreign name runs on after (塞古·库利科罗 is one name, 塞古 only its first part). */
    private static final String RUNS_ON = "·・•‧-－—";
    /** Characters a transliterated name runs on with (图尔 + 库): the listed name must end where it ends. */
    private final Set<Character> transliteration;

    CitiesAfterTheirCountry(Map<String, String> countryOf, Set<Character> transliteration) {
        this.countryOf = Map.copyOf(countryOf);
        this.transliteration = Set.copyOf(transliteration);
    }

    static CitiesAfterTheirCountry load(Set<Character> transliteration) {
        Map<String, String> countryOf = new HashMap<>();
        for (ModelFile.Row r : ModelFile.read("gazetteer/geonames-cities-two-character.tsv", 3)) {
            countryOf.put(r.get(0), r.get(2));
        }
        return new CitiesAfterTheirCountry(countryOf, transliteration);
    }

    /** The cities written right after their country's name where no candidate found covers them. */
    List<Candidate> find(String text, List<Candidate> found) {
        BitSet covered = new BitSet(text.length());
        for (Candidate c : found) {
            covered.set(c.start(), c.end());
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : found) {
            int at = c.end(), end = at + 2;
            if (c.type() != EntityType.COUNTRY || end > text.length()) {
                continue;
            }
            String name = text.substring(at, end);
            int clash = covered.nextSetBit(at);
            if (!c.name().equals(countryOf.get(name)) || (clash >= 0 && clash < end)
                    || (end < text.length() && (transliteration.contains(text.charAt(end)) || RUNS_ON.indexOf(text.charAt(end)) >= 0))) {
                continue;
            }
            out.add(new Candidate(at, end, EntityType.CITY, name, c.name(), Candidate.Source.GAZETTEER));
            covered.set(at, end);
        }
        return out;
    }
}
