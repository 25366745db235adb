package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A twinning recalled as the one a new act follows (继…甲与乙缔盟后, round 19 of issue 9), in made-up sentences: its
 * two places are partners, since the date told right after 继, resolved against the page's date.
 */
class TwinningRecalledBeforeAnotherTest {
    @Test
    void aTwinningOfAMonthThisYearBeforeANewSigning() {
        Set<String> r = relationKeys(run("继6月间日本福井县敦贺市与花莲县瑞穗乡缔盟后,嘉义县竹崎乡也于10月3日同敦贺市签订了交流协定,三地都看重农业合作。",
                "2022-10-05"));
        assertTrue(r.contains("敦贺-瑞穗乡@2022-06"), r.toString());
    }

    @Test
    void aTwinningOfAStatedYear() {
        Set<String> r = relationKeys(run("继2019年韩国原州市与宜昌市结为友好城市之后,两地又在教育领域签署合作协议。", "2022-10-05"));
        assertTrue(r.contains("原州-宜昌@2019"), r.toString());
    }

    @Test
    void goingOnWithIsNoFrame() {
        Set<String> r = relationKeys(run("双方表示,将继续做好原州市与宜昌市结好后续事宜的沟通。", "2022-10-05"));
        assertFalse(r.stream().anyMatch(k -> k.contains("原州")), r.toString());
    }
}
