package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Made-up sentence: 分为主论坛及A、B、C三个分论坛 names the main session before the counted parts; the count counts the
 * parts after it, and the main session is no part's title.
 */
class MainSessionBeforeCountedPartsIsNoTopicTest {
    @Test
    void theMainSessionIsDropped() {
        assertEquals(List.of("数字经济", "城市更新", "青年交流"),
                ForumTopics.topics("本届论坛分为主论坛及数字经济、城市更新、青年交流三个分论坛。"));
    }

    @Test
    void aListWithoutTheMainSessionIsUnchanged() {
        assertEquals(List.of("数字经济", "城市更新", "青年交流"),
                ForumTopics.topics("本届论坛设有数字经济、城市更新、青年交流三个分论坛。"));
    }
}
