package dev.newsie.events;

import dev.newsie.canon.ModelFile;

import java.util.ArrayList;
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
        RoleWords words = new RoleWords(rows); // role<TAB>word rows, read like every such list (获颁 before 获)
        this.receive = Pattern.compile(words.alternation("RECEIVE"));
        this.confer = Pattern.compile(words.alternation("CONFER"));
        this.to = Pattern.compile(words.alternation("TO"));
        this.notTo = Pattern.compile(words.alternation("NOT_TO"));
        this.meet = Pattern.compile(words.alternation("MEET"));
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
}
