package dev.newsie.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StageTest {
    private static Stage<String, Integer> stage(java.util.function.Function<String, Integer> f) {
        return new Stage<>() {
            @Override
            public String name() {
                return "clean";
            }

            @Override
            public Integer apply(String input) {
                return f.apply(input);
            }
        };
    }

    @Test
    void unexpectedFailureBecomesAnErrorOfThatStage() {
        StageException e = assertThrows(StageException.class, () -> stage(s -> Integer.parseInt(s)).run("x"));
        assertEquals("clean", e.stage());
        assertTrue(e.getMessage().contains("NumberFormatException"), e.getMessage());
    }

    @Test
    void stageExceptionsPassThroughUnchanged() {
        StageException original = new StageException("decode", "empty page");
        StageException e = assertThrows(StageException.class, () -> stage(s -> {
            throw original;
        }).run("x"));
        assertSame(original, e);
    }

    @Test
    void resultIsReturned() {
        assertEquals(42, stage(Integer::parseInt).run("42"));
    }
}
