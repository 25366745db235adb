package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences in the constructions forum reports use for their theme and topics. */
class ForumTopicsTest {
    @Test
    void quotedThemeAfter主题为OrBetween以And为主题() {
        assertEquals("携手同行 共创未来", ForumTopics.theme("本届论坛主题为“携手同行 共创未来”。"));
        assertEquals("开放包容", ForumTopics.theme("大会以“开放包容”为主题,吸引各方参与。"));
    }

    @Test
    void quotedThemeThatTheParticipantsDiscussed() {
        assertEquals("合作共赢 共同发展", ForumTopics.theme("与会代表围绕“合作共赢 共同发展”主题进行深入探讨。"));
        assertEquals("绿色转型", ForumTopics.theme("峰会聚焦“绿色转型”这一主题。"));
    }

    @Test
    void unquotedThemeClosedBy为主题() {
        assertEquals("城市数字化转型", ForumTopics.theme("论坛以城市数字化转型为主题。"));
    }

    @Test
    void aSentenceWithoutTheWordForThemeHasNone() {
        assertNull(ForumTopics.theme("与会嘉宾就“智慧交通”进行了交流。"));
    }

    @Test
    void adjacentQuotedTitlesBeforeACountedSubForumHead() {
        assertEquals(List.of("数字经济", "生态保护", "青年交往"),
                ForumTopics.topics("大会分设“数字经济”“生态保护”“青年交往”三个平行论坛。"));
    }

    @Test
    void quotedTitlesBeforeAQualifiedSubForumHead() {
        assertEquals(List.of("港口合作", "人才培养"), ForumTopics.topics("论坛设“港口合作”“人才培养”两场平行分论坛。"));
    }

    @Test
    void quotedTitlesBeforeACountOfAgendaItems() {
        assertEquals(List.of("低碳城市", "智慧医疗"), ForumTopics.topics("分论坛针对「低碳城市」、「智慧医疗」等2项议程展开讨论。"));
    }

    @Test
    void quotedTitlesBeforeACountWith大() {
        assertEquals(List.of("港口合作", "人才培养"), ForumTopics.topics("论坛围绕“港口合作”“人才培养”两大议题展开。"));
    }

    @Test
    void twoQuotedTitlesBefore等内容AreTopics() {
        assertEquals(List.of("文化遗产保护", "青年交流"),
                ForumTopics.topics("分论坛将围绕“文化遗产保护”、“青年交流”等内容开展研讨。"));
    }

    @Test
    void unquotedListAfterALabelSeparatedByAComma() {
        assertEquals(List.of("城市建设与金融服务", "城市发展与科技创新", "跨境合作创新"),
                ForumTopics.topics("设3个分议题,分别是:城市建设与金融服务、城市发展与科技创新、跨境合作创新。"));
    }

    @Test
    void unquotedListClosedByACountedHeadKeeps与InsideATitle() {
        assertEquals(List.of("智慧交通", "城市更新与治理", "医疗卫生"),
                ForumTopics.topics("论坛设有智慧交通、城市更新与治理、医疗卫生三个分论坛。"));
    }

    @Test
    void unquotedListBefore等议题SplitsItsLastItemAt和() {
        assertEquals(List.of("城市现代化", "国际化", "生态化"),
                ForumTopics.topics("代表们围绕城市现代化、国际化和生态化等议题展开讨论。"));
    }

    @Test
    void aListThatTheParticipantsDiscussedIsTheTopics() {
        assertEquals(List.of("城市减贫", "气候变化应对", "青年就业"),
                ForumTopics.topics("与会嘉宾就城市减贫、气候变化应对和青年就业进行深入交流。"));
    }

    @Test
    void twoThingsDiscussedWithoutAWordForTopicsAreNoTopicList() {
        assertTrue(ForumTopics.topics("双方就经贸合作和人文交流进行深入交流。").isEmpty());
    }

    @Test
    void oneUnquotedPhraseAloneIsNoTopicList() {
        assertTrue(ForumTopics.topics("与会嘉宾就城市治理进行了交流。").isEmpty());
        assertTrue(ForumTopics.topics("两市在经贸、文化等领域开展合作。").isEmpty());
    }

    @Test
    void aLineNumberingOneSubForumGivesItsTitle() {
        assertEquals("数字城市建设", ForumTopics.numbered("分论坛一:数字城市建设"));
        assertEquals("绿色低碳转型", ForumTopics.numbered("平行论坛(二):“绿色低碳转型”"));
        assertNull(ForumTopics.numbered("分论坛上,与会嘉宾发言踊跃。"));
    }
}
