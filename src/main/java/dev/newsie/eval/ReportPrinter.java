package dev.newsie.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints evaluation reports as tables a person can read, and with {@code errors} the false positives and negatives. */
public final class ReportPrinter {
    private final PrintStream out;

    public ReportPrinter(PrintStream out) {
        this.out = out;
    }

    /** The main table of the first report, with the others as extra columns of entity F1 (the baselines). */
    public void print(EvalReport main) {
        out.printf("newsie eval — %s, %d documents%n%n", main.system(), main.documents().size());
        header();
        row("overall (headline)", main.overall());
        row("cleaning (bigrams)", main.cleaning());
        row("entities", main.entities().total());
        main.entities().byKey().forEach((k, v) -> row("  " + k, v));
        row("entities untyped", main.untypedEntities().total());
        row("events", main.events().total());
        main.events().byKey().forEach((k, v) -> row("  " + k, v));
        row("event arguments", main.arguments().total());
        main.arguments().byKey().forEach((k, v) -> row("  " + k, v));
        row("relations", main.relations().total());
        row("  since", main.relationSince().total());
        out.println();
        out.println("per document:");
        out.printf(Locale.ROOT, "  %-24s %8s %8s %8s %8s %8s %8s%n", "document", "overall", "clean", "entity", "event", "args", "rel");
        for (DocumentScore d : main.documents()) {
            out.printf(Locale.ROOT, "  %-24s %8s %8s %8s %8s %8s %8s%n", d.id(), fmt(d.overall(), d.overall().f1()),
                    fmt(d.cleaning(), d.cleaning().f1()), f1(d.entities()), f1(d.events()),
                    f1(d.arguments()), f1(d.relations()));
        }
        for (String n : main.notes()) {
            out.println("note: " + n);
        }
    }

    /** Entity scores of several systems side by side: newsie against each backend alone. */
    public void printComparison(List<EvalReport> reports) {
        out.println();
        out.println("entity F1 by system (baselines: each backend alone, labels mapped to GOLD.md types):");
        out.printf(Locale.ROOT, "  %-14s", "type");
        for (EvalReport r : reports) {
            out.printf(Locale.ROOT, " %14s", r.system());
        }
        out.println();
        comparisonRow("micro", reports, r -> r.entities().total());
        comparisonRow("untyped", reports, r -> r.untypedEntities().total());
        for (String t : List.of("CITY", "PROVINCE", "COUNTRY", "ORGANIZATION", "PERSON")) {
            comparisonRow(t, reports, r -> r.entities().byKey().getOrDefault(t, PrfCounts.ZERO));
        }
        comparisonRow("overall", reports, EvalReport::overall);
    }

    private void comparisonRow(String label, List<EvalReport> reports, java.util.function.Function<EvalReport, PrfCounts> f) {
        out.printf(Locale.ROOT, "  %-14s", label);
        for (EvalReport r : reports) {
            PrfCounts c = f.apply(r);
            out.printf(Locale.ROOT, " %14s", fmt(c, c.f1()));
        }
        out.println();
    }

    public void printErrors(EvalReport report) {
        out.println();
        out.println("errors by document (FP = predicted, not in gold; FN = in gold, not predicted):");
        for (DocumentScore d : report.documents()) {
            out.println("== " + d.id());
            section("entities", d.entities());
            section("events", d.events());
            section("event arguments", d.arguments());
            section("relations", d.relations());
            section("relation since", d.relationSince());
        }
    }

    private void section(String name, Tally t) {
        if (t.falsePositives().isEmpty() && t.falseNegatives().isEmpty()) {
            return;
        }
        out.println("  " + name + ":");
        t.falsePositives().forEach(s -> out.println("    FP " + s));
        t.falseNegatives().forEach(s -> out.println("    FN " + s));
    }

    private void header() {
        out.printf(Locale.ROOT, "%-28s %7s %7s %7s %6s %6s %6s%n", "part", "P", "R", "F1", "tp", "fp", "fn");
    }

    private void row(String label, PrfCounts c) {
        out.printf(Locale.ROOT, "%-28s %7s %7s %7s %6d %6d %6d%n", label, fmt(c, c.precision()), fmt(c, c.recall()),
                fmt(c, c.f1()), c.tp(), c.fp(), c.fn());
    }

    /** A figure, or – when there was nothing to count (an HTML-only gold has no events: not 1.000). */
    static String fmt(PrfCounts c, double v) {
        return c.isEmpty() ? "–" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** One line per evaluated set (and per half of a larger set): the headline parts side by side. */
    public void printSummary(List<EvalReport> reports) {
        out.println();
        out.println("summary (F1; – = nothing to count):");
        out.printf(Locale.ROOT, "  %-30s %5s %8s %8s %8s %8s %8s %8s %8s%n", "set", "docs", "overall", "clean",
                "entity", "event", "args", "rel", "since");
        for (EvalReport r : reports) {
            out.printf(Locale.ROOT, "  %-30s %5d %8s %8s %8s %8s %8s %8s %8s%n", r.system(), r.documents().size(),
                    fmt(r.overall(), r.overall().f1()), fmt(r.cleaning(), r.cleaning().f1()),
                    f1(r.entities()), f1(r.events()), f1(r.arguments()), f1(r.relations()), f1(r.relationSince()));
        }
    }

    private static String f1(Tally t) {
        return fmt(t.total(), t.total().f1());
    }

    /**
     * Every part, type and role as Markdown rows with one F1 column per report (sets and halves side by side),
     * for the README: what the figures are, not how they were typed.
     */
    public void printMarkdown(List<EvalReport> reports) {
        out.print("| part |");
        reports.forEach(r -> out.print(" " + r.system() + " (" + r.documents().size() + ") |"));
        out.println();
        out.print("|---|");
        reports.forEach(r -> out.print("---|"));
        out.println();
        mdRow("**overall (headline)**", reports, EvalReport::overall);
        mdRow("cleaning", reports, EvalReport::cleaning);
        mdTally("entities", reports, EvalReport::entities);
        mdRow("entities untyped", reports, r -> r.untypedEntities().total());
        mdTally("events", reports, EvalReport::events);
        mdTally("event arguments", reports, EvalReport::arguments);
        mdRow("relations", reports, r -> r.relations().total());
        mdRow("relations · since", reports, r -> r.relationSince().total());
    }

    private void mdTally(String label, List<EvalReport> reports, java.util.function.Function<EvalReport, Tally> f) {
        mdRow(label, reports, r -> f.apply(r).total());
        java.util.SortedSet<String> keys = new java.util.TreeSet<>();
        reports.forEach(r -> keys.addAll(f.apply(r).byKey().keySet()));
        for (String k : keys) {
            mdRow("&nbsp;&nbsp;" + k, reports, r -> f.apply(r).byKey().getOrDefault(k, PrfCounts.ZERO));
        }
    }

    private void mdRow(String label, List<EvalReport> reports, java.util.function.Function<EvalReport, PrfCounts> f) {
        out.print("| " + label + " |");
        for (EvalReport r : reports) {
            PrfCounts c = f.apply(r);
            out.print(" " + fmt(c, c.f1()) + " |");
        }
        out.println();
    }
}
