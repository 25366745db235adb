package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a word between a separator and a company officer's title, before his name, is a company. */
class CompaniesBeforeOfficersTest {
    @Test
    void aBrandBeforeAnOfficersTitleAndNameIsACompany() {
        Set<String> found = MadeUpSentences.entityKeys("甲联合会会长、青松电力董事长王大明和乙商会主席、蓝鲸控股副董事长李小红担任共同团长。");
        assertTrue(found.contains("ORGANIZATION 青松电力"), found::toString);
        assertTrue(found.contains("ORGANIZATION 蓝鲸控股"), found::toString);
    }

    @Test
    void aBrandInBracketsAfterAnOfficersNameIsACompany() {
        Set<String> found = MadeUpSentences.entityKeys("团长由甲协会会长王大明(白鹤制铁董事长)担任。");
        assertTrue(found.contains("ORGANIZATION 白鹤制铁"), found::toString);
    }

    @Test
    void unitsKindsClausesAndTitlesWithoutAHolderNameNoCompany() {
        for (String text : new String[] {"会上,销售部总经理王大明致辞。", "会上,该公司董事长王大明致辞。", "会上,他是青松电力董事长。",
                "会上,青松电力董事长表示欢迎。", "会上,王大明董事长李小红致辞。"}) {
            MadeUpSentences.Analysed a = MadeUpSentences.analyse(text);
            List<Candidate> people = PEOPLE.recognize(text, a.places(), a.tokens());
            assertTrue(CompaniesBeforeOfficers.recognize(text, a.places(), people).isEmpty(), text);
        }
    }

    private static final PersonRecognizer PEOPLE = PersonRecognizer.load();
}
