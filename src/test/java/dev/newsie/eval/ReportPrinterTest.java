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
}
