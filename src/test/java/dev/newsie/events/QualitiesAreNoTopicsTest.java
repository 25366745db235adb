package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 围绕城镇数字化、智能化、绿色化等议题; 就合作的长期性、稳定性和互惠性进行对话: a list made only of nouns derived with
 * 化 or 性 names qualities, not a forum's topics; a list of subjects with one such item still is (made-up sentences).
 */
class QualitiesAreNoTopicsTest {
    @Test
    void aListOfQualitiesGivesNoTopics() {
        assertEquals(List.of(), ForumTopics.topics("与会代表围绕城镇数字化、智能化、绿色化等议题开展研讨。"));
        assertEquals(List.of(), ForumTopics.topics("峰会拟就友城交往的长期性、稳定性和互惠性进行深入对话。"));
        assertEquals(List.of(), ForumTopics.topics("大会还将就县域专业化、品牌化、集约化问题进行交流。"));
    }

    @Test
    void aListOfSubjectsWithOneQualityStillGivesTopics() {
        assertEquals(List.of("港口物流", "城乡一体化", "人才交流"),
                ForumTopics.topics("与会代表围绕港口物流、城乡一体化、人才交流等议题开展研讨。"));
    }
}
