package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.entities.MadeUpSentences.organizations;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences for the tokens before a head: inside the name, or modifiers from outside it. */
class NameTokensTest {
    @Test
    void oneCharacterCountryAbbreviationOpensAName() {
        Set<String> n = organizations("代表出席葡语城市联盟年会。");
        assertTrue(n.contains("葡语城市联盟"), n.toString());
    }

    @Test
    void nameDoesNotStartAtTheTitleBeforeIt() {
        Set<String> n = organizations("考察团成员静冈县日中友好协会理事长出席。");
        assertTrue(n.contains("静冈县日中友好协会"), n.toString());
    }

    @Test
    void countOfCountriesOpensNoName() {
        Set<String> n = organizations("他走访了多国驻沪总领事馆。");
        assertTrue(n.isEmpty(), n.toString());
    }

    @Test
    void aGatheringBeforeAPlaceIsNoPartOfTheBodysName() {
        Set<String> n = organizations("县长出席春节招待会甲州市政府同仁到场。");
        assertTrue(n.stream().noneMatch(x -> x.contains("招待会")), n.toString());
    }
}
