package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.canon.ScriptConverter;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Japanese family names that end in a body's head noun (冈部, 阿部, 服部, 矢部: 部 "department"): right after a
 * person's title (市长冈部正志, 町长阿部某某) such a 部 closes the family name of the person the title names, so no
 * organisation ends there (佐野市长 + 冈部 is no department of a city). Family names from
 * {@code models/japanese-surnames.tsv} (the hand-kept list) and
 * {@code models/japanese-surnames-ipadic.tsv} (IPADIC's), titles from {@code models/person-titles.tsv}.
 */
final class SurnamesEndingInHeads {
    private static final Set<String> SURNAMES = java.util.stream.Stream.concat(
            ModelFile.read("japanese-surnames.tsv", 1).stream().map(r -> r.get(0)),
            ModelFile.read("japanese-surnames-ipadic.tsv", 1).stream().map(r -> ScriptConverter.toSimplified(r.get(0))))
            .collect(Collectors.toUnmodifiableSet());
    private static final List<String> TITLES = ModelFile.read("person-titles.tsv", 1).stream().map(r -> r.get(0)).toList();

    private SurnamesEndingInHeads() {
    }

    /** Whether the one-character head ending at {@code headEnd} closes a family name written right after a title. */
    static boolean closesTitledSurname(String text, int headEnd) {
        for (int len = 2; len <= 3; len++) {
            int start = headEnd - len;
            if (start < 0 || !SURNAMES.contains(text.substring(start, headEnd))) {
                continue;
            }
            String before = text.substring(0, start);
            if (headEnd < text.length() && Character.isIdeographic(text.codePointAt(headEnd))
                    && TITLES.stream().anyMatch(before::endsWith)) {
                return true;
            }
        }
        return false;
    }
}
