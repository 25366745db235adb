package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 与乙签署…,与丙签署…: each partner signs with the clause's subject, never with the partner before (made-up reports). */
class SecondPartnerClauseTest {
    @Test
    void twoPartnersOfAnUnreadSubjectAreNoPair() {
        String text = "本报讯 市外办日前召开年度工作会,我市友好城市已增至15个。\n"
                + "去年,我市还与意大利帕多瓦市签署建立友好城市协议书,与乌克兰哈尔科夫市签署建立友好关系协议书。";
        List<Event> ss = signings(run(text, "2009-02-06"));
        assertTrue(ss.stream().noneMatch(e -> e.parties().containsAll(List.of("帕多瓦", "哈尔科夫"))), ss.toString());
    }

    @Test
    void aNamedSubjectSignsWithEachPartner() {
        String text = "去年,杭州市还与意大利帕多瓦市签署建立友好城市协议书,与乌克兰哈尔科夫市签署建立友好关系协议书。";
        List<Event> ss = signings(run(text, "2009-02-06"));
        assertEquals(2, ss.size(), ss.toString());
        assertTrue(ss.stream().allMatch(e -> e.parties().contains("杭州")), ss.toString());
    }
}
