package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences with a country written right before a body's name. */
class CountryOpenedBodiesTest {
    @Test
    void aCountryBeforeAMinistryOpensItsName() {
        Set<String> k = MadeUpSentences.entityKeys("代表团拜会了葡萄牙海洋部。");
        assertTrue(k.contains("ORGANIZATION 葡萄牙海洋部"), k.toString());
    }

    @Test
    void aCountryBeforeItsMissionOpensItsName() {
        Set<String> k = MadeUpSentences.entityKeys("王明在中国驻大阪总领事馆会见侨胞。");
        assertTrue(k.contains("ORGANIZATION 中国驻大阪总领事馆"), k.toString());
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

    @Test
    void aCountryBeforeAPartyIsLeftOutOfItsName() {
        Set<String> k = MadeUpSentences.entityKeys("代表团会见了智利民族复兴党主席。");
        assertFalse(k.contains("ORGANIZATION 智利民族复兴党"), k.toString());
    }
}
