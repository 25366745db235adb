package dev.newsie.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordLoaderTest {
    private static final String COUNTS = "SELECT (SELECT count(*) FROM documents) * 1000000000 + (SELECT count(*) FROM entities) * 1000000"
            + " + (SELECT count(*) FROM mentions) * 1000 + (SELECT count(*) FROM events) + (SELECT count(*) FROM event_roles) * 7"
            + " + (SELECT count(*) FROM relations) * 13 + (SELECT count(*) FROM record_errors) * 17";

    private static LoadSummary load(String db, int batch, Path... files) {
        return new RecordLoader(Database.of(db), batch, line -> { }).load(List.of(files), b -> { });
    }

    private static String record(String id, String... cities) {
        StringBuilder ents = new StringBuilder();
        for (int i = 0; i < cities.length; i++) {
            ents.append(i == 0 ? "" : ",").append("{\"id\":\"e").append(i).append("\",\"type\":\"CITY\",\"name\":\"").append(cities[i])
                    .append("\",\"mentions\":[{\"text\":\"").append(cities[i]).append("\",\"start\":0,\"end\":2,\"rawStart\":5,\"rawEnd\":7}]}");
        }
        return "{\"id\":\"" + id + "\",\"title\":\"t\",\"entities\":[" + ents + "],\"events\":[],\"relations\":[],\"errors\":[]}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"duckdb", "postgresql"})
    void loadingTheSameFileTwiceChangesNoCount(String kind, @TempDir Path tmp) {
        String db = TestStores.fresh(kind, tmp);
        LoadSummary first = load(db, 2, CorpusRecords.file());
        assertEquals(5, first.records());
        assertEquals(3, first.batches());
        long counts = TestStores.count(db, COUNTS);
        load(db, 2, CorpusRecords.file());
        assertEquals(counts, TestStores.count(db, COUNTS));
        assertEquals(5, TestStores.count(db, "SELECT count(*) FROM documents"));
        assertTrue(TestStores.count(db, "SELECT count(*) FROM mentions") > 100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"duckdb", "postgresql"})
    void aNewerRecordReplacesTheOldOneWholeAcrossAndWithinBatches(String kind, @TempDir Path tmp) throws Exception {
        String db = TestStores.fresh(kind, tmp);
        Path old = Files.writeString(tmp.resolve("old.jsonl"), record("a", "上海", "科克", "雅典") + "\n" + record("b", "南京") + "\n");
        load(db, 10, old);
        assertEquals(4, TestStores.count(db, "SELECT count(*) FROM entities"));
        Path newer = Files.writeString(tmp.resolve("new.jsonl"), record("a", "上海", "科克") + "\n" + record("a", "西安") + "\n");
        load(db, 10, newer);
        assertEquals(2, TestStores.count(db, "SELECT count(*) FROM documents"));
        assertEquals(1, TestStores.count(db, "SELECT count(*) FROM entities WHERE doc_id = 'a'"));
        assertEquals(1, TestStores.count(db, "SELECT count(*) FROM mentions WHERE doc_id = 'a'"));
        assertEquals(1, TestStores.count(db, "SELECT count(*) FROM entities WHERE doc_id = 'a' AND name = '西安'"));
        assertEquals(1, TestStores.count(db, "SELECT count(*) FROM entities WHERE doc_id = 'b'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"duckdb", "postgresql"})
    void errorRecordsAreLoadedSoFailuresCanBeCounted(String kind, @TempDir Path tmp) throws Exception {
        String db = TestStores.fresh(kind, tmp);
        Path f = Files.writeString(tmp.resolve("r.jsonl"), String.join("\n",
                "{\"id\":\"x\",\"uri\":\"file:x.html\",\"entities\":[],\"events\":[],\"relations\":[],\"errors\":[{\"stage\":\"decode\",\"reason\":\"not Chinese\"}]}",
                "{\"id\":\"y\",\"uri\":\"file:y.html\",\"entities\":[],\"events\":[],\"relations\":[],\"errors\":[{\"stage\":\"decode\",\"reason\":\"not Chinese\"}]}",
                record("z", "上海")) + "\n");
        LoadSummary s = load(db, 500, f);
        assertEquals(2, s.withErrors());
        assertEquals(3, TestStores.count(db, "SELECT count(*) FROM documents"));
        assertEquals(2, TestStores.count(db, "SELECT records FROM error_summary WHERE stage = 'decode' AND reason = 'not Chinese'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"duckdb", "postgresql"})
    void badLinesAreSkippedAndTheRestLoads(String kind, @TempDir Path tmp) throws Exception {
        String db = TestStores.fresh(kind, tmp);
        Path f = Files.writeString(tmp.resolve("r.jsonl"), record("a", "上海") + "\n{oops\n" + record("b", "南京") + "\n");
        List<BadLine> bad = new ArrayList<>();
        LoadSummary s = new RecordLoader(Database.of(db), 500, line -> { }).load(List.of(f), bad::add);
        assertEquals(1, bad.size());
        assertEquals(2, bad.get(0).line());
        assertEquals(bad, s.badLines());
        assertEquals(2, TestStores.count(db, "SELECT count(*) FROM documents"));
    }

    @Test
    void aBatchThatFailsLeavesTheDatabaseAsItWasBeforeIt(@TempDir Path tmp) throws Exception {
        String db = TestStores.fresh("duckdb", tmp);
        load(db, 10, Files.writeString(tmp.resolve("a.jsonl"), record("a", "上海") + "\n"));
        // A CHECK the second batch's new document breaks: the batch fails after it has deleted document a's rows.
        try (var c = Database.of(db).connect(); var s = c.createStatement()) {
            s.execute("CREATE TABLE entities_copy AS SELECT * FROM entities");
            s.execute("DROP VIEW events_flat");
            s.execute("DROP VIEW places");
            s.execute("DROP TABLE entities");
            s.execute("CREATE TABLE entities (doc_id VARCHAR NOT NULL, entity_id VARCHAR, type VARCHAR, "
                    + "name VARCHAR CHECK (length(name) < 5), country VARCHAR)");
            s.execute("INSERT INTO entities SELECT * FROM entities_copy");
            s.execute("DROP TABLE entities_copy");
        }
        Path bad = Files.writeString(tmp.resolve("b.jsonl"), record("a", "西安") + "\n" + record("b", "非常长的一个城市名字") + "\n");
        StoreException e = assertThrows(StoreException.class, () -> load(db, 10, bad));
        assertTrue(e.getMessage().contains("b.jsonl"), e.getMessage());
        assertEquals(1, TestStores.count(db, "SELECT count(*) FROM documents"));
        assertEquals(1, TestStores.count(db, "SELECT count(*) FROM entities WHERE doc_id = 'a' AND name = '上海'"));
    }
}
