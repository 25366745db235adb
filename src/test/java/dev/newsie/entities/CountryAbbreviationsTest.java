package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up phrases: abbreviation runs name countries only before a relation word, and 籍 marks a nationality. */
class CountryAbbreviationsTest {
    private final CountryAbbreviations abbreviations = new CountryAbbreviations(
            Map.of('中', "中国", '美', "美国", '日', "日本", '韩', "韩国", '德', "德国", '柬', "柬埔寨"));

    private List<String> names(String text) {
        return abbreviations.recognize(text).stream().map(Candidate::name).toList();
    }

    @Test
    void runBeforeARelationWordNamesEachCountry() {
        assertEquals(List.of("中国", "日本", "韩国"), names("推动中日韩三国地方合作"));
        assertEquals(List.of("中国", "美国"), names("回顾中美关系的历程"));
    }

    @Test
    void runBeforeTheTwoPartiesNamesEachCountry() {
        assertEquals(List.of("中国", "日本"), names("会上向中日双方代表颁发证书"));
    }

    /** A guard (it holds without the 双方 row too): 双方 with no run of abbreviations before it names no country. */
    @Test
    void guardTheTwoPartiesAfterNoRunNameNoCountry() {
        assertTrue(names("会谈结束后双方合影").isEmpty());
    }

    @Test
    void runBeforeThePeopleOfTheExchangesNamesEachCountry() {
        assertEquals(List.of("中国", "德国"), names("加强中德学生之间的互访"));
        assertEquals(List.of("中国", "韩国"), names("推动中韩民间友好"));
    }

    @Test
    void runInsideAQuotedMonthOfExchangesNamesNothing() {
        assertTrue(names("本届“中韩交流月”开幕后,各项活动陆续展开").isEmpty());
        assertEquals(List.of("中国", "韩国"), names("甲市推动中韩交流")); // outside the quotation it names both
    }

    @Test
    void runInsideALongerWordOrBeforeOtherWordsNamesNothing() {
        assertTrue(names("前往中美洲访问").isEmpty());
        assertTrue(names("集中美化校园").isEmpty());
    }

    @Test
    void runNamingAnAssociationIsPartOfItsName() {
        assertTrue(names("出席老中友好协会的活动").isEmpty());
    }

    @Test
    void runBeforeDiplomaticTiesNamesEachCountry() {
        assertEquals(List.of("中国", "日本"), names("恰逢中日邦交正常化五十周年"));
    }

    @Test
    void runInsideADocumentTitleOrAQuotedEventNameIsPartOfThatName() {
        assertTrue(names("纪念《中日和平友好条约》签订十周年").isEmpty());
        assertTrue(names("两地共同启动“中韩友好交流周”活动").isEmpty());
        assertTrue(names("举办「中日友好交流节」").isEmpty());
        assertEquals(List.of("中国", "美国"), names("他说：“中美关系要稳定发展，双方应当加强沟通。”"));
    }

    @Test
    void taiwanAfterAVerbOfVisitingIsNamedButAVisitToTaichungIsNot() {
        CountryAbbreviations withTaiwan = new CountryAbbreviations(Map.of('中', "中国", '台', "台湾"),
                Map.of('台', dev.newsie.model.EntityType.PROVINCE));
        assertEquals(List.of("台湾"), withTaiwan.recognize("甲町长访台后率团来访").stream().map(Candidate::name).toList());
        assertEquals(List.of("台湾"), withTaiwan.recognize("欢迎各界来台同乐").stream().map(Candidate::name).toList());
        assertTrue(withTaiwan.recognize("欢迎町民来台中走走").isEmpty());
        assertTrue(withTaiwan.recognize("记者会在台上举行").isEmpty());
    }

    @Test
    void taiwanAbbreviatedBeforeItsPartnerNamesBothAndTaichungNeither() {
        CountryAbbreviations withTaiwan = new CountryAbbreviations(Map.of('中', "中国", '日', "日本", '台', "台湾"),
                Map.of('台', dev.newsie.model.EntityType.PROVINCE));
        List<Candidate> found = withTaiwan.recognize("推动台日城乡交流");
        assertEquals(List.of("台湾", "日本"), found.stream().map(Candidate::name).toList());
        assertEquals(dev.newsie.model.EntityType.PROVINCE, found.get(0).type());
        assertTrue(withTaiwan.recognize("甲市代表赴台中交流").isEmpty());
    }

    @Test
    void abbreviationBeforeJiIsANationality() {
        assertEquals(List.of("德国"), names("一位德籍专家"));
        assertTrue(names("他的籍贯").isEmpty());
    }
}
