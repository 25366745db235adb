package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: the words after 某国首都 name that country's capital, by the mainland name the country list gives it. */
class CapitalsAfterCountriesTest {
    private static List<Candidate> capitals(String text) {
        MadeUpSentences.Analysed a = MadeUpSentences.analyse(text);
        return a.places().stream().filter(c -> c.type() == EntityType.CITY && c.country() != null && !c.country().equals("中国")).toList();
    }

    @Test
    void aRegionalSpellingAfter首都IsTheCapitalByItsMainlandName() {
        String text = "新竹市与友邦帕劳首都梅乐歌市今天缔结姊妹市，梅乐歌市市长出席。";
        List<Candidate> c = capitals(text);
        assertTrue(c.stream().anyMatch(x -> x.name().equals("梅莱凯奥克") && x.country().equals("帕劳")
                && text.substring(x.start(), x.end()).equals("梅乐歌市")), c.toString() + MadeUpSentences.analyse(text).tokens());
        assertEquals(2, c.stream().filter(x -> x.name().equals("梅莱凯奥克")).count(), "named again with its suffix: " + c);
    }

    @Test
    void withoutASuffixTheNameEndsWhereThePredicateBegins() {
        String text = "台东县与马绍尔群岛共和国首都马久罗正式结为姊妹县，双方并同意推动马久罗青年来台研习。";
        List<Candidate> c = capitals(text);
        assertTrue(c.stream().anyMatch(x -> x.name().equals("马朱罗") && text.substring(x.start(), x.end()).equals("马久罗")),
                c.toString() + MadeUpSentences.analyse(text).tokens());
        assertEquals(2, c.stream().filter(x -> x.name().equals("马朱罗")).count(), "named again bare: " + c);
    }

    @Test
    void aListedCapitalKeepsItsOwnReading() {
        String text = "代表团访问了柬埔寨首都金边，并会见金边市长。";
        assertTrue(capitals(text).stream().allMatch(x -> x.name().equals("金边")), capitals(text).toString());
    }
}
