package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up visits where a foreign official's name, written after his title, spells a foreign place. */
class TitledNamesOverPlacesTest {
    private static Set<String> keys(String text) {
        return MadeUpSentences.entityKeys(text);
    }

    @Test
    void aCountrysNameAfterAMayorsTitleBeforeTheVerbIsTheMayor() {
        Set<String> k = keys("新华网讯 5月3日,南非代表团访问湖州市。会见时,开普敦市副市长巴拿马说,两市港口合作潜力很大。");
        assertFalse(k.contains("COUNTRY 巴拿马"), k.toString());
        assertTrue(k.contains("CITY 开普敦"), k.toString());
    }

    @Test
    void aCountrysNameAfterAPresidentsTitleBeforeHisPartyIsThePresident() {
        Set<String> k = keys("本报讯 日前,美国科罗拉多州立大学校长秘鲁一行到访宜宾市,双方签署了合作备忘录。");
        assertFalse(k.contains("COUNTRY 秘鲁"), k.toString());
        assertTrue(k.contains("COUNTRY 美国"), k.toString());
    }

    @Test
    void aFamilyNameSpacedFromTheGivenNameIsNoPlaceAnywhereOnThePage() {
        Set<String> k = keys("本报讯 9月1日,泰州市向德国汉堡市议会议长智利 彼得罗维奇发出邀请,智利 彼得罗维奇复信表示愿来访。");
        assertFalse(k.contains("COUNTRY 智利"), k.toString());
        assertTrue(k.contains("COUNTRY 德国"), k.toString());
    }

    @Test
    void aCountrysNameAfterAnExecutivesTitleBeforeHisFormOfAddressIsTheExecutive() {
        Set<String> k = keys("本报讯 6月上旬,绍兴市收到英国约克郡议会执行官斐济先生的来信,信中提到两地的教育合作。");
        assertFalse(k.contains("COUNTRY 斐济"), k.toString());
        assertTrue(k.contains("COUNTRY 英国"), k.toString());
    }

    @Test
    void aCountryAfterTheVerbOfRepresentingStays() {
        Set<String> k = keys("本报讯 3月2日,市长王立平会见了来访客人。王立平代表巴西圣保罗州政府欢迎客人,并介绍了巴西的情况。");
        assertTrue(k.contains("COUNTRY 巴西"), k.toString());
    }
}
