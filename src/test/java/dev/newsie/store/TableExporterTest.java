package dev.newsie.store;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TableExporterTest {
    @ParameterizedTest
    @ValueSource(strings = {"duckdb", "postgresql"})
    void everyTableAndViewAsCsvWithHeaderAndTheSameRows(String kind, @TempDir Path tmp) throws Exception {
        String db = TestStores.fresh(kind, tmp);
        new RecordLoader(Database.of(db), 500, l -> { }).load(List.of(CorpusRecords.file()), b -> { });
        Path out = tmp.resolve("csv");
        try (Connection c = Database.of(db).connectExisting()) {
            assertEquals(StoreSchema.relationNames().size(), TableExporter.export(Database.of(db), c, TableExporter.Format.CSV, out).size());
        }
        for (String name : StoreSchema.relationNames()) {
            try (Reader r = Files.newBufferedReader(out.resolve(name + ".csv"), StandardCharsets.UTF_8)) {
                List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get().parse(r).getRecords();
                assertEquals(TestStores.count(db, "SELECT count(*) FROM " + name), rows.size(), name);
            }
        }
        // Bodies hold newlines, commas and quotes: they must come back byte for byte.
        try (Reader r = Files.newBufferedReader(out.resolve("documents.csv"), StandardCharsets.UTF_8)) {
            CSVRecord first = CSVFormat.RFC4180.builder().setHeader().get().parse(r).getRecords().get(0);
            try (Connection c = Database.of(db).connectExisting(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT body FROM documents WHERE doc_id = '" + first.get("doc_id") + "'")) {
                rs.next();
                assertEquals(rs.getString(1), first.get("body"));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"duckdb", "postgresql"})
    void everyTableAndViewAsParquetThatDuckDbReadsBack(String kind, @TempDir Path tmp) throws Exception {
        String db = TestStores.fresh(kind, tmp);
        new RecordLoader(Database.of(db), 500, l -> { }).load(List.of(CorpusRecords.file()), b -> { });
        Path out = tmp.resolve("parquet");
        try (Connection c = Database.of(db).connectExisting()) {
            TableExporter.export(Database.of(db), c, TableExporter.Format.PARQUET, out);
        }
        try (Connection reader = DriverManager.getConnection("jdbc:duckdb:"); Statement s = reader.createStatement()) {
            for (String name : StoreSchema.relationNames()) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM read_parquet('" + out.resolve(name + ".parquet") + "')")) {
                    rs.next();
                    assertEquals(TestStores.count(db, "SELECT count(*) FROM " + name), rs.getLong(1), name);
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT sum(documents) FROM read_parquet('" + out.resolve("sister_city_network.parquet") + "')")) {
                rs.next();
                assertEquals(TestStores.count(db, "SELECT count(*) FROM (SELECT DISTINCT doc_id, least(party_a, party_b), "
                        + "greatest(party_a, party_b) FROM relations) pairs"), rs.getLong(1));
            }
        }
    }
}
