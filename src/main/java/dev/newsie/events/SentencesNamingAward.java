package dev.newsie.events;

import java.util.List;
import java.util.function.BiFunction;

/**
 * The sentences of a page that write an award's name, in order: the clause fallbacks for an award's roles
 * ({@link ClauseGiver}, {@link ClauseRecipients}) read each of them and take the first that answers.
 */
final class SentencesNamingAward {
    private SentencesNamingAward() {
    }

    /**
     * The first non-empty answer of {@code reader} over the sentences naming {@code award}, given the sentence and
     * the award's position in its masked text; empty when none answers.
     */
    static List<String> firstAnswer(DocumentContext ctx, String award,
                                    BiFunction<MaskedSentence, Integer, List<String>> reader) {
        for (int si = 0; si < ctx.sentences.size(); si++) {
            int inText = ctx.sentences.get(si).text().indexOf(award);
            if (inText < 0) {
                continue;
            }
            MaskedSentence ms = ctx.masked.get(si);
            List<String> got = reader.apply(ms, ms.maskedPos(ms.sentence().start() + inText));
            if (!got.isEmpty()) {
                return got;
            }
        }
        return List.of();
    }
}
