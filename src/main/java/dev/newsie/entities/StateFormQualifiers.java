package dev.newsie.entities;

import dev.newsie.canon.ModelFile;

import java.util.HashSet;
import java.util.Set;

/**
 * The words between a country's short name and 共和国 in its official long form (伊斯兰, 阿拉伯, 联邦民主, 人民民主…),
 * read from the long forms in {@code models/aliases.tsv} (某国 + qualifier + 共和国 → 某国). After a country such a word
 * and 共和国 finish the country's own name; they are no constituent republic (a PROVINCE), even for a country whose long
 * form no table lists.
 */
final class StateFormQualifiers {
    private static final String REPUBLIC = "共和国";
    private static final Set<String> QUALIFIERS = load();

    private StateFormQualifiers() {
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        for (ModelFile.Row r : ModelFile.read("aliases.tsv", 2)) {
            String alias = r.get(0);
            String country = r.get(1);
            if (alias.endsWith(REPUBLIC) && alias.startsWith(country) && alias.length() > country.length() + REPUBLIC.length()) {
                out.add(alias.substring(country.length(), alias.length() - REPUBLIC.length()));
            }
        }
        return Set.copyOf(out);
    }

    /** Whether {@code stem}, closed by 共和国, is a state-form qualifier of a country's long name, not a republic's name. */
    static boolean isQualifier(String stem) {
        return QUALIFIERS.contains(stem);
    }
}
