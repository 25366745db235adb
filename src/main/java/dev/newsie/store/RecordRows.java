package dev.newsie.store;

import dev.newsie.model.ArticleRecord;
import dev.newsie.model.Entity;
import dev.newsie.model.Event;
import dev.newsie.model.Mention;
import dev.newsie.model.Relation;
import dev.newsie.model.Span;
import dev.newsie.model.StageError;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Turns one record into its rows of the {@link StoreSchema} tables. */
public final class RecordRows {
    private RecordRows() {
    }

    /** Writes every row of one record, the document row carrying the file and line it was read from. */
    public static void write(LoadedRecord loaded, RowSink sink) throws SQLException {
        ArticleRecord r = loaded.record();
        String doc = r.id();
        sink.add(StoreSchema.DOCUMENTS, doc, r.uri(), r.title(), r.published(), r.source(), r.reporter(), r.script(),
                r.charset(), r.body(), r.text(), loaded.file(), loaded.line());
        for (Entity e : r.entities()) {
            sink.add(StoreSchema.ENTITIES, doc, e.id(), e.type() == null ? null : e.type().name(), e.name(), e.country());
            int n = 0;
            for (Mention m : e.mentions()) {
                sink.add(StoreSchema.MENTIONS, doc, e.id(), n++, m.text(), m.start(), m.end(), m.rawStart(), m.rawEnd());
            }
        }
        for (Event v : r.events()) {
            Span ev = v.evidence();
            sink.add(StoreSchema.EVENTS, doc, v.id(), v.type() == null ? null : v.type().name(), v.name(), v.theme(),
                    v.venue(), v.date(), v.start(), v.end(), v.location(), v.countries(), v.cities(), v.delegations(),
                    v.attendees(), v.agreement(), v.title(), v.award(), v.partOf(),
                    ev == null ? null : ev.start(), ev == null ? null : ev.end());
            for (Map.Entry<String, List<String>> role : listRoles(v).entrySet()) {
                int n = 0;
                for (String value : role.getValue()) {
                    sink.add(StoreSchema.EVENT_ROLES, doc, v.id(), role.getKey(), n++, value);
                }
            }
        }
        int n = 0;
        for (Relation rel : r.relations()) {
            Span ev = rel.evidence();
            sink.add(StoreSchema.RELATIONS, doc, n++, rel.type(), rel.parties().get(0), rel.parties().get(1), rel.since(),
                    ev == null ? null : ev.start(), ev == null ? null : ev.end());
        }
        n = 0;
        for (StageError err : r.errors()) {
            sink.add(StoreSchema.RECORD_ERRORS, doc, n++, err.stage(), err.reason());
        }
    }

    /** The list-valued roles of GOLD.md §3 that the event has, in EventType.LIST_ROLES order. */
    static Map<String, List<String>> listRoles(Event v) {
        Map<String, List<String>> roles = new java.util.LinkedHashMap<>();
        put(roles, "aliases", v.aliases());
        put(roles, "organizers", v.organizers());
        put(roles, "topics", v.topics());
        put(roles, "parties", v.parties());
        put(roles, "signatories", v.signatories());
        put(roles, "giver", v.giver());
        put(roles, "recipients", v.recipients());
        return roles;
    }

    private static void put(Map<String, List<String>> roles, String role, List<String> values) {
        if (values != null && !values.isEmpty()) {
            roles.put(role, values);
        }
    }
}
