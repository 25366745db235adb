package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reports name a forum's parts with 专题, 单元, 分会 and 环节 too, and list its topics after 议题涉及 (made-up sentences). */
class OtherWordsForAForumsPartsTest {
    @Test
    void countedSpecialTopics() {
        assertEquals(List.of("港口物流协作", "青年人才交流", "乡村文旅振兴"),
                ForumTopics.topics("本届大会下设港口物流协作、青年人才交流和乡村文旅振兴三个专题。"));
    }

    @Test
    void quotedUnitsAndSessions() {
        assertEquals(List.of("港口物流协作", "青年人才交流"), ForumTopics.topics("论坛设“港口物流协作”“青年人才交流”两个单元。"));
        assertEquals(List.of("港口物流协作", "青年人才交流"), ForumTopics.topics("会议分为“港口物流协作”和“青年人才交流”两个环节。"));
        assertEquals(List.of("港口物流协作", "青年人才交流"), ForumTopics.topics("大会设有“港口物流协作”“青年人才交流”两个分会。"));
    }

    @Test
    void topicsAfter涉及() {
        assertEquals(List.of("港口物流协作", "青年人才交流", "乡村文旅振兴"),
                ForumTopics.topics("本次论坛议题涉及港口物流协作、青年人才交流、乡村文旅振兴等。"));
    }

    @Test
    void aProgrammeOfSessionsIsNoTopicList() {
        assertEquals(List.of(), ForumTopics.topics("论坛包括主旨演讲、圆桌对话和项目签约三个环节。"));
    }

    @Test
    void aTalkOnAThemeIsNoPart() {
        assertEquals(List.of(), ForumTopics.topics("他作了“港口物流协作”专题讲座。"));
    }
}
