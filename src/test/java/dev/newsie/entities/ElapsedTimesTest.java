package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.entities.MadeUpSentences.organizations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up clauses that open with a counted span of time before their subject, a body. */
class ElapsedTimesTest {
    @Test
    void monthsLaterOpenNoBodyName() {
        Set<String> n = organizations("两个月后白山市政府代表团将访问中国。");
        assertTrue(n.contains("白山市政府"), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.startsWith("月") || x.startsWith("后")), n.toString());
    }

    @Test
    void daysLaterOpenNoBodyName() {
        Set<String> n = organizations("三天后青河市人民政府发布消息。");
        assertTrue(n.contains("青河市人民政府"), n.toString());
    }

    @Test
    void aWordThatOpensLikeATimeWithoutACountStays() {
        assertEquals(0, ElapsedTimes.afterElapsedTime("天后宫管理委员会", 0, 8));
    }
}
