package dev.newsie.store;

import dev.newsie.store.Table.Column;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The relational schema of the records (README "Records in a database"): seven tables keyed by the record's
 * {@code id} ({@code doc_id}) and the views users want first. The same SQL runs on DuckDB and PostgreSQL.
 * Dates stay strings: records give partial dates (2005, 2025-01) that a DATE column cannot hold.
 */
public final class StoreSchema {
    private static final String V = "VARCHAR";
    private static final String I = "INTEGER";

    public static final Table DOCUMENTS = new Table("documents", List.of(
            col("doc_id", V), col("uri", V), col("title", V), col("published", V), col("source", V), col("reporter", V),
            col("script", V), col("charset", V), col("body", V), col("text", V),
            col("source_file", V), col("source_line", "BIGINT")), List.of("doc_id"));
    public static final Table ENTITIES = new Table("entities", List.of(
            col("doc_id", V), col("entity_id", V), col("type", V), col("name", V), col("country", V)), List.of());
    public static final Table MENTIONS = new Table("mentions", List.of(
            col("doc_id", V), col("entity_id", V), col("mention_no", I), col("text", V),
            col("start_offset", I), col("end_offset", I), col("raw_start", I), col("raw_end", I)), List.of());
    public static final Table EVENTS = new Table("events", List.of(
            col("doc_id", V), col("event_id", V), col("type", V), col("name", V), col("theme", V), col("venue", V),
            col("event_date", V), col("start_date", V), col("end_date", V), col("location", V),
            col("countries", I), col("cities", I), col("delegations", I), col("attendees", I),
            col("agreement", V), col("title", V), col("award", V), col("part_of", V),
            col("evidence_start", I), col("evidence_end", I)), List.of());
    public static final Table EVENT_ROLES = new Table("event_roles", List.of(
            col("doc_id", V), col("event_id", V), col("role", V), col("value_no", I), col("value", V)), List.of());
    public static final Table RELATIONS = new Table("relations", List.of(
            col("doc_id", V), col("relation_no", I), col("type", V), col("party_a", V), col("party_b", V), col("since", V),
            col("evidence_start", I), col("evidence_end", I)), List.of());
    public static final Table RECORD_ERRORS = new Table("record_errors", List.of(
            col("doc_id", V), col("error_no", I), col("stage", V), col("reason", V)), List.of());

    /** Every table, parents first. */
    public static final List<Table> TABLES = List.of(DOCUMENTS, ENTITIES, MENTIONS, EVENTS, EVENT_ROLES, RELATIONS, RECORD_ERRORS);

    /** Views by name, in creation order (a view may use the ones before it). */
    public static final Map<String, String> VIEWS = views();

    private StoreSchema() {
    }

    private static Column col(String name, String type) {
        return new Column(name, type);
    }

    /** Every table and view name, as exported. */
    public static List<String> relationNames() {
        List<String> names = new ArrayList<>();
        TABLES.forEach(t -> names.add(t.name()));
        names.addAll(VIEWS.keySet());
        return names;
    }

    /** Creates what is missing and (re)defines the views; safe to run on every load. */
    public static void create(Connection c, Dialect dialect) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Table t : TABLES) {
                s.execute(t.createSql());
                // PostgreSQL finds a batch's old rows through an index; DuckDB scans its columns faster than it
                // maintains an ART index on every insert.
                if (dialect == Dialect.POSTGRESQL && t != DOCUMENTS) {
                    s.execute("CREATE INDEX IF NOT EXISTS " + t.name() + "_doc_id ON " + t.name() + " (doc_id)");
                }
            }
            for (Map.Entry<String, String> v : VIEWS.entrySet()) {
                s.execute("CREATE OR REPLACE VIEW " + v.getKey() + " AS " + v.getValue());
            }
        }
    }

    private static Map<String, String> views() {
        Map<String, String> v = new LinkedHashMap<>();
        // A place's type and country as most documents give them (a name can be typed differently in two articles).
        v.put("places", """
                SELECT name, type, country, documents FROM (
                  SELECT name, type, min(country) AS country, count(DISTINCT doc_id) AS documents,
                         row_number() OVER (PARTITION BY name ORDER BY count(DISTINCT doc_id) DESC, type) AS pick
                  FROM entities WHERE type IN ('CITY', 'PROVINCE', 'COUNTRY')
                  GROUP BY name, type) ranked
                WHERE pick = 1""");
        // One row per unordered pair of places: the earliest since, how many documents state it, the latest
        // signing of a sister-city agreement between the two.
        v.put("sister_city_network", """
                WITH stated AS (
                  SELECT least(party_a, party_b) AS place_a, greatest(party_a, party_b) AS place_b, since, doc_id
                  FROM relations WHERE type = 'SISTER_CITY'),
                signed AS (
                  SELECT least(a.value, b.value) AS place_a, greatest(a.value, b.value) AS place_b,
                         max(e.event_date) AS latest_signing
                  FROM events e
                  JOIN event_roles a ON a.doc_id = e.doc_id AND a.event_id = e.event_id AND a.role = 'parties'
                  JOIN event_roles b ON b.doc_id = e.doc_id AND b.event_id = e.event_id AND b.role = 'parties'
                                    AND a.value < b.value
                  WHERE e.type = 'SIGNING' AND e.agreement = 'SISTER_CITY'
                  GROUP BY least(a.value, b.value), greatest(a.value, b.value))
                SELECT s.place_a, s.place_b, min(s.since) AS earliest_since, count(DISTINCT s.doc_id) AS documents,
                       g.latest_signing
                FROM stated s LEFT JOIN signed g ON g.place_a = s.place_a AND g.place_b = s.place_b
                GROUP BY s.place_a, s.place_b, g.latest_signing
                ORDER BY s.place_a, s.place_b""");
        // Events with their places and dates, list roles joined with '; ': one flat sheet.
        v.put("events_flat", """
                SELECT e.doc_id, d.published, d.title AS document_title, e.event_id, e.type,
                       coalesce(e.name, e.title, e.award) AS label, e.agreement,
                       e.event_date, e.start_date, e.end_date, e.location, p.country AS location_country, e.venue,
                       r.parties, r.organizers, r.signatories, r.giver, r.recipients, r.topics, r.aliases,
                       e.theme, e.countries, e.cities, e.delegations, e.attendees,
                       e.part_of, f.name AS part_of_forum
                FROM events e
                JOIN documents d ON d.doc_id = e.doc_id
                LEFT JOIN places p ON p.name = e.location
                LEFT JOIN events f ON f.doc_id = e.doc_id AND f.event_id = e.part_of
                LEFT JOIN (
                  SELECT doc_id, event_id,
                         string_agg(value, '; ' ORDER BY value_no) FILTER (WHERE role = 'parties') AS parties,
                         string_agg(value, '; ' ORDER BY value_no) FILTER (WHERE role = 'organizers') AS organizers,
                         string_agg(value, '; ' ORDER BY value_no) FILTER (WHERE role = 'signatories') AS signatories,
                         string_agg(value, '; ' ORDER BY value_no) FILTER (WHERE role = 'giver') AS giver,
                         string_agg(value, '; ' ORDER BY value_no) FILTER (WHERE role = 'recipients') AS recipients,
                         string_agg(value, '; ' ORDER BY value_no) FILTER (WHERE role = 'topics') AS topics,
                         string_agg(value, '; ' ORDER BY value_no) FILTER (WHERE role = 'aliases') AS aliases
                  FROM event_roles GROUP BY doc_id, event_id) r ON r.doc_id = e.doc_id AND r.event_id = e.event_id""");
        // What failed and why, counted.
        v.put("error_summary", """
                SELECT stage, reason, count(DISTINCT doc_id) AS records
                FROM record_errors GROUP BY stage, reason""");
        return v;
    }
}
