package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up lists of names after a title whose items the name pattern or the segmenter cut short of the list's join. */
class ListItemsRunToTheirJoinsTest {
    private static Set<String> names(String text) {
        return MadeUpSentences.persons(text);
    }

    @Test
    void aNameWhoseLastCharacterTheSegmenterReadsAsAVerbRunsToTheJoin() {
        Set<String> n = names("市议员王志明及陈燕祝、许文华、吴美玲出席。");
        assertTrue(n.contains("陈燕祝") && !n.contains("陈燕"), n.toString());
    }

    @Test
    void aNameWhoseLastCharacterTheSegmenterReadsAsAMeasureWordRunsToTheJoin() {
        Set<String> n = names("一级演员黄骏声、林晓东、吴秀兰等登台。");
        assertTrue(n.contains("黄骏声") && !n.contains("黄骏"), n.toString());
    }

    @Test
    void theFirstItemAfterATitleIsWholeThoughTheSegmenterReadsWordsInIt() {
        Set<String> n = names("市领导单向北、王海出席。镇领导单向红、郑伟出席。");
        assertTrue(n.contains("单向北") && n.contains("单向红"), n.toString());
    }

    @Test
    void anOrdinaryWordBeforeTheJoinIsNoName() {
        Set<String> n = names("参加的有副会长单位、王建国等个人会员。");
        assertFalse(n.contains("单位"), n.toString());
    }
}
