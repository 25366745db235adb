package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences with a country written right before a body's name. */
class CountryOpenedBodiesTest {
    @Test
    void aCountryBeforeAMinistryOpensItsName() {
        Set<String> k = MadeUpSentences.entityKeys("该奖章由法国文化部长授予王明。");
        assertTrue(k.contains("ORGANIZATION 法国文化部"), k.toString());
    }

    @Test
    void aCountryBeforeItsMissionOpensItsName() {
        Set<String> k = MadeUpSentences.entityKeys("代表团参观了中国驻符拉迪沃斯托克总领事馆。");
        assertTrue(k.contains("ORGANIZATION 中国驻符拉迪沃斯托克总领事馆"), k.toString());
    }

    @Test
    void aCountryBeforeACompanyOpensItsName() {
        Set<String> k = MadeUpSentences.entityKeys("菲律宾远星纸业集团董事长王明出席。");
        assertTrue(k.contains("ORGANIZATION 菲律宾远星纸业集团"), k.toString());
    }

    @Test
    void aCountryBeforeACityOnlyLocatesTheCitysBody() {
        Set<String> k = MadeUpSentences.entityKeys("扬州市与新西兰汉密尔顿市政府签署协议。");
        assertTrue(k.contains("ORGANIZATION 汉密尔顿市政府"), k.toString());
        assertFalse(k.contains("ORGANIZATION 新西兰汉密尔顿市政府"), k.toString());
    }
}
