package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * world-places.tsv lists every first-level division of the countries Chinese places twin with most (a Russian
 * republic, a Turkish province) and their larger cities, so a partner named without its country's help is read
 * with its type and country.
 */
class ForeignDivisionsAndCitiesTest {

    private static boolean found(List<Candidate> found, EntityType type, String name, String country) {
        return found.stream().anyMatch(c -> c.type() == type && c.name().equals(name) && country.equals(c.country()));
    }

    @Test
    void aProvinceOfPapuaNewGuineaNamedByTranslatedWords() {
        // 东高地 (Eastern Highlands) is translated, not transliterated: no run of sound characters reads it
        List<Candidate> found = MadeUpSentences.placeCandidates("青禾省省长会见了东高地省省长一行，双方回顾了两省友好交往。");
        assertTrue(found(found, EntityType.PROVINCE, "东高地", "巴布亚新几内亚"), found.toString());
    }

    @Test
    void aProvinceOfPapuaNewGuineaNamedBySoundsWithAndWithoutItsSuffix() {
        // 吉瓦卡 (Jiwaka) is transliterated: the gazetteer holds it bare, so the name reads with or without 省
        List<Candidate> withSuffix = MadeUpSentences.placeCandidates("青禾省省长会见了吉瓦卡省省长一行，双方回顾了两省友好交往。");
        assertTrue(found(withSuffix, EntityType.PROVINCE, "吉瓦卡", "巴布亚新几内亚"), withSuffix.toString());
        List<Candidate> bare = MadeUpSentences.placeCandidates("青禾省代表团访问了巴布亚新几内亚吉瓦卡，双方回顾了友好交往。");
        assertTrue(found(bare, EntityType.PROVINCE, "吉瓦卡", "巴布亚新几内亚"), bare.toString());
    }

    @Test
    void aRepublicOfRussiaAndARussianCityNamedAfterIt() {
        List<Candidate> found = MadeUpSentences.placeCandidates(
                "青禾市代表团访问俄罗斯达吉斯坦共和国，随后与沃罗涅日市签署合作意向书。");
        assertTrue(found(found, EntityType.PROVINCE, "达吉斯坦共和国", "俄罗斯"), found.toString());
        assertTrue(found(found, EntityType.CITY, "沃罗涅日", "俄罗斯"), found.toString());
    }

    @Test
    void aTurkishProvinceByItsSuffixAndItsCapitalBare() {
        List<Candidate> found = MadeUpSentences.placeCandidates("开塞利省省长与青禾市市长会谈，并邀请对方访问开塞利。");
        assertTrue(found(found, EntityType.PROVINCE, "开塞利", "土耳其"), found.toString());
        assertTrue(found(found, EntityType.CITY, "开塞利", "土耳其"), found.toString());
    }

    @Test
    void aKoreanCountyKeepsItsSuffixAndAVietnameseProvinceIsKnown() {
        List<Candidate> found = MadeUpSentences.placeCandidates("青禾县与杨平郡、清化省分别签署友好交流协议。");
        assertTrue(found(found, EntityType.CITY, "杨平", "韩国"), found.toString());
        assertTrue(found(found, EntityType.PROVINCE, "清化", "越南"), found.toString());
    }

    @Test
    void aCityListedWithItsSuffixIsNoMentionWhereTheSuffixBeginsMarket() {
        // 城南 (south of town) is listed only as 城南市: in 城南市场 the 市 begins 市场 (market)
        List<Candidate> market = MadeUpSentences.placeCandidates("青禾县的城南市场今天开业，顾客很多。");
        assertTrue(market.stream().noneMatch(c -> c.name().equals("城南")), market.toString());
        List<Candidate> city = MadeUpSentences.placeCandidates("青禾县与韩国城南市签署友好交流协议。");
        assertTrue(found(city, EntityType.CITY, "城南", "韩国"), city.toString());
    }
}
