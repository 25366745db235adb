package dev.newsie.pipeline;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageKeysTest {
    @Test
    void repeatedIdsGetNumberedKeysAndRealIdsAreNotTaken() {
        PageKeys k = new PageKeys();
        assertEquals(List.of("x", "x~2", "x~3", "x~4", "y", "page", "page~2"),
                Stream.of("x", "x", "x~3", "x", "y", "", " ").map(k::unique).toList());
    }

    @Test
    void sameInputsGiveSameKeys() {
        List<String> ids = List.of("a", "b", "a", "a~2", "a");
        PageKeys first = new PageKeys(), second = new PageKeys();
        assertEquals(ids.stream().map(first::unique).toList(), ids.stream().map(second::unique).toList());
    }
}
