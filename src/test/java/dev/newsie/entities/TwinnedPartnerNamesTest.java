package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TwinnedPartnerNamesTest {
    private final TwinnedPartnerNames partners = new TwinnedPartnerNames(PersonRecognizer.load().transliterationCharacters());

    private static Candidate place(String text, String name) {
        int s = text.indexOf(name);
        return new Candidate(s, s + name.length(), EntityType.CITY, name, null, Candidate.Source.GAZETTEER);
    }

    @Test
    void aTransliteratedNamePairedWithAPlaceInATwinningIsATown() {
        String text = "此外,温州与普拉托、烟台与莫尔莱也建立了友好城市关系。";
        List<Candidate> found = partners.find(text, List.of(place(text, "温州"), place(text, "普拉托"), place(text, "烟台")));
        assertEquals(1, found.size(), found.toString());
        assertEquals("莫尔莱", found.get(0).name());
        assertEquals(EntityType.CITY, found.get(0).type());
    }

    @Test
    void aNamePairedWithAPlaceOutsideATwinningIsLeftAlone() {
        String text = "会后,烟台与莫尔莱等地的客商进行了洽谈。";
        assertTrue(partners.find(text, List.of(place(text, "烟台"))).isEmpty());
    }

    @Test
    void theTwinnedPartnerIsATownInTheWholeAnalysis() {
        Set<String> keys = MadeUpSentences.entityKeys("此外,温州与普拉托、烟台与莫尔莱也建立了友好城市关系。");
        assertTrue(keys.contains("CITY 莫尔莱"), keys.toString());
    }
}
