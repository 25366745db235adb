package dev.newsie.clean;

import dev.newsie.canon.ModelFile;
import dev.newsie.text.WordAlternation;

/**
 * The words an outlet's name ends in after a story's time (2031-03-02 08:15 某某日报), from
 * {@code models/dateline-outlet-heads.tsv}, read once: {@link TextDumpCleaner} reads such a line as the article's
 * dateline, and a row of {@code cleaning-rules.tsv} writes {@value #PLACEHOLDER} where the same heads keep a dated line
 * from being taken for another story's headline, so that the two read one list.
 */
final class OutletHeads {
    /** What a rule of cleaning-rules.tsv writes for the heads. */
    static final String PLACEHOLDER = "⟨OUTLET_HEAD⟩";
    /** The heads as one regex group, longest first. */
    static final String ALTERNATION =
            WordAlternation.of(ModelFile.read("dateline-outlet-heads.tsv", 1).stream().map(r -> r.get(0)).toList());

    private OutletHeads() {
    }

    /** {@code regex} with the placeholder, if any, standing for the heads. */
    static String expand(String regex) {
        return regex.replace(PLACEHOLDER, ALTERNATION);
    }
}
