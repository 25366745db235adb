package dev.newsie.clean;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HeadlineFilterTest {
    private static final String LEAD = "青山市今天与日本白川町正式缔结友好城市，两市市长在市政府共同签署协议，双方将在观光和教育领域深化交流。";

    @Test
    void dropsOtherStoriesAboveTheHeadlineAndKeepsItsSubtitle() {
        List<String> candidates = List.of("台风明天接近 气象部门考虑发布警报", "晚餐吃什么?网友推荐五种简单料理",
                "青山市与日本白川町缔结友好城市", "两地将深化观光教育交流");
        assertEquals(List.of(2, 3), HeadlineFilter.keep(candidates, LEAD));
    }

    @Test
    void keepsAKickerAboveTheHeadlineWhenItSpeaksOfTheLead() {
        List<String> candidates = List.of("深化交流 共同发展", "青山市与白川町缔结友好城市");
        assertEquals(List.of(0, 1), HeadlineFilter.keep(candidates, LEAD));
    }

    @Test
    void dropsAHeadlineWithAChannelNameRunIntoIt() {
        List<String> candidates = List.of("地方新闻青山市青山市与日本白川町缔结友好城市", "青山市与日本白川町缔结友好城市");
        assertEquals(List.of(1), HeadlineFilter.keep(candidates, LEAD));
    }

    @Test
    void leavesTheChoiceToTheCallerWithoutALeadOrAnySharedWord() {
        assertNull(HeadlineFilter.keep(List.of("青山市与白川町缔结友好城市"), "短句。"));
        assertNull(HeadlineFilter.keep(List.of("晚餐吃什么?网友推荐五种简单料理"), LEAD));
    }

    @Test
    void sharesAreCountedOnBigramsOfLettersAndDigits() {
        assertEquals(java.util.Set.of("白川", "川町", "20", "02", "24"), HeadlineFilter.bigrams("白川町, 2024"));
    }
}
