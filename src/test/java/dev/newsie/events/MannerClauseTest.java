package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up signings whose medium is a clause of its own, between the sides and the verb. */
class MannerClauseTest {
    @Test
    void aVideoClauseBetweenCommasIsOnlyTheMedium() {
        assertTrue(MannerClause.isManner("以视讯方式"));
        assertTrue(MannerClause.isManner("透过越洋视讯"));
        assertTrue(MannerClause.isManner("通过视频连线的方式"));
        assertFalse(MannerClause.isManner("双方以视讯方式"));
        assertFalse(MannerClause.isManner("在市政府"));
    }

    @Test
    void theSidesBeforeAVideoClauseSign() {
        String text = "竹东镇长王大明今天与美国蒙大拿州州长,以视讯方式,共同签署姐妹城市协定,蒙大拿成为竹东镇第三个姊妹市。";
        Set<Set<String>> p = partySets(signings(run(text, "2023-06-09")));
        assertTrue(p.contains(Set.of("竹东镇", "蒙大拿")), p.toString() + entities(text));
    }

    @Test
    void theSidesBeforeAClauseSettingTheSceneSign() {
        assertTrue(MannerClause.isManner("在唐人街中华会馆举行线上会议"));
        assertFalse(MannerClause.isManner("在唐人街中华会馆"));
        String text = "温哥华市长王丽华与广州市长陈建国,在唐人街中华会馆举行线上会议,签署两市友好合作备忘录。";
        Set<Set<String>> p = partySets(signings(run(text, "2024-07-24")));
        assertTrue(p.contains(Set.of("温哥华", "广州")), p.toString());
    }
}
