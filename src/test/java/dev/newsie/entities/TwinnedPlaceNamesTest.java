package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names no list holds, read as places from their part in a twinning (round 11 of issue 9); made-up sentences. */
class TwinnedPlaceNamesTest {
    private final TwinnedPlaceNames twinned = TwinnedPlaceNames.load();

    private static Candidate known(String text, String name) {
        int s = text.indexOf(name);
        return new Candidate(s, s + name.length(), EntityType.CITY, name.replace("市", ""), "中国", Candidate.Source.GAZETTEER);
    }

    @Test
    void theFirstPartyOfATwinningIsAPlace() {
        String text = "核桃溪市与中国江门市于1991年结为姐妹城市。";
        List<Candidate> found = twinned.find(text, List.of(known(text, "江门市")));
        assertEquals(1, found.size(), found.toString());
        assertEquals("核桃溪", found.get(0).name());
        assertEquals(EntityType.CITY, found.get(0).type());
    }

    @Test
    void theSecondPartyRightAfter与IsAPlace() {
        String text = "江门市与钻石湾市缔结姐妹城市关系已有30年。";
        List<Candidate> found = twinned.find(text, List.of(known(text, "江门市")));
        assertEquals(List.of("钻石湾"), found.stream().map(Candidate::name).toList());
    }

    @Test
    void pronounsAndSummariesAreNoNames() {
        assertTrue(twinned.find("今年,本市与江门市缔结姐妹城市。", List.of()).stream().noneMatch(c -> c.name().contains("本")));
        assertTrue(twinned.find("两市结为友好城市以来,交往不断。", List.of()).isEmpty());
    }

    @Test
    void aNameOutsideATwinningIsLeftToTheOtherRules() {
        assertTrue(twinned.find("核桃溪市与江门市签署了经贸合作协议。", List.of()).isEmpty());
    }
}
