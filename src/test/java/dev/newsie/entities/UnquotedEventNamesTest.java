package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up phrases: countries abbreviated at the head of an unquoted event's name, or of a quoted campaign, name nothing. */
class UnquotedEventNamesTest {
    private final CountryAbbreviations abbreviations = new CountryAbbreviations(Map.of('中', "中国", '俄', "俄罗斯", '韩', "韩国"));

    private List<String> names(String text) {
        return abbreviations.recognize(text).stream().map(Candidate::name).toList();
    }

    @Test
    void runOpeningAnUnquotedExhibitionOrForumNameNamesNoCountry() {
        assertTrue(names("双方又筹办中俄青少年体育交往二十周年图片展").isEmpty());
        assertTrue(names("两地青年参加中韩友好交流年启动仪式").isEmpty());
    }

    @Test
    void runOpeningAClauseStillNamesTheCountries() {
        assertEquals(List.of("中国", "俄罗斯"), names("中俄友好合作的成果展现在各个领域"));
        assertEquals(List.of("中国", "韩国"), names("中韩关系发展迎来新机遇,论坛随后开幕"));
    }

    @Test
    void runInsideAQuotedCampaignOrPlatformNameNamesNoCountry() {
        assertTrue(names("甲市“中韩交流月”系列活动正式开启").isEmpty());
        assertTrue(names("打造“中俄地方合作信息平台”").isEmpty());
    }
}
