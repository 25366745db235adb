package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up phrases: one-character names of Chinese places compounded before a word that counts them. */
class PlaceAbbreviationsTest {
    private static final PlaceAbbreviations ABBREVIATIONS = PlaceAbbreviations.load();

    private static List<String> names(String text) {
        return ABBREVIATIONS.recognize(text).stream().map(Candidate::name).toList();
    }

    @Test
    void aCompoundBeforeACountingWordNamesEachPlace() {
        assertEquals(List.of("上海", "香港"), names("沪港两地的青年交流日益密切。"));
        assertEquals(List.of("澳门", "广州"), names("在两位市长见证下，澳穗双方签署合作文件。"));
        assertEquals(List.of("福建", "浙江", "江西"), names("闽浙赣三省联合举办旅游推介会。"));
    }

    @Test
    void noCountingWordOrACountThatDisagreesNamesNothing() {
        assertEquals(List.of(), names("粤港澳大湾区建设加快推进。"));
        assertEquals(List.of(), names("沪港三地代表出席。"));
        assertEquals(List.of(), names("签署了《沪港双方合作备忘录》。"));
    }

    @Test
    void theCompatriotCompoundBeforeItsPeopleNamesEachPlace() {
        assertEquals(List.of("香港", "澳门"), names("晚会邀请了多位港澳青年参加。"));
        assertEquals(List.of("香港", "澳门", "台湾"), names("市里举办港澳台同胞联谊活动。"));
        assertEquals(List.of("香港", "澳门", "台湾"), names("获奖者中有五位港澳台胞。"));
    }

    @Test
    void theCompatriotCompoundInANameOrAKindNamesNothing() {
        assertEquals(List.of(), names("市港澳办负责人出席。"));
        assertEquals(List.of(), names("全市港澳台商投资企业增至百家。"));
        assertEquals(List.of(), names("粤港澳地区合作持续深化。"));
    }
}
