package dev.newsie.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Settings that cannot work are refused before any model loads or port opens. */
class ServeCommandTest {
    @Test
    void unknownBackendIsAUsageError() {
        assertEquals(NewsieCommand.EXIT_USAGE, NewsieCommand.commandLine().execute("serve", "--ner", "spacy", "--port", "0"));
    }

    @Test
    void zeroThreadsIsAUsageError() {
        assertEquals(NewsieCommand.EXIT_USAGE, NewsieCommand.commandLine().execute("serve", "--threads", "0", "--port", "0"));
    }

    @Test
    void portOutOfRangeIsAUsageError() {
        assertEquals(NewsieCommand.EXIT_USAGE, NewsieCommand.commandLine().execute("serve", "--port", "70000"));
    }
}
