package dev.newsie.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsie.model.ArticleRecord;
import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;
import dev.newsie.model.Event;
import dev.newsie.model.Mention;
import dev.newsie.model.Relation;
import dev.newsie.model.Span;
import dev.newsie.model.StageError;
import org.jsoup.nodes.Entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One record as HTML: the cleaned article with every entity mention highlighted by type (an element with
 * {@code data-entity-type} and the canonical name on hover), events as cards with their roles and evidence,
 * and the relations. Given a {@link Judgement}, predictions are marked correct or spurious and gold items
 * the record missed are listed. Reads the record only; shared by the live page and {@code newsie review}.
 */
public final class ArticleView {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Event fields shown in the card's heading or not at all, rather than as roles. */
    private static final List<String> NOT_ROLES = List.of("id", "type", "evidence");
    private static final int MAX_EVIDENCE_CHARS = 400;

    private ArticleView() {
    }

    /** The record as an HTML fragment; {@code judgement} may be null (no gold). */
    public static String render(ArticleRecord r, Judgement judgement) {
        StringBuilder h = new StringBuilder();
        h.append("<div class=\"record\" data-record-id=\"").append(esc(r.id())).append("\">\n");
        h.append("<h2>").append(esc(r.title() == null || r.title().isBlank() ? r.id() : r.title())).append("</h2>\n");
        h.append("<p class=\"meta\">").append(esc(meta(r))).append("</p>\n");
        if (!r.errors().isEmpty()) {
            h.append("<div class=\"error-box record-errors\"><strong>errors</strong><ul>");
            for (StageError e : r.errors()) {
                h.append("<li>").append(esc(e.stage())).append(": ").append(esc(e.reason())).append("</li>");
            }
            h.append("</ul></div>\n");
        }
        if (r.text() != null) {
            h.append(legend());
            h.append("<h3>Article</h3>\n<div class=\"article-text\">").append(highlighted(r, judgement)).append("</div>\n");
        }
        entities(h, r, judgement);
        events(h, r, judgement);
        relations(h, r, judgement);
        h.append("</div>\n");
        return h.toString();
    }

    private static String meta(ArticleRecord r) {
        List<String> parts = new ArrayList<>();
        parts.add(r.id());
        for (String s : new String[]{r.published(), r.source(), r.script(), r.charset(), r.uri()}) {
            if (s != null && !s.isBlank()) {
                parts.add(s);
            }
        }
        return String.join(" · ", parts);
    }

    private static String legend() {
        StringBuilder h = new StringBuilder("<p class=\"legend meta\">");
        for (EntityType t : EntityType.values()) {
            h.append("<span><mark class=\"ent\" data-entity-type=\"").append(t).append("\">").append(t).append("</mark></span>");
        }
        return h.append("</p>\n").toString();
    }

    /** The text with each mention wrapped; overlapping mentions (rare) keep the earlier, longer one. */
    static String highlighted(ArticleRecord r, Judgement judgement) {
        record Marked(Entity entity, Mention mention) {
        }
        String text = r.text();
        List<Marked> marks = new ArrayList<>();
        for (Entity e : r.entities()) {
            for (Mention m : e.mentions()) {
                if (m.start() >= 0 && m.end() <= text.length() && m.start() < m.end()) {
                    marks.add(new Marked(e, m));
                }
            }
        }
        marks.sort(Comparator.comparingInt((Marked m) -> m.mention().start())
                .thenComparing(m -> -m.mention().end()));
        StringBuilder h = new StringBuilder();
        int at = 0;
        for (Marked m : marks) {
            if (m.mention().start() < at) {
                continue;
            }
            h.append(esc(text.substring(at, m.mention().start())));
            Entity e = m.entity();
            String status = judgement == null ? "" : " " + judgement.entity(e).cssClass();
            h.append("<mark class=\"ent").append(status).append("\" data-entity-type=\"").append(e.type())
                    .append("\" data-entity-id=\"").append(esc(e.id())).append("\" data-name=\"").append(esc(e.name()))
                    .append("\" title=\"").append(esc(hover(e))).append("\">")
                    .append(esc(text.substring(m.mention().start(), m.mention().end()))).append("</mark>");
            at = m.mention().end();
        }
        h.append(esc(text.substring(at)));
        return h.toString();
    }

    private static String hover(Entity e) {
        return e.name() + " (" + e.type() + (e.country() == null ? "" : ", " + e.country()) + ")";
    }

    private static void entities(StringBuilder h, ArticleRecord r, Judgement j) {
        if (r.entities().isEmpty() && (j == null || j.missedEntities().isEmpty())) {
            return;
        }
        h.append("<h3>Entities (").append(r.entities().size()).append(")</h3>\n<p class=\"entities\">");
        for (Entity e : r.entities()) {
            h.append("<span class=\"chip").append(j == null ? "" : " " + j.entity(e).cssClass())
                    .append("\" data-entity-type=\"").append(e.type()).append("\" title=\"").append(esc(hover(e)))
                    .append("\"><span class=\"type-").append(e.type()).append("\">").append(e.type()).append("</span> ")
                    .append(esc(e.name())).append("</span>");
        }
        if (j != null) {
            for (String missed : j.missedEntities()) {
                h.append("<span class=\"chip missed\" title=\"in gold, not predicted\">").append(esc(missed)).append("</span>");
            }
        }
        h.append("</p>\n");
    }

    private static void events(StringBuilder h, ArticleRecord r, Judgement j) {
        if (r.events().isEmpty() && (j == null || j.missedEvents().isEmpty())) {
            return;
        }
        h.append("<h3>Events (").append(r.events().size()).append(")</h3>\n<div class=\"cards\">\n");
        for (Event e : r.events()) {
            card(h, r, e, j);
        }
        h.append("</div>\n");
        if (j != null && !j.missedEvents().isEmpty()) {
            h.append("<ul class=\"missed-events\">");
            for (String m : j.missedEvents()) {
                h.append("<li><span class=\"chip missed\">missed</span> ").append(esc(m)).append("</li>");
            }
            h.append("</ul>\n");
        }
    }

    @SuppressWarnings("unchecked")
    private static void card(StringBuilder h, ArticleRecord r, Event e, Judgement j) {
        Judgement.Status status = j == null ? null : j.event(e);
        h.append("<div class=\"event-card").append(status == null ? "" : " " + status.cssClass())
                .append("\" data-event-type=\"").append(e.type()).append("\" data-event-id=\"").append(esc(e.id())).append("\">");
        h.append("<h4>").append(e.type()).append(" <span class=\"meta\">").append(esc(e.id()))
                .append(status == null ? "" : " · " + status.cssClass()).append("</span></h4><dl>");
        Map<String, Object> roles = JSON.convertValue(e, LinkedHashMap.class);
        for (Map.Entry<String, Object> role : roles.entrySet()) {
            if (NOT_ROLES.contains(role.getKey())) {
                continue;
            }
            Object v = role.getValue();
            String value = v instanceof List<?> list ? String.join("、", list.stream().map(String::valueOf).toList()) : String.valueOf(v);
            h.append("<dt>").append(esc(role.getKey())).append("</dt><dd data-role=\"").append(esc(role.getKey()))
                    .append("\">").append(esc(value)).append("</dd>");
        }
        h.append("</dl>");
        if (e.evidence() != null && r.text() != null) {
            h.append("<blockquote class=\"evidence\">").append(evidence(r.text(), e.evidence())).append("</blockquote>");
        }
        if (j != null && status == Judgement.Status.CORRECT) {
            List<String> wrong = j.spuriousArguments(e), missed = j.missedArguments(e);
            if (!wrong.isEmpty() || !missed.isEmpty()) {
                h.append("<ul class=\"arg-errors\">");
                wrong.forEach(a -> h.append("<li><span class=\"chip spurious\">spurious</span> ").append(esc(a)).append("</li>"));
                missed.forEach(a -> h.append("<li><span class=\"chip missed\">missed</span> ").append(esc(a)).append("</li>"));
                h.append("</ul>");
            }
        }
        h.append("</div>\n");
    }

    /** The evidence span highlighted; a very long span is cut in the middle so the card stays readable. */
    private static String evidence(String text, Span span) {
        int start = Math.min(span.start(), text.length()), end = Math.min(span.end(), text.length());
        String s = text.substring(start, end).strip();
        if (s.length() > MAX_EVIDENCE_CHARS) {
            s = s.substring(0, MAX_EVIDENCE_CHARS / 2) + " … " + s.substring(s.length() - MAX_EVIDENCE_CHARS / 2);
        }
        return "<mark class=\"evidence\">" + esc(s) + "</mark>";
    }

    private static void relations(StringBuilder h, ArticleRecord r, Judgement j) {
        List<String> missed = j == null ? List.of() : j.missedRelations();
        if (r.relations().isEmpty() && missed.isEmpty()) {
            return;
        }
        h.append("<h3>Relations (").append(r.relations().size()).append(")</h3>\n<div class=\"table-wrap\"><table class=\"relations\">")
                .append("<tr><th>type</th><th>parties</th><th>since</th>").append(j == null ? "" : "<th>gold</th>").append("</tr>");
        for (Relation rel : r.relations()) {
            Judgement.Status status = j == null ? null : j.relation(rel);
            h.append("<tr class=\"relation").append(status == null ? "" : " " + status.cssClass()).append("\"><td>")
                    .append(esc(rel.type())).append("</td><td>").append(esc(String.join(" — ", rel.parties())))
                    .append("</td><td>").append(esc(rel.since() == null ? "" : rel.since())).append("</td>")
                    .append(status == null ? "" : "<td>" + status.cssClass() + "</td>").append("</tr>");
        }
        for (String m : missed) {
            h.append("<tr class=\"missed\"><td colspan=\"3\">").append(esc(m)).append("</td><td>missed</td></tr>");
        }
        h.append("</table></div>\n");
    }

    static String esc(String s) {
        return s == null ? "" : Entities.escape(s);
    }
}
