package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a verb governs what follows it in its own clause, not past a comma or full stop. */
class ClauseBeforeTest {
    @Test
    void aVerbEarlierInTheSameClauseIsFound() {
        String text = "客人参观了甲楼、乙寺。";
        assertTrue(ClauseBefore.holdsAny(text, text.indexOf("乙寺"), List.of("参观")));
    }

    @Test
    void aVerbInAnEarlierClauseIsNot() {
        String text = "客人参观了工厂，王某介绍了情况。";
        assertFalse(ClauseBefore.holdsAny(text, text.indexOf("王某"), List.of("参观")));
    }
}
