package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up reports: an autonomous region's twinning named by both units (友好区省关系) is a SISTER_CITY signing. */
class RegionAndProvinceTwinningTest {
    @Test
    void aRegionProvinceAgreementTwinsTheTwo() {
        Event e = theOneSigning("论坛活动上,宁夏同埃及米纳瓦省签订友好区省关系协定。", "2025-06-08");
        assertEquals(java.util.Set.of("宁夏", "米纳瓦"), partiesOf(e));
        assertEquals("SISTER_CITY", e.agreement());
        assertEquals("友好区省关系协定", e.title());
    }
}
