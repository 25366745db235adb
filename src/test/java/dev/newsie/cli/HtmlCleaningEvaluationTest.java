package dev.newsie.cli;

import dev.newsie.SharedData;
import dev.newsie.canon.CanonicalNames;
import dev.newsie.eval.DocumentSet;
import dev.newsie.eval.EvalReport;
import dev.newsie.eval.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end for cleaning real HTML: {@code newsie clean} over the twelve pages of ../shared/html, scored against
 * their hand-cut bodies. The floors only go up.
 */
class HtmlCleaningEvaluationTest {
    static final double MICRO_FLOOR = 0.99;
    static final double PAGE_FLOOR = 0.94;

    @Test
    void cleaningOfRealPagesStaysAboveFloorOverallAndOnEveryPage(@TempDir Path tmp) {
        Path html = SharedData.require("html");
        Path out = tmp.resolve("clean.jsonl");
        assertEquals(0, NewsieCommand.commandLine().execute("clean", "--quiet", html.resolve("pages").toString(),
                "-o", out.toString()));
        CanonicalNames names = CanonicalNames.load();
        EvalReport r = EvalReport.score("clean", new Scorer(names), DocumentSet.load(html.resolve("gold")).documents(),
                DocumentSet.load(out).documents());
        assertEquals(12, r.documents().size());
        assertTrue(r.cleaning().f1() >= MICRO_FLOOR, "cleaning micro-F1 " + r.cleaning().f1() + " below " + MICRO_FLOOR);
        r.documents().forEach(d -> assertTrue(d.cleaning().f1() >= PAGE_FLOOR,
                d.id() + " cleaning F1 " + d.cleaning().f1() + " below " + PAGE_FLOOR));
    }
}
