package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** 通过交流探讨A、B等话题, 深入探讨了A、B等议题: the verbs before a topic list are no part of its first item (made-up sentences). */
class TopicsAfterAChainOfDiscussingVerbsTest {
    @Test
    void twoVerbsInARowStandBeforeTheList() {
        assertEquals(List.of("港口物流协同", "湿地保护修复", "边境旅游开发"),
                ForumTopics.topics("与会嘉宾通过交流探讨港口物流协同、湿地保护修复、边境旅游开发等话题,共商合作大计。"));
    }

    @Test
    void theAspectMarkerAfterTheVerbStandsBeforeTheList() {
        assertEquals(List.of("山区乡村振兴", "跨境电商合作"),
                ForumTopics.topics("与会代表深入探讨了山区乡村振兴、跨境电商合作等议题。"));
    }

    @Test
    void aSingleVerbStillOpensTheList() {
        assertEquals(List.of("山区乡村振兴", "跨境电商合作"),
                ForumTopics.topics("与会代表围绕山区乡村振兴、跨境电商合作等议题展开讨论。"));
    }
}
