package dev.newsie.entities;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Japan's municipalities whose name is one character and its suffix (堺市, 津市, 吴市, 森町, 泊村;
 * {@code models/gazetteer/japan-municipalities-one-character.tsv}). Such a name is also the tail of many words
 * (天津市, 关市 in 海关市场), so it is read only where a Japanese chain puts it: right after its own prefecture
 * (大阪府堺市, 三重县津市) or right after 日本 (日本吴市). canonical() keeps the name whole (堺市), since dropping the
 * suffix would leave one character.
 */
final class OneCharacterJapaneseMunicipalities {
    /** Full name (堺市) → the prefecture's names it may follow (大阪府, 大阪). */
    private final Map<String, Set<String>> prefectures = new HashMap<>();

    private OneCharacterJapaneseMunicipalities() {
    }

    static OneCharacterJapaneseMunicipalities load() {
        OneCharacterJapaneseMunicipalities m = new OneCharacterJapaneseMunicipalities();
        for (ModelFile.Row r : ModelFile.read("gazetteer/japan-municipalities-one-character.tsv", 3)) {
            String prefecture = CanonicalNames.surfaceForm(r.get(2));
            Set<String> names = m.prefectures.computeIfAbsent(CanonicalNames.surfaceForm(r.get(0)), k -> new HashSet<>());
            names.add(prefecture);
            names.add(CanonicalNames.dropSuffix(prefecture));
        }
        return m;
    }

    /**
     * The municipality at {@code pos} when {@code before} (the place read last) ends there and is its prefecture or
     * Japan; null otherwise, and where the suffix begins a title (津市长: the span is left to the title).
     */
    Candidate at(String text, int pos, Candidate before) {
        if (before == null || before.end() != pos || pos + 2 > text.length()) {
            return null;
        }
        String name = text.substring(pos, pos + 2);
        Set<String> of = prefectures.get(name);
        if (of == null || (pos + 2 < text.length() && text.charAt(pos + 2) == '长')) {
            return null;
        }
        boolean inJapan = before.type() == EntityType.COUNTRY && "日本".equals(before.name());
        boolean inPrefecture = before.type() == EntityType.PROVINCE && "日本".equals(before.country())
                && of.contains(before.name());
        if (!inJapan && !inPrefecture) {
            return null;
        }
        return new Candidate(pos, pos + 2, EntityType.CITY, name, "日本", Candidate.Source.PATTERN);
    }
}
