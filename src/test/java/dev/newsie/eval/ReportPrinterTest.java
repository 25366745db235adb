package dev.newsie.eval;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportPrinterTest {
    @Test
    void partWithNothingToCountPrintsDashNotOne() {
        EvalReport r = new EvalReport("html-only");
        r.add(new DocumentScore("p1", new PrfCounts(9, 1, 0), new Tally(), new Tally(), new Tally(), new Tally(),
                new Tally(), new Tally()));
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        new ReportPrinter(new PrintStream(buf, true, StandardCharsets.UTF_8)).printSummary(List.of(r));
        String line = buf.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("html-only")).findFirst().orElseThrow();
        assertTrue(line.contains("0.947"), line);
        assertTrue(line.contains("–"), line);
        assertTrue(!line.contains("1.000"), line);
    }

    @Test
    void markdownHasOneColumnPerReportAndOneRowPerRoleOfAnyReport() {
        Tally args = new Tally();
        args.add("SIGNING.date", new PrfCounts(1, 0, 1));
        EvalReport a = new EvalReport("a"), b = new EvalReport("b");
        a.add(new DocumentScore("d1", PrfCounts.ZERO, new Tally(), new Tally(), new Tally(), args, new Tally(), new Tally()));
        b.add(new DocumentScore("d2", PrfCounts.ZERO, new Tally(), new Tally(), new Tally(), new Tally(), new Tally(), new Tally()));
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        new ReportPrinter(new PrintStream(buf, true, StandardCharsets.UTF_8)).printMarkdown(List.of(a, b));
        String md = buf.toString(StandardCharsets.UTF_8);
        assertTrue(md.startsWith("| part | a (1) | b (1) |"), md);
        assertTrue(md.contains("| &nbsp;&nbsp;SIGNING.date | 0.667 | – |"), md);
    }
}
