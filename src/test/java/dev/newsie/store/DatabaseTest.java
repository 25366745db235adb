package dev.newsie.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseTest {
    @Test
    void aPathIsADuckDbFileAndTheDefaultIsNewsieDuckdbHere() {
        Database d = Database.of(null);
        assertEquals(Dialect.DUCKDB, d.dialect());
        assertEquals("jdbc:duckdb:newsie.duckdb", d.url());
        assertEquals(Path.of("out/x.duckdb"), Database.of("out/x.duckdb").duckDbFile());
        assertEquals(Path.of("x.duckdb"), Database.of("jdbc:duckdb:x.duckdb").duckDbFile());
        assertNull(Database.of("jdbc:duckdb:").duckDbFile());
    }

    @Test
    void aPostgresUrlIsPostgresAndItsPasswordIsNotShown() {
        Database d = Database.of("jdbc:postgresql://h/db?user=u&password=secret");
        assertEquals(Dialect.POSTGRESQL, d.dialect());
        assertFalse(d.describe().contains("secret"));
    }

    @Test
    void anotherJdbcUrlIsRefusedWithTheKindsItTakes() {
        StoreException e = assertThrows(StoreException.class, () -> Database.of("jdbc:mysql://h/db"));
        assertTrue(e.getMessage().contains("jdbc:postgresql"), e.getMessage());
    }

    @Test
    void queryingAMissingDuckDbFileSaysToLoadFirstAndCreatesNothing(@TempDir Path tmp) {
        Path f = tmp.resolve("none.duckdb");
        StoreException e = assertThrows(StoreException.class, () -> Database.of(f.toString()).connectExisting());
        assertTrue(e.getMessage().contains("newsie load"), e.getMessage());
        assertFalse(Files.exists(f));
    }

    @Test
    void aFileThatIsNoDatabaseIsOneLineNamingIt(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("notes.duckdb"), "these are notes, not a database\n".repeat(200));
        StoreException e = assertThrows(StoreException.class, () -> Database.of(f.toString()).connect());
        assertTrue(e.getMessage().contains("notes.duckdb"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void anUnreachableServerIsOneLineNamingIt() {
        StoreException e = assertThrows(StoreException.class,
                () -> Database.of("jdbc:postgresql://127.0.0.1:1/none?user=u&password=p").connect());
        assertTrue(e.getMessage().contains("127.0.0.1:1"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
