package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A twinning counted as a noun (第二组城乡缔盟, 缔盟案例) names regions, not partners (made-up reports). */
class CountedTwinningsTest {
    @Test
    void anOrdinalPairBetweenTwoRegionsIsNoSigning() {
        var r = run("在驻大阪办事处牵线下,继8月长野县松川町与彰化县白河乡缔盟后,南投县竹山镇于10月3日与松川町签署友好交流协定,"
                + "成为台湾与长野县之间的第三对乡镇缔盟。", "2024-10-04");
        assertTrue(partySets(signings(r)).contains(java.util.Set.of("竹山镇", "松川町")));
        assertFalse(partySets(signings(r)).contains(java.util.Set.of("台湾", "长野")), partySets(signings(r)).toString());
        assertTrue(relationKeys(r).stream().noneMatch(k -> k.contains("长野-") || k.contains("-长野")), relationKeys(r).toString());
    }

    @Test
    void casesOfTwinningCountedAreNoRelation() {
        var r = run("自断交以来,秋田与岩手县的缔盟案例已由一例增加到二十例。", "2024-05-07");
        assertTrue(r.relations().isEmpty(), relationKeys(r).toString());
        assertTrue(signings(r).isEmpty());
    }

    @Test
    void anOrdinalAfterTheTwinningCountsPairsAndSignsNone() {
        var r = run("屏东县车城乡今天与日本冲绳县石垣市签署友好交流协定,这是台湾与冲绳两地缔盟的第5对。", "2024-10-04");
        assertEquals(java.util.Set.of(java.util.Set.of("车城乡", "石垣")), partySets(signings(r)));
    }
}
