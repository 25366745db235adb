package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chinese places named together by their one-character abbreviations (澳穗双方, 沪港两地, 粤港澳三地): the compound
 * stands for each place, as 中美两国 stands for two countries (GOLD.md §7). Only a run of two or three
 * abbreviations right before a word that counts the places (双方, 两地, 三地, 两市, 两省…) is read, and only when the
 * count agrees; the characters are too common to be read anywhere else. Abbreviations come from
 * {@code models/place-abbreviations.tsv}.
 */
final class PlaceAbbreviations {
    /** Words that count the places of the run before them, with how many they count. */
    private static final Map<String, Integer> COUNT_WORDS = Map.ofEntries(
            Map.entry("双方", 2), Map.entry("两地", 2), Map.entry("两市", 2), Map.entry("两省", 2), Map.entry("两城", 2),
            Map.entry("两省市", 2), Map.entry("两区", 2), Map.entry("三地", 3), Map.entry("三市", 3), Map.entry("三省", 3),
            Map.entry("三省市", 3));

    private record Place(String name, EntityType type) {
    }

    /** The fixed compounds for Hong Kong, Macau (and Taiwan), longest first; 台 is not in the abbreviations file. */
    private static final List<String> COMPATRIOT_COMPOUNDS = List.of("港澳台", "港澳");

    private final Map<Character, Place> places;
    private final List<String> compatriotWords;

    private PlaceAbbreviations(Map<Character, Place> places, List<String> compatriotWords) {
        this.places = Map.copyOf(places);
        this.compatriotWords = List.copyOf(compatriotWords);
    }

    static PlaceAbbreviations load() {
        Map<Character, Place> m = new HashMap<>();
        for (ModelFile.Row r : ModelFile.read("place-abbreviations.tsv", 3)) {
            if (r.get(0).length() != 1) {
                throw r.error("abbreviation must be one character, not '" + r.get(0) + "'");
            }
            try {
                m.put(r.get(0).charAt(0), new Place(r.get(1), EntityType.parse(r.get(2))));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
        }
        List<String> words = new ArrayList<>();
        for (ModelFile.Row r : ModelFile.read("compatriot-words.tsv", 1)) {
            words.add(r.get(0));
        }
        return new PlaceAbbreviations(m, words);
    }

    List<Candidate> recognize(String text) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (!places.containsKey(text.charAt(i)) || (i > 0 && places.containsKey(text.charAt(i - 1)))) {
                continue; // a run is read from its first abbreviation
            }
            int j = i;
            while (j < text.length() && j - i < 3 && places.containsKey(text.charAt(j))) {
                j++;
            }
            if (j - i < 2 || counted(text, j) != j - i || CountryAbbreviations.insideName(text, i)) {
                i = compatriots(text, i, out);
                continue;
            }
            for (int k = i; k < j; k++) {
                Place p = places.get(text.charAt(k));
                out.add(new Candidate(k, k + 1, p.type(), p.name(), "中国", Candidate.Source.PATTERN));
            }
            i = j - 1;
        }
        return out;
    }

    /**
     * 港澳同胞, 港澳台人士: the PRC's fixed compounds for the people of Hong Kong, Macau and Taiwan name each place when
     * a word for their people or areas follows ({@code models/compatriot-words.tsv}); a longer run (粤港澳) or any
     * other word after them (港澳办, 港澳台商) is a name or a kind. Returns where the scan goes on.
     */
    private int compatriots(String text, int i, List<Candidate> out) {
        for (String compound : COMPATRIOT_COMPOUNDS) {
            int end = i + compound.length();
            if (!text.startsWith(compound, i) || (i > 0 && places.containsKey(text.charAt(i - 1)))
                    || compatriotWords.stream().noneMatch(w -> text.startsWith(w, end))) {
                continue;
            }
            for (int k = i; k < end; k++) {
                Place p = text.charAt(k) == '台' ? new Place("台湾", EntityType.PROVINCE) : places.get(text.charAt(k));
                out.add(new Candidate(k, k + 1, p.type(), p.name(), "台湾".equals(p.name()) ? null : "中国",
                        Candidate.Source.PATTERN));
            }
            return end - 1;
        }
        return i;
    }

    /** How many places the word at {@code at} counts (longest word first), or 0. */
    private static int counted(String text, int at) {
        int best = 0, bestLength = 0;
        for (Map.Entry<String, Integer> w : COUNT_WORDS.entrySet()) {
            if (text.startsWith(w.getKey(), at) && w.getKey().length() > bestLength) {
                best = w.getValue();
                bestLength = w.getKey().length();
            }
        }
        return best;
    }
}
