package dev.newsie.events;

import dev.newsie.canon.ModelFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The verbs of receiving and conferring an award and the words that introduce the honoured
 * ({@code models/events/award-clause-verbs.tsv}), as patterns, for the award backoffs ({@link ClauseRecipients},
 * {@link ClauseGiver}).
 */
final class AwardClauseVerbs {
    final Pattern receive;
    final Pattern confer;
    final Pattern to;
    final Pattern notTo;
    final Pattern meet;

    private static AwardClauseVerbs shared;

    private AwardClauseVerbs(List<ModelFile.Row> rows) {
        this.receive = alternation(rows, "RECEIVE");
        this.confer = alternation(rows, "CONFER");
        this.to = alternation(rows, "TO");
        this.notTo = alternation(rows, "NOT_TO");
        this.meet = alternation(rows, "MEET");
    }

    static synchronized AwardClauseVerbs get() {
        if (shared == null) {
            shared = new AwardClauseVerbs(ModelFile.read("events/award-clause-verbs.tsv", 2));
        }
        return shared;
    }

    /** For tests: the verbs given as rows of role and word. */
    static AwardClauseVerbs of(List<String[]> rows) {
        List<ModelFile.Row> r = new ArrayList<>();
        for (String[] x : rows) {
            r.add(new ModelFile.Row(null, 0, List.of(x)));
        }
        return new AwardClauseVerbs(r);
    }

    private static Pattern alternation(List<ModelFile.Row> rows, String role) {
        List<String> words = new ArrayList<>();
        for (ModelFile.Row r : rows) {
            if (r.columns().get(0).equals(role)) {
                words.add(Pattern.quote(r.columns().get(1)));
            }
        }
        words.sort(Comparator.comparingInt(String::length).reversed()); // 获颁 before 获
        return Pattern.compile(words.isEmpty() ? "(?!)" : String.join("|", words));
    }
}
