package dev.newsie.report;

import dev.newsie.eval.DocumentScore;
import dev.newsie.eval.PrfCounts;
import dev.newsie.model.ArticleRecord;
import dev.newsie.model.Relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A whole run as one self-contained HTML file ({@code newsie review}): an index of the documents (with their
 * scores when gold is given), the sister-city network of the run, and each document with its predictions,
 * marked against gold where there is gold.
 *
 * @param source      what the records were read from, for the heading
 * @param records     the run's records in input order
 * @param judgements  gold comparison per record id; empty without gold
 * @param notes       problems worth a reader's attention (unreadable lines, gold documents with no record)
 */
public record ReviewReport(String source, List<ArticleRecord> records, Map<String, Judgement> judgements, List<String> notes) {
    public ReviewReport {
        records = List.copyOf(records);
        judgements = Map.copyOf(judgements);
        notes = List.copyOf(notes);
    }

    public String html() {
        StringBuilder h = new StringBuilder(ReviewStyle.head("newsie review: " + source));
        h.append("<header class=\"top\"><h1>newsie review</h1><p class=\"meta\">").append(ArticleView.esc(source))
                .append(" · ").append(records.size()).append(" documents")
                .append(judgements.isEmpty() ? "" : " · scored against gold for " + judgements.size()).append("</p></header>\n");
        if (!notes.isEmpty()) {
            h.append("<div class=\"error-box notes\"><ul>");
            notes.forEach(n -> h.append("<li>").append(ArticleView.esc(n)).append("</li>"));
            h.append("</ul></div>\n");
        }
        if (!judgements.isEmpty()) {
            totals(h);
        }
        index(h);
        List<Relation> relations = new ArrayList<>();
        records.forEach(r -> relations.addAll(r.relations()));
        h.append("<h2 id=\"network\">Sister-city network</h2>\n").append(NetworkSvg.render(relations)).append('\n');
        for (ArticleRecord r : records) {
            h.append("<section class=\"doc\" id=\"").append(anchor(r.id())).append("\">\n")
                    .append(ArticleView.render(r, judgements.get(r.id())))
                    .append("<p class=\"meta\"><a href=\"#index\">back to the index</a></p></section>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    private void totals(StringBuilder h) {
        PrfCounts entities = PrfCounts.ZERO, arguments = PrfCounts.ZERO, relationsCount = PrfCounts.ZERO, overall = PrfCounts.ZERO;
        for (Judgement j : judgements.values()) {
            DocumentScore s = j.score();
            entities = entities.plus(s.entities().total());
            arguments = arguments.plus(s.arguments().total());
            relationsCount = relationsCount.plus(s.relations().total());
            overall = overall.plus(s.overall());
        }
        h.append("<h2>Scores against gold (micro)</h2>\n<div class=\"table-wrap\"><table class=\"totals\"><tr><th>part</th>"
                + "<th>P</th><th>R</th><th>F1</th><th>tp</th><th>fp</th><th>fn</th></tr>");
        row(h, "overall (headline)", overall);
        row(h, "entities", entities);
        row(h, "event arguments", arguments);
        row(h, "relations", relationsCount);
        h.append("</table></div>\n");
    }

    private static void row(StringBuilder h, String name, PrfCounts c) {
        h.append("<tr><td>").append(name).append("</td>").append(String.format(Locale.ROOT,
                "<td class=\"num\">%.3f</td><td class=\"num\">%.3f</td><td class=\"num\">%.3f</td>"
                        + "<td class=\"num\">%d</td><td class=\"num\">%d</td><td class=\"num\">%d</td>",
                c.precision(), c.recall(), c.f1(), c.tp(), c.fp(), c.fn())).append("</tr>");
    }

    private void index(StringBuilder h) {
        boolean gold = !judgements.isEmpty();
        h.append("<h2 id=\"index\">Documents</h2>\n<div class=\"table-wrap\"><table class=\"index\"><tr><th>id</th><th>title</th>"
                + "<th>entities</th><th>events</th><th>relations</th><th>errors</th>")
                .append(gold ? "<th>P</th><th>R</th><th>F1</th>" : "").append("</tr>");
        for (ArticleRecord r : records) {
            h.append("<tr class=\"doc-row\"><td><a href=\"#").append(anchor(r.id())).append("\">").append(ArticleView.esc(r.id()))
                    .append("</a></td><td>").append(ArticleView.esc(r.title())).append("</td>")
                    .append(String.format(Locale.ROOT, "<td class=\"num\">%d</td><td class=\"num\">%d</td><td class=\"num\">%d</td><td class=\"num\">%d</td>",
                            r.entities().size(), r.events().size(), r.relations().size(), r.errors().size()));
            if (gold) {
                Judgement j = judgements.get(r.id());
                if (j == null) {
                    h.append("<td colspan=\"3\" class=\"meta\">no gold</td>");
                } else {
                    PrfCounts o = j.score().overall();
                    h.append(String.format(Locale.ROOT, "<td class=\"num\">%.3f</td><td class=\"num\">%.3f</td><td class=\"num score\">%.3f</td>",
                            o.precision(), o.recall(), o.f1()));
                }
            }
            h.append("</tr>");
        }
        h.append("</table></div>\n");
    }

    /** An element id for a document id (HTML ids may hold anything but whitespace). */
    static String anchor(String id) {
        return "doc-" + ArticleView.esc(id == null ? "" : id.replaceAll("\\s", "_"));
    }
}
