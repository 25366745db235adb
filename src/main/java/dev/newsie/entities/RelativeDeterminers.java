package dev.newsie.entities;

import dev.newsie.canon.ModelFile;

import java.util.List;

/**
 * 外交部有关司局, 有关国家驻华使馆: a relative determiner (the RELATIVE scope words of {@code models/kind-name-words.tsv}: 有关, 相关) points to
 * bodies the context gives and makes the words after it a class of them (the departments concerned); a body's own name
 * never holds one. A name read across a determiner ends before it; one that opens with it names no body.
 */
final class RelativeDeterminers {
    private static final List<String> WORDS = ModelFile.read("kind-name-words.tsv", 2).stream()
            .filter(r -> r.get(2).equals("RELATIVE")).map(r -> r.get(0)).toList();

    private RelativeDeterminers() {
    }

    /** Where the first relative determiner in {@code name} starts, or -1 when it holds none. */
    static int cut(String name) {
        int first = -1;
        for (String w : WORDS) {
            int k = name.indexOf(w);
            if (k >= 0 && (first < 0 || k < first)) {
                first = k;
            }
        }
        return first;
    }
}
