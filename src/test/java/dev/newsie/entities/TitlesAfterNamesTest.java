package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences in Taiwan's order of department, name, title: the title names the person's post, not a bureau. */
class TitlesAfterNamesTest {
    @Test
    void aTitleAfterANameMakesNoBureauOfTheNameAndTheDepartment() {
        Set<String> orgs = MadeUpSentences.organizations("高雄市政府新闻局陈怡君局长、文化局王文彦局长共同参与会谈。");
        assertFalse(orgs.stream().anyMatch(o -> o.contains("王文彦")), orgs.toString());
    }

    @Test
    void aGluedDepartmentNameAndRankMakeNoBureau() {
        Set<String> orgs = MadeUpSentences.organizations("文化局黄国华代理局长及民政处刘美玲副处长出席。");
        assertFalse(orgs.stream().anyMatch(o -> o.contains("黄国华")), orgs.toString());
    }

    @Test
    void aBureauHeadsTitleAfterAPlaceStillNamesTheBureau() {
        Set<String> orgs = MadeUpSentences.organizations("会见时上海市水务局长王建平在座。");
        assertTrue(orgs.stream().anyMatch(o -> o.contains("水务局")), orgs.toString());
    }
}
