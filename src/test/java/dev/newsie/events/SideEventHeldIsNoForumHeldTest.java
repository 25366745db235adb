package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a banquet or reception held on a forum's eve tells nothing of the forum's own holding. */
class SideEventHeldIsNoForumHeldTest {
    private final ForumSentences sentences = new ForumSentences(EventLexicon.load());

    @Test
    void aBanquetHeldIsNoForumHeld() {
        assertFalse(sentences.reportsHeld("图:「2019青河海港城市论坛」在青河大饭店举行迎宾晚宴,双方互赠礼物。"));
        assertFalse(sentences.reportsHeld("论坛主办方昨晚举办欢迎酒会。"));
    }

    @Test
    void theForumItselfHeldStillIs() {
        assertTrue(sentences.reportsHeld("2019青河海港城市论坛今天在青河举行,并举行签约仪式。"));
        assertTrue(sentences.reportsHeld("论坛在青河大饭店举行。"));
    }
}
