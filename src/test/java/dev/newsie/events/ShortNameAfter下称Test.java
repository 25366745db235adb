package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 甲论坛（下称乙论坛）: Taiwan reports introduce a short name with 下称, often unquoted (made-up sentences). */
class ShortNameAfter下称Test {
    private static final ForumNames names = new ForumNames(EventLexicon.load());

    @Test
    void theShortNameWithout下称FollowsTheFullName() {
        String s = "2026花莲横滨城市论坛（下称花横论坛）今日(9日)在花莲登场。";
        List<int[]> spans = names.find(s);
        List<String> found = spans.stream().map(sp -> s.substring(sp[0], sp[1])).toList();
        assertEquals(List.of("2026花莲横滨城市论坛", "花横论坛"), found);
        assertTrue(ForumNames.isShortNameAfter(s, spans.get(0), spans.get(1)));
    }
}
