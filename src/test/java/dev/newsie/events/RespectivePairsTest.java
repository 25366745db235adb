package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 分别 pairs two lists of places item by item (round 11 of issue 9), in made-up sentences. */
class RespectivePairsTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2023-06-01"));
    }

    @Test
    void listsBefore分别为ArePairedInOrder() {
        Set<String> r = relations("美国德州奥斯汀市、达拉斯市分别为新竹县和苗栗县的姊妹市，两地往来密切。");
        assertTrue(r.contains("奥斯汀-新竹@null"), r.toString());
        assertTrue(r.contains("苗栗-达拉斯@null"), r.toString());
        assertFalse(r.contains("奥斯汀-苗栗@null"), r.toString());
    }

    @Test
    void aLatinGlossAfterAnItemDoesNotBreakTheList() {
        Set<String> r = relations("访团中的奥斯汀市(City of Austin)、达拉斯市(City of Dallas)分别为新竹县及苗栗县的姊妹市。");
        assertTrue(r.contains("奥斯汀-新竹@null"), r.toString());
        assertTrue(r.contains("苗栗-达拉斯@null"), r.toString());
    }

    @Test
    void aDateBracketedAfterAPartnerIsThatPairsStart() {
        Set<String> r = relations("该市所辖的嘉善县、海宁市还分别与法国维希市(1995年6月)、德国奥芬堡市(2001年9月12日)正式缔结为友好城市。");
        assertTrue(r.contains("嘉善-维希@1995-06"), r.toString());
        assertTrue(r.contains("奥芬堡-海宁@2001-09-12"), r.toString());
        assertFalse(r.contains("海宁-维希@1995-06"), r.toString());
    }
}
