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
    void aCountryBeforeACompanyOnlySaysWhereItIsFrom() {
        Set<String> k = MadeUpSentences.entityKeys("马来西亚长风建设有限公司总经理李明出席签约仪式。");
        assertTrue(k.contains("ORGANIZATION 长风建设有限公司"), k.toString());
        assertTrue(k.contains("COUNTRY 马来西亚"), k.toString());
    }

    @Test
    void aCountryBeforeAGroupOrAFoundationOnlySaysWhereItIsFrom() {
        Set<String> k = MadeUpSentences.entityKeys("巴西绿野能源集团与当地企业签约,瑞典北辰教育基金会主席王华致辞。");
        assertTrue(k.contains("ORGANIZATION 绿野能源集团"), k.toString());
        assertTrue(k.contains("ORGANIZATION 北辰教育基金会"), k.toString());
        assertFalse(k.contains("ORGANIZATION 巴西绿野能源集团"), k.toString());
    }

    @Test
    void aCountryBeforeALatinNamedCompanyOnlySaysWhereItIsFrom() {
        Set<String> k = MadeUpSentences.entityKeys("尤其是美国KTX公司和本地车企的合作取得成果。");
        assertTrue(k.contains("ORGANIZATION KTX公司"), k.toString());
    }

    @Test
    void chinaBeforeACompanyStaysInItsName() {
        Set<String> k = MadeUpSentences.entityKeys("中国建筑集团也派员参加了会议。");
        assertTrue(k.contains("ORGANIZATION 中国建筑集团"), k.toString());
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
