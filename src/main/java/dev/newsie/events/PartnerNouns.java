package dev.newsie.events;

import dev.newsie.canon.ModelFile;

import java.util.List;

/**
 * The nouns of a partner in twinning (友好城市, 姊妹市, 友好省州 …), {@code models/events/partner-nouns.tsv}, read
 * once for every reader of the standing ({@link QuotedStanding}, {@link TwinningClause}, {@link RespectiveYears}).
 */
final class PartnerNouns {
    /** The nouns, in the file's order. */
    static final List<String> WORDS = ModelFile.read("events/partner-nouns.tsv", 1).stream().map(r -> r.get(0)).toList();

    private PartnerNouns() {
    }
}
