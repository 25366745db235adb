package dev.newsie.cli;

import dev.newsie.store.CorpusRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqlCommandTest {
    @Test
    void printsAnAlignedTableOrCsv(@TempDir Path tmp) {
        String db = tmp.resolve("s.duckdb").toString();
        assertEquals("0", LoadCommandTest.run("load", CorpusRecords.file().toString(), "--db", db)[0]);
        String[] table = LoadCommandTest.run("sql", "--db", db, "SELECT count(*) AS n FROM documents");
        assertEquals("0", table[0], table[2]);
        assertEquals("n\n-\n5\n(1 row)\n", table[1].replace("\r", ""));
        String[] csv = LoadCommandTest.run("sql", "--db", db, "--csv", "SELECT place_a, place_b FROM sister_city_network WHERE place_b = '科克'");
        assertEquals("place_a,place_b\r\n上海,科克\r\n", csv[1]);
    }

    @Test
    void aBadStatementIsExitOneWithTheDatabasesMessage(@TempDir Path tmp) {
        String db = tmp.resolve("s.duckdb").toString();
        LoadCommandTest.run("load", CorpusRecords.file().toString(), "--db", db);
        String[] r = LoadCommandTest.run("sql", "--db", db, "SELECT * FROM no_such_table");
        assertEquals("1", r[0]);
        assertTrue(r[2].contains("no_such_table"), r[2]);
    }

    @Test
    void aMissingDatabaseIsExitTwo(@TempDir Path tmp) {
        String[] r = LoadCommandTest.run("sql", "--db", tmp.resolve("none.duckdb").toString(), "SELECT 1");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("no such database"), r[2]);
    }
}
