package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Taiwan reports give a forum's theme as its 主轴 (以「X」为主轴) and its parts as 场次 (sessions) or 子题 (sub-topics)
 * (made-up sentences, in the Simplified form the events stage reads).
 */
class TaiwanWordsForThemeAndPartsTest {
    @Test
    void theMainAxisIsTheTheme() {
        assertEquals("韧性港都", ForumTopics.theme("论坛以「韧性港都」为主轴，邀请多国城市首长分享经验。"));
        assertEquals("绿色交通", ForumTopics.theme("今年论坛主轴为「绿色交通」。"));
    }

    @Test
    void quotedSessionsAreTopics() {
        assertEquals(List.of("低碳建筑", "长者照护", "文化观光"),
                ForumTopics.topics("论坛分为「低碳建筑」、「长者照护」及「文化观光」三个场次。"));
    }

    @Test
    void countedSubTopicsAreTopics() {
        assertEquals(List.of("渔港再生", "湿地保育", "社区营造"),
                ForumTopics.topics("论坛分为渔港再生、湿地保育与社区营造三大子题。"));
    }
}
