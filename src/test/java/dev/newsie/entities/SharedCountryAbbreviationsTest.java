package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up phrases: a character several states' names open with stands for the one the article names in full. */
class SharedCountryAbbreviationsTest {
    private final SharedCountryAbbreviations shared = new SharedCountryAbbreviations(Map.of(
            "中国", List.of("中国", "中华人民共和国"), "新加坡", List.of("新加坡"), "新西兰", List.of("新西兰"),
            "巴西", List.of("巴西"), "巴拿马", List.of("巴拿马"), "阿根廷", List.of("阿根廷"),
            "阿拉伯联合酋长国", List.of("阿拉伯联合酋长国", "阿联酋"), "马来西亚", List.of("马来西亚"),
            "马耳他", List.of("马耳他"), "马尔代夫", List.of("马尔代夫")), List.of("阿拉伯", "非洲"));
    private final CountryAbbreviations abbreviations = new CountryAbbreviations(
            Map.of('中', "中国", '新', "新加坡", '巴', "巴西", '阿', "阿根廷", '马', "马来西亚"), Map.of(), shared);

    private List<String> names(String text) {
        return abbreviations.recognize(text).stream().map(Candidate::name).toList();
    }

    @Test
    void abbreviationStandsForTheOtherStateTheArticleNamesInFull() {
        assertEquals(List.of("中国", "新西兰"), names("甲镇与新西兰乙镇结好多年,中新两国民间往来频繁"));
        assertEquals(List.of("中国", "巴拿马"), names("巴拿马丙市代表团到访,希望深化中巴经贸合作"));
        assertEquals(List.of("阿拉伯联合酋长国", "中国"), names("阿联酋丁城官员说,阿中友谊历久弥新"));
    }

    @Test
    void abbreviationOfAGroupingTheArticleNamesIsNoState() {
        assertEquals(List.of("中国"), names("来自阿拉伯国家的市长出席论坛,共商中阿城市合作"));
    }

    @Test
    void abbreviationTwoNamedStatesShareIsNone() {
        assertEquals(List.of("中国"), names("马耳他与马尔代夫客人出席,共叙中马友谊"));
    }

    @Test
    void listedStateTheArticleNamesOrNoNameAtAllKeepsTheAbbreviation() {
        assertEquals(List.of("中国", "巴西"), names("巴西戊州州长说,中巴合作成果丰硕,巴拿马客人也到场"));
        assertEquals(List.of("中国", "新加坡"), names("推动中新两国青年交流"));
    }

    @Test
    void chinaAnchorsEveryRunWhateverStateOpensWithItsCharacter() {
        CountryAbbreviations withCentralAfrica = new CountryAbbreviations(Map.of('中', "中国", '美', "美国"), Map.of(),
                new SharedCountryAbbreviations(Map.of("中国", List.of("中国"), "中非共和国", List.of("中非共和国")), List.of()));
        assertEquals(List.of("中国", "美国"), withCentralAfrica.recognize("中非共和国代表也关注中美关系").stream()
                .map(Candidate::name).toList());
    }
}
