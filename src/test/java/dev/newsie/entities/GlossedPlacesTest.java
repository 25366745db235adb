package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a Latin gloss after 市 or 郡 shows that the Chinese words before it name a foreign place. */
class GlossedPlacesTest {
    private static Set<String> cities(String text) {
        return MadeUpSentences.analyse(text).places().stream().filter(c -> c.type() == EntityType.CITY)
                .map(Candidate::name).collect(Collectors.toSet());
    }

    @Test
    void commonWordsBeforeAGlossedSuffixNameAPlace() {
        assertTrue(cities("加州松树市(City of Pine)的议员今天来访。").contains("松树"), cities("加州松树市(City of Pine)的议员今天来访。").toString());
        assertTrue(cities("访团前往银湖郡 (Silver Lake County)参观农场。").contains("银湖"));
    }

    @Test
    void aVerbOrAFunctionWordBeforeTheNameIsNoPartOfIt() {
        Set<String> c = cities("代表团前往松树市(City of Pine)访问，并与枫叶市(Maple City)交流。");
        assertTrue(c.contains("松树"), c.toString());
        assertTrue(c.contains("枫叶"), c.toString());
        assertFalse(c.contains("前往松树"), c.toString());
    }

    @Test
    void aStatesSuffixBeforeAPlaceBeginningWith长IsNoTitle() {
        String text = "新竹县与美国加利福尼亚州长景市(Longview)签署姊妹市协定。";
        int state = text.indexOf("加利福尼亚");
        assertTrue(MadeUpSentences.analyse(text).places().stream()
                .anyMatch(c -> c.start() == state && c.end() == state + 6), "the state's span takes its 州");
        assertTrue(cities(text).contains("长景"), cities(text).toString());
        String title = "美国加利福尼亚州长访问新竹县。";
        assertFalse(MadeUpSentences.analyse(title).places().stream()
                .anyMatch(c -> c.start() == title.indexOf("加利福尼亚") && c.end() == title.indexOf("长")), "州长 stays a title");
    }

    @Test
    void aGovernorBeforeAChineseCityBeginningWith长StaysATitle() {
        String text = "美国俄勒冈州长沙龙会见了来访的代表团。";
        assertTrue(MadeUpSentences.analyse(text).places().stream()
                .noneMatch(c -> c.start() == text.indexOf("俄勒冈") && c.end() == text.indexOf("长")), "州长 stays a title");
    }
}
