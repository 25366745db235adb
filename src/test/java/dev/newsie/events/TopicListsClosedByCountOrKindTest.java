package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A forum's topics listed unquoted and closed by what they are: 等四个平行会议, 这三个主题, 等议题 with short items, or
 * labelled after a count of themes (三个主题分别为…). Made-up sentences.
 */
class TopicListsClosedByCountOrKindTest {
    @Test
    void parallelSessionsOpenedAreParts() {
        assertEquals(List.of("湖泊保护研讨会", "青年学者对话", "市长圆桌沙龙"),
                ForumTopics.topics("大会同期开设湖泊保护研讨会、青年学者对话、市长圆桌沙龙等三个平行会议。"));
    }

    @Test
    void groupSessionsCountedWithoutDengMustMatchTheCount() {
        assertEquals(List.of("山地旅游", "智慧港口", "乡村教育"),
                ForumTopics.topics("论坛设有山地旅游、智慧港口和乡村教育三个分组会议。"));
    }

    @Test
    void aDemonstrativePointsBackAtTheListBeforeItsCount() {
        assertEquals(List.of("“数字丝路”沿线的港口合作", "跨境电商机遇", "山地生态保护"),
                ForumTopics.topics("与会者围绕了“数字丝路”沿线的港口合作、跨境电商机遇、山地生态保护这三个主题发表看法。"));
    }

    @Test
    void aQuotedThemeAndItsVerbBeforeTheListAreNoPartOfItsFirstItem() {
        assertEquals(List.of("港口物流", "社区营造", "青年创业"),
                ForumTopics.topics("大会围绕“城市更新”主题设立港口物流、社区营造、青年创业三个分论坛。"));
        assertEquals(List.of("港口物流", "社区营造", "青年创业"),
                ForumTopics.topics("论坛围绕“绿色发展”设立港口物流、社区营造、青年创业三个分论坛。"));
    }

    @Test
    void themesCountedAfterAFocusingVerbAreTopics() {
        assertEquals(List.of("绿色航运", "湿地修复"), ForumTopics.topics("嘉宾们聚焦绿色航运、湿地修复两个主题展开讨论。"));
    }

    @Test
    void aDemonstrativeCountThatDisagreesWithTheListReadsNothing() {
        assertTrue(ForumTopics.topics("与会者围绕港口合作成果、跨境电商机遇这三个主题发表看法。").isEmpty());
    }

    @Test
    void themesCountedThenLabelledAreTopics() {
        assertEquals(List.of("城市更新", "港口物流", "青年创业"),
                ForumTopics.topics("主会场活动结束后,三个主题分别为城市更新、港口物流、青年创业等。"));
    }

    @Test
    void shortItemsBeforeDengAndTheWordForTopicsAreTopics() {
        assertEquals(List.of("医疗", "交通", "教育"), ForumTopics.topics("与会代表围绕医疗、交通、教育等议题深入交流。"));
        assertEquals(List.of("农业", "渔业", "物流"), ForumTopics.topics("代表们就农业、渔业、物流等话题进行讨论。"));
    }

    @Test
    void twoShortItemsAreTooFewToBeTopics() {
        assertTrue(ForumTopics.topics("与会代表围绕医疗、交通等议题深入交流。").isEmpty());
    }

    @Test
    void theTwoSidesOfAMeetingRaiseNoForumTopics() {
        assertTrue(ForumTopics.topics("双方围绕经贸、人文、旅游等议题进行交流。").isEmpty());
    }
}
