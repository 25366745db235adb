package dev.newsie.canon;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BoundedMemoTest {
    @Test
    void computesEachNameOnceWhileRemembered() {
        List<String> asked = new ArrayList<>();
        BoundedMemo memo = new BoundedMemo(s -> {
            asked.add(s);
            return s + "市";
        }, 10);
        assertEquals("甲城市", memo.apply("甲城"));
        assertEquals("甲城市", memo.apply("甲城"));
        assertEquals("乙镇市", memo.apply("乙镇"));
        assertEquals(List.of("甲城", "乙镇"), asked);
    }

    @Test
    void forgetsEverythingOnceFullAndStillAnswersAlike() {
        List<String> asked = new ArrayList<>();
        BoundedMemo memo = new BoundedMemo(s -> {
            asked.add(s);
            return s.toUpperCase();
        }, 2);
        memo.apply("a");
        memo.apply("b");
        assertEquals("C", memo.apply("c")); // the third name empties the memo before it is kept
        assertEquals(1, memo.size());
        assertEquals("A", memo.apply("a"));
        assertEquals(List.of("a", "b", "c", "a"), asked);
    }

    @Test
    void rejectsALimitBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> new BoundedMemo(s -> s, 0));
    }
}
