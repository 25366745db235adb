package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** 甲在某州有2个姊妹市乙市及丙市: the partners named after their count are 甲's sister cities (made-up reports). */
class PartnersCountedBeforeTheyAreNamedTest {
    private static Set<String> pairs(String text) {
        return run(text, "2021-03-04").relations().stream().map(r -> String.join("-", r.parties().stream().sorted().toList()))
                .collect(Collectors.toSet());
    }

    @Test
    void thePlacesAfterTheCountAreThePartnersNotTheStateTheyLieIn() {
        assertEquals(Set.of("台南-旧金山", "台南-圣何塞"), pairs("张议长指出,台南市在美国加利福尼亚州有2个姊妹市旧金山市及圣何塞市,但都位于北部。"));
    }

    @Test
    void aColonMayStandBetweenTheCountAndThePartners() {
        assertEquals(Set.of("熊本-高雄", "八王子-高雄"), pairs("高雄市在日本有2个友好城市:熊本市和八王子市。"));
    }
}
