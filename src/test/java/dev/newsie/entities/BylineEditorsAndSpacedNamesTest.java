package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up bylines: the editors after 责编, and reporters' names set apart by a run of spaces. */
class BylineEditorsAndSpacedNamesTest {
    @Test
    void everyEditorListedAfterTheShortFormOfResponsibleEditorIsAPerson() {
        Set<String> n = MadeUpSentences.persons("两地将继续深化合作。(责编:葛远舟、宁雨)");
        assertTrue(n.contains("葛远舟") && n.contains("宁雨"), n.toString());
    }

    @Test
    void aLoneEditorAfterTheShortFormIsAPerson() {
        Set<String> n = MadeUpSentences.persons("交流活动圆满结束。\n责编:戚晓岚");
        assertTrue(n.contains("戚晓岚"), n.toString());
    }

    @Test
    void aReporterSetApartByTwoSpacesIsTheNextNameOfTheByline() {
        Set<String> n = MadeUpSentences.persons("澄江晚报柳港11月20日讯  (记者郑可欣  华一鸣)昨天傍晚,友城艺术团在柳港大剧院首演。");
        assertTrue(n.contains("郑可欣") && n.contains("华一鸣"), n.toString());
    }

    @Test
    void aRoleAfterTheSpacesOpensItsOwnName() {
        Set<String> n = MadeUpSentences.persons("(记者邬明远   通讯员骆晓岑)");
        assertTrue(n.contains("邬明远") && n.contains("骆晓岑") && !n.contains("通讯员"), n.toString());
    }

    @Test
    void aReporterWhoIsTheSubjectOfAVerbHasNoByline() {
        Set<String> n = MadeUpSentences.persons("记者获悉,获嘉奖6名外国画家来自意大利、希腊等国家。");
        assertTrue(n.isEmpty(), n.toString());
    }

    @Test
    void aCreditWordOpeningALongerWordHasNoByline() {
        Set<String> n = MadeUpSentences.persons("两市学生合办的摄影展举行,市民踊跃参观。");
        assertTrue(n.isEmpty(), n.toString());
    }
}
