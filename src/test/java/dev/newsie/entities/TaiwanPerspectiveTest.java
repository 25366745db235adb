package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: 我国 names no country in a text written from Taiwan, and 中国 in any other (GOLD.md §7). */
class TaiwanPerspectiveTest {
    private final TaiwanPerspective perspective = TaiwanPerspective.load();

    private static Candidate ourCountry(String text) {
        int at = text.indexOf("我国");
        return new Candidate(at, at + 2, EntityType.COUNTRY, "中国", null, Candidate.Source.GAZETTEER);
    }

    /** 我国 of a text written from Taiwan is no mention: the candidates keep none of it. */
    private void assertOurCountryDropped(String text) {
        assertTrue(perspective.ourCountryIsTaiwan(text));
        assertTrue(perspective.withoutOurCountry(text, List.of(ourCountry(text))).isEmpty());
    }

    @Test
    void ourCountryInATextWrittenFromTaiwanIsDropped() {
        String text = "甲市长感谢我国驻乙国大使协助，并邀请对方来台访问。";
        assertTrue(perspective.writtenFromTaiwan(text));
        assertTrue(perspective.withoutOurCountry(text, List.of(ourCountry(text))).isEmpty());
    }

    @Test
    void ourCountryInAMainlandTextIsKept() {
        String text = "我国已与多个国家的城市结为友好城市，代表团将赴台交流。";
        assertFalse(perspective.writtenFromTaiwan(text));
        assertEquals(1, perspective.withoutOurCountry(text, List.of(ourCountry(text))).size());
    }

    @Test
    void aReporterBylineInTheTaiwanSpellingMarksATextWrittenFromTaiwan() {
        assertOurCountryDropped("某县知事获奖\n\n2031/04/12 10:20 记者林小华／台南报导\n\n某县多个乡镇已与我国地方政府建立交流关系。");
        assertTrue(perspective.ourCountryIsTaiwan("(中央社记者王大同台中5日电)某市长今天表示,我国城市将加强交流。"));
    }

    @Test
    void aPapersOwnBylineInTheTaiwanSpellingMarksATextWrittenFromTaiwan() {
        assertOurCountryDropped("2031年5月2日 08:10 南海晚报/高雄报导\n\n某市议会通过决议，与我国多个友好城市续签合作计划。");
    }

    @Test
    void aMissionNamedAfterTaipeiMarksATextWrittenFromTaiwan() {
        String text = "庆典当日，我国台北驻某地代表处人员也到场致意。";
        assertTrue(perspective.writtenFromTaiwan(text));
        assertOurCountryDropped(text);
    }

    @Test
    void aMissionNamedAfterTaipeiInAMainlandTextIsNoMarkOfTaiwan() {
        assertFalse(perspective.ourCountryIsTaiwan("发言人说，对方允许“台北驻某国经济文化代表处”更名，我国坚决反对。"));
    }

    @Test
    void aCreditRetoldAfterTheSlashIsNoMarkOfTaiwan() {
        assertFalse(perspective.ourCountryIsTaiwan("某评社北京8月8日电/据某某网报导，我国城市甲与外国城市乙签署协议。"));
    }

    @Test
    void aBylineSpelled报道IsNoMarkOfTaiwan() {
        assertFalse(perspective.ourCountryIsTaiwan("【记者林小华/澳门报道】我国与葡语国家的交流日益密切。"));
    }
}
