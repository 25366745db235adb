package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A place's chronicle of twinnings and a tally listing countries before its partners, in made-up sentences with
 * swapped names.
 */
class ChronicleClauseTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2024-06-12"));
    }

    @Test
    void laterClauseKeepsTheSentencesSubject() {
        Set<String> r = relations("1987年,九江市与德国奥格斯堡市缔结友好城市关系;2005年,又与匈牙利佩奇市结为友好城市。");
        assertTrue(r.contains("九江-佩奇@2005"), r.toString());
    }

    @Test
    void aForeignSubjectLendsNoChineseHome() {
        Set<String> r = relations("德国奥格斯堡市1987年与九江市缔结友好城市关系,2005年又与南通市结为友好城市。");
        assertFalse(r.contains("九江-南通@2005"), r.toString());
    }

    @Test
    void countriesListedBeforeTheTallysPartners() {
        Set<String> r = relations("截至目前,九江市已与德国、匈牙利等国家的6个城市缔结友好城市关系,其中包括德国奥格斯堡市、匈牙利佩奇市。");
        assertTrue(r.containsAll(Set.of("九江-奥格斯堡@null", "九江-佩奇@null")), r.toString());
    }
}
