package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** 议题聚焦A、B和C / 议题集中于A、B: the word for topics, then 聚焦 or 集中于, labels the list as 议题包括 does (made-up sentences). */
class TopicsTheAgendaFocusesOnTest {
    @Test
    void theAgendaFocusesOnAList() {
        assertEquals(List.of("港口物流", "跨境电商", "人才交流"), ForumTopics.topics("本届峰会议题聚焦港口物流、跨境电商和人才交流。"));
        assertEquals(List.of("港口物流", "跨境电商"), ForumTopics.topics("论坛议题集中于港口物流、跨境电商。"));
    }
}
