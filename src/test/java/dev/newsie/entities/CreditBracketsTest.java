package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up credit lines in brackets: names between the roles of a credit line are contributors, with or without their own role. */
class CreditBracketsTest {
    private static Set<String> persons(String text) {
        return MadeUpSentences.persons(text);
    }

    @Test
    void aNameBeforeAnotherContributorsRoleIsAContributor() {
        Set<String> p = persons("青河湾的灯会持续到元宵节。(周雨桐 记者 郑海波)\n下一段。");
        assertTrue(p.contains("周雨桐"), p.toString());
        assertTrue(p.contains("郑海波"), p.toString());
    }

    @Test
    void namesOnBothSidesOfAProductionRoleAreContributors() {
        Set<String> p = persons("展览将持续到月底。(孙可欣 翻译 谢文涛)");
        assertTrue(p.contains("孙可欣"), p.toString());
        assertTrue(p.contains("谢文涛"), p.toString());
    }

    @Test
    void aRoleGluedToANameAfterTheDatelineOpensIt() {
        Set<String> p = persons("青河5月3日电 (实习生杜若兰 记者韩卫东)代表团今天抵达青河。");
        assertTrue(p.contains("杜若兰"), p.toString());
    }

    @Test
    void theSourceFieldNamesAnOutletAndTheNamesBesideItAreContributors() {
        Set<String> p = persons("两地将互派学生。\n(来源:青河日报网 韦晓岚 编辑:许志鹏)");
        assertTrue(p.contains("韦晓岚"), p.toString());
        assertTrue(p.contains("许志鹏"), p.toString());
        assertFalse(p.stream().anyMatch(n -> n.contains("日报")), p.toString());
    }

    @Test
    void aBracketOfOtherWordsIsNoCreditLine() {
        Set<String> p = persons("会议于上午举行。(主办单位 市政府 外办 记者)");
        assertFalse(p.contains("市政府"), p.toString());
        assertFalse(p.contains("主办单位"), p.toString());
        Set<String> places = persons("会议于上午举行。(温州 杭州 记者 宁波)");
        assertFalse(places.contains("温州") || places.contains("杭州"), places.toString());
    }

    @Test
    void theWholeEntityStageReadsTheFirstCreditAsAPerson() {
        Set<String> e = MadeUpSentences.entityKeys("青河湾的灯会持续到元宵节。(周雨桐 记者 郑海波)\n下一段。");
        assertTrue(e.contains("PERSON 周雨桐"), e.toString());
        assertFalse(e.contains("ORGANIZATION 周雨桐"), e.toString());
        Set<String> t = MadeUpSentences.entityKeys("青河5月3日电 (实习生杜若兰 记者韩卫东)代表团今天抵达青河。");
        assertTrue(t.contains("PERSON 杜若兰"), t.toString());
    }
}
