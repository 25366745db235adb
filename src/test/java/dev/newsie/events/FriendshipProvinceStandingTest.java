package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up reports: the standing named by one unit (结为友好省, 结为友好州), as provinces and states write it, not only
 * the joined 友好省州, twins the two sides (GOLD.md §3).
 */
class FriendshipProvinceStandingTest {
    @Test
    void provincesMadeFriendshipProvincesAreTwinned() {
        Set<String> r = relationKeys(run("青海省与巴布亚新几内亚米尔恩湾省结为友好省,双方在农业领域合作密切。", "2020-11-09"));
        assertTrue(r.stream().anyMatch(k -> k.startsWith("米尔恩湾-青海@")), r.toString());
    }

    @Test
    void aProvinceAndAStateMadeFriendshipStatesAreTwinned() {
        Set<String> r = relationKeys(run("海南省与俄罗斯卡尔米州结为友好州,两地交往日益密切。", "2020-11-09"));
        assertTrue(r.stream().anyMatch(k -> k.startsWith("卡尔米-海南@")), r.toString());
    }
}
