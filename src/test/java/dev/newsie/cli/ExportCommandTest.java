package dev.newsie.cli;

import dev.newsie.store.CorpusRecords;
import dev.newsie.store.StoreSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportCommandTest {
    @Test
    void writesCsvParquetAndGraphMlIntoTheDirectory(@TempDir Path tmp) throws Exception {
        String db = tmp.resolve("s.duckdb").toString();
        assertEquals("0", LoadCommandTest.run("load", CorpusRecords.file().toString(), "--db", db)[0]);
        Path out = tmp.resolve("out");
        String[] r = LoadCommandTest.run("export", "--db", db, "--format", "csv,parquet,graphml", "--out", out.toString());
        assertEquals("0", r[0], r[2]);
        for (String name : StoreSchema.relationNames()) {
            assertTrue(Files.size(out.resolve(name + ".csv")) > 0, name);
            assertTrue(Files.size(out.resolve(name + ".parquet")) > 0, name);
        }
        String graphml = Files.readString(out.resolve("sister_city_network.graphml"));
        assertTrue(graphml.contains("<graphml") && graphml.contains("科克"), graphml.substring(0, Math.min(300, graphml.length())));
    }

    @Test
    void anUnknownFormatIsExitTwo(@TempDir Path tmp) {
        String[] r = LoadCommandTest.run("export", "--db", tmp.resolve("s.duckdb").toString(), "--format", "xlsx", "--out", tmp.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("xlsx"), r[2]);
    }
}
