package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences: a council written with no level after an official of a place (某县副知事某某、议会议长某某) is
 * that place's house, named as the clause writes the place; a bare 市议会 in a Taiwan city's article whose clause names
 * no place is that city's.
 */
class CouncilsWrittenBareInListsTest {
    @Test
    void aCouncilWithNoLevelIsTheHouseOfThePlaceOfItsClause() {
        Set<String> e = MadeUpSentences.entityKeys("上月底,日本枫原县副知事中岛健、议会议长小野美咲等一行九人抵达我市访问。");
        assertTrue(e.contains("ORGANIZATION 枫原县议会"), e.toString());
        e = MadeUpSentences.entityKeys("会上,议会议长山本花子致辞。");
        assertFalse(e.stream().anyMatch(x -> x.startsWith("ORGANIZATION") && x.endsWith("议会")), e.toString());
    }

    @Test
    void aBareCityCouncilInATaiwanCitysArticleIsThatCitys() {
        Set<String> e = MadeUpSentences.entityKeys("访问团一行在新竹市府协助下参观了科学园区。当晚,邱市长及市议会议长陈俊宏设宴款待。");
        assertTrue(e.contains("ORGANIZATION 新竹市议会"), e.toString());
        // with no Taiwan city's government written, the bare council names nothing
        e = MadeUpSentences.entityKeys("访问团一行在新竹参观了科学园区。当晚,邱市长及市议会议长陈俊宏设宴款待。");
        assertFalse(e.contains("ORGANIZATION 新竹市议会"), e.toString());
    }
}
