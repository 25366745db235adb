package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a sight after a verb of sightseeing is no person or place; a name of that shape elsewhere is. */
class VisitedSitesTest {
    private static Candidate at(String text, String name, EntityType type) {
        int a = text.indexOf(name);
        return new Candidate(a, a + name.length(), type, name, null, Candidate.Source.WEAK);
    }

    @Test
    void aTowerOrTempleInTheListOfSightsVisitedIsNoPersonOrPlace() {
        String text = "代表团参观了某大学、钟鼓楼和兴国寺。";
        assertTrue(VisitedSites.table().isSight(text, at(text, "钟鼓楼", EntityType.PERSON)));
        assertTrue(VisitedSites.table().isSight(text, at(text, "兴国寺", EntityType.CITY)));
    }

    @Test
    void aNameOfThatShapeOutsideASightseeingClauseIsKept() {
        String text = "代表团参观了工厂，王玉楼介绍了情况。";
        assertFalse(VisitedSites.table().isSight(text, at(text, "王玉楼", EntityType.PERSON)));
        String list = "代表团参观了钟鼓楼。";
        assertFalse(VisitedSites.table().isSight(list, at(list, "钟鼓楼", EntityType.ORGANIZATION)));
    }
}
