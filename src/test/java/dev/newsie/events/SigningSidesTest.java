package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sides of a signing its pair does not give: further partners, the sentence's subject (made-up reports). */
class SigningSidesTest {
    @Test
    void aMayorActingForHisCityWithEachPartnerOfAList() {
        String text = "扬州市市长王一鸣代表扬州市分别与意大利佛罗伦萨市、捷克布尔诺市签订了友好交流关系协议书。";
        List<Event> ss = signings(run(text, "2021-09-09"));
        assertEquals(Set.of(Set.of("扬州", "佛罗伦萨"), Set.of("扬州", "布尔诺")), partySets(ss));
        for (Event e : ss) {
            assertEquals("SISTER_CITY", e.agreement());
            assertEquals(List.of("王一鸣"), e.signatories());
        }
    }

    @Test
    void aClauseOpeningWith与TakesTheSentencesOpeningPlaceAsItsSubject() {
        String text = "4月19日,安徽省省长李明率团访问高知县,与高知县知事山田太郎共同签署了交流合作备忘录。";
        List<Event> ss = signings(run(text, "2022-04-21"));
        assertEquals(Set.of(Set.of("安徽", "高知")), partySets(ss));
        assertEquals("2022-04-19", ss.get(0).date());
        assertEquals("MEMORANDUM", ss.get(0).agreement());
    }

    @Test
    void aStopOfADelegationsTourSignedWithoutNamingWhoSignsIsSignedByTheDelegationsPlace() {
        String text = "意大利佛罗伦萨市代表团从5月3日起对江苏省扬州市、苏州市进行了访问。"
                + "代表团首站到访扬州市,参观了运河博物馆。随后代表团前往苏州市,5日与苏州市签署了两市文化交流协议。";
        List<Event> ss = signings(run(text, "2022-05-09"));
        assertEquals(Set.of(Set.of("佛罗伦萨", "苏州")), partySets(ss));
        assertEquals("2022-05-05", ss.get(0).date());
    }

    @Test
    void aSubjectlessClauseWithNoDelegationToldIsNoSigningOfAnyPlace() {
        String text = "扬州市今年举办了运河文化节。随后前往苏州市,5日与苏州市签署了文化交流协议。";
        List<Event> ss = signings(run(text, "2022-05-09"));
        assertEquals(Set.of(), partySets(ss));
    }

    @Test
    void anOutletsLeadRunIntoTheFirstSentenceIsNotItsSubject() {
        String text = "烟台日报讯 11日,烟台市市长张明会见了别府市市长长野恭弘、群山市市长姜临准一行,"
                + "并与别府市、群山市分别签订了友好合作协议。";
        List<Event> ss = signings(run(text, "2022-05-12"));
        assertEquals(Set.of(Set.of("烟台", "别府"), Set.of("烟台", "群山")), partySets(ss));
    }

    @Test
    void aPlaceListedAfterAPairWithItsOwnSignerAndPartnerOpensTheNextPair() {
        String text = "2031年6月2日,兰州市市长王明与都灵市市长罗西、西宁市市长李强与南特市市长贝尔分别签署了友好城市协议书。";
        List<Event> ss = signings(run(text, "2031-06-03"));
        assertEquals(Set.of(Set.of("兰州", "都灵"), Set.of("西宁", "南特")), partySets(ss));
    }
}
