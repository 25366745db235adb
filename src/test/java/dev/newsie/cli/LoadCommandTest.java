package dev.newsie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsie.store.CorpusRecords;
import dev.newsie.store.Database;
import dev.newsie.store.RecordLoader;
import dev.newsie.store.TestStores;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoadCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Record fields of an event and the events columns that hold them. */
    private static final Map<String, String> EVENT_COLUMNS = Map.ofEntries(Map.entry("type", "type"), Map.entry("name", "name"),
            Map.entry("theme", "theme"), Map.entry("venue", "venue"), Map.entry("date", "event_date"), Map.entry("start", "start_date"),
            Map.entry("end", "end_date"), Map.entry("location", "location"), Map.entry("countries", "countries"),
            Map.entry("cities", "cities"), Map.entry("delegations", "delegations"), Map.entry("attendees", "attendees"),
            Map.entry("agreement", "agreement"), Map.entry("title", "title"), Map.entry("award", "award"), Map.entry("partOf", "part_of"));

    /** Runs a newsie command in this JVM; returns exit status, stdout and stderr. */
    static String[] run(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = NewsieCommand.commandLine().execute(args);
            return new String[]{String.valueOf(code), o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** The rows of a query through {@code newsie sql --csv}, each as "v1|v2|…" (NULL and empty both empty). */
    private static Set<String> sql(String db, String query) throws Exception {
        String[] r = run("sql", "--db", db, "--csv", query);
        assertEquals("0", r[0], r[2]);
        Set<String> rows = new HashSet<>();
        for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(r[1]))) {
            rows.add(String.join("|", rec.values()));
        }
        return rows;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "" : n.asText();
    }

    @ParameterizedTest
    @ValueSource(strings = {"duckdb", "postgresql"})
    void corpusRecordsReadBackThroughSqlGiveTheSameEntitiesEventsAndRelations(String kind, @TempDir Path tmp) throws Exception {
        String db = TestStores.fresh(kind, tmp);
        Path records = CorpusRecords.file();
        String[] load = run("load", records.toString(), "--db", db);
        assertEquals("0", load[0], load[2]);

        Set<String> entities = new HashSet<>(), mentions = new HashSet<>(), events = new HashSet<>(), roles = new HashSet<>(), relations = new HashSet<>();
        long documents = 0;
        for (String line : Files.readAllLines(records)) {
            JsonNode r = JSON.readTree(line);
            String doc = r.get("id").asText();
            documents++;
            for (JsonNode e : r.get("entities")) {
                entities.add(String.join("|", doc, e.get("id").asText(), e.get("type").asText(), e.get("name").asText(), text(e.get("country"))));
                int n = 0;
                for (JsonNode m : e.get("mentions")) {
                    mentions.add(String.join("|", doc, e.get("id").asText(), String.valueOf(n++), m.get("text").asText(),
                            m.get("start").asText(), m.get("end").asText(), m.get("rawStart").asText(), m.get("rawEnd").asText()));
                }
            }
            for (JsonNode v : r.get("events")) {
                for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> f = it.next();
                    if (f.getValue().isArray()) {
                        for (int i = 0; i < f.getValue().size(); i++) {
                            roles.add(String.join("|", doc, v.get("id").asText(), f.getKey(), String.valueOf(i), f.getValue().get(i).asText()));
                        }
                    } else if (EVENT_COLUMNS.containsKey(f.getKey())) {
                        events.add(String.join("|", doc, v.get("id").asText(), EVENT_COLUMNS.get(f.getKey()), f.getValue().asText()));
                    }
                }
            }
            for (JsonNode rel : r.get("relations")) {
                relations.add(String.join("|", doc, rel.get("parties").get(0).asText(), rel.get("parties").get(1).asText(), text(rel.get("since"))));
            }
        }
        assertEquals(Set.of(String.valueOf(documents)), sql(db, "SELECT count(*) FROM documents"));
        assertEquals(entities, sql(db, "SELECT doc_id, entity_id, type, name, country FROM entities"));
        assertEquals(mentions, sql(db, "SELECT doc_id, entity_id, mention_no, text, start_offset, end_offset, raw_start, raw_end FROM mentions"));
        assertEquals(roles, sql(db, "SELECT doc_id, event_id, role, value_no, value FROM event_roles"));
        assertEquals(relations, sql(db, "SELECT doc_id, party_a, party_b, since FROM relations"));
        // Scalar roles: the events table unpivoted to (doc, event, column, value), NULLs dropped.
        StringBuilder unpivot = new StringBuilder();
        for (String col : new java.util.TreeSet<>(EVENT_COLUMNS.values())) {
            unpivot.append(unpivot.isEmpty() ? "" : " UNION ALL ").append("SELECT doc_id, event_id, '").append(col)
                    .append("' AS col, CAST(").append(col).append(" AS VARCHAR) AS v FROM events WHERE ").append(col).append(" IS NOT NULL");
        }
        assertEquals(events, sql(db, unpivot.toString()));
        assertFalse(entities.isEmpty() || events.isEmpty() || relations.isEmpty() || roles.isEmpty());
    }

    @Test
    void aBadLineIsReportedWithFileAndLineTheRestLoadsAndTheExitIsOne(@TempDir Path tmp) throws Exception {
        String db = tmp.resolve("s.duckdb").toString();
        List<String> lines = new ArrayList<>(Files.readAllLines(CorpusRecords.file()));
        lines.add(2, "this is not json");
        Path f = Files.write(tmp.resolve("r.jsonl"), lines);
        String[] r = run("load", f.toString(), "--db", db);
        assertEquals("1", r[0]);
        assertTrue(r[2].contains(f + ":3: not JSON"), r[2]);
        assertEquals(5, TestStores.count(db, "SELECT count(*) FROM documents"));
    }

    @Test
    void aDatabaseThatCannotBeReachedIsExitTwoWithOneLine(@TempDir Path tmp) {
        String[] r = run("load", CorpusRecords.file().toString(), "--db", "jdbc:postgresql://127.0.0.1:1/none?user=u&password=p");
        assertEquals("2", r[0]);
        assertEquals(1, r[2].strip().lines().count(), r[2]);
        assertTrue(r[2].startsWith("newsie load: cannot open jdbc:postgresql://127.0.0.1:1/none"), r[2]);
    }

    @Test
    void aMissingInputIsExitTwo(@TempDir Path tmp) {
        String[] r = run("load", tmp.resolve("none.jsonl").toString(), "--db", tmp.resolve("s.duckdb").toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("none.jsonl: no such file"), r[2]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"duckdb", "postgresql"})
    void aLoadKilledMidwayAndRerunEndsWithExactlyOneCopyOfEachDocument(String kind, @TempDir Path tmp) throws Exception {
        String db = TestStores.fresh(kind, tmp);
        int n = 300;
        Path big = CorpusRecords.repeated(tmp, n);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                NewsieCommand.class.getName(), "load", big.toString(), "--db", db, "--batch-size", "10", "--verbose")
                .redirectErrorStream(true).start();
        List<String> seen = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                seen.add(line);
                if (line.contains("batch 4:")) {
                    p.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no checkpoint
                    break;
                }
            }
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(seen.stream().anyMatch(l -> l.contains("batch 4:")), "the child never committed four batches: " + seen);
        assertTrue(seen.stream().noneMatch(l -> l.contains("loaded " + n + " records")), "the child finished before the kill");

        long afterKill = TestStores.count(db, "SELECT count(*) FROM documents");
        assertTrue(afterKill >= 40 && afterKill < n && afterKill % 10 == 0, "whole batches only: " + afterKill);
        assertEquals(0, TestStores.count(db, "SELECT count(*) FROM entities WHERE doc_id NOT IN (SELECT doc_id FROM documents)"));

        new RecordLoader(Database.of(db), 10, l -> { }).load(List.of(big), b -> { });
        assertEquals(n, TestStores.count(db, "SELECT count(*) FROM documents"));
        assertEquals(n, TestStores.count(db, "SELECT count(DISTINCT doc_id) FROM documents"));
        long entitiesPerCycle = 0;
        for (String line : Files.readAllLines(CorpusRecords.file())) {
            entitiesPerCycle += JSON.readTree(line).get("entities").size();
        }
        assertEquals(entitiesPerCycle * n / 5, TestStores.count(db, "SELECT count(*) FROM entities"));
    }
}
