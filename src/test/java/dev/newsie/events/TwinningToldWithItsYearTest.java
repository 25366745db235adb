package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ways a report dates a twinning that the older rows missed (round 20 of issue 9, relations area), in made-up
 * sentences with swapped names: the year first and an adverb before 与, a relative clause naming the partner by its
 * dated twinning, the standing as a noun dated by 建立于, a partner in apposition after 、, and a gloss in full-width
 * brackets.
 */
class TwinningToldWithItsYearTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2024-06-12"));
    }

    @Test
    void yearFirstAndAnAdverbBeforeTheCoordinator() {
        Set<String> r = relations("早在1978年,株洲市就与法国图尔市结为友好城市。2003年,株洲又与美国坦佩市结为友好城市。");
        assertTrue(r.contains("图尔-株洲@1978"), r.toString());
        assertTrue(r.contains("坦佩-株洲@2003"), r.toString());
    }

    @Test
    void countriesBetweenTheVerbAndTheFirstPair() {
        Set<String> r = relations("1975年,南通与日本金泽结为中日之间第一对友好城市,多年来交往不断。");
        assertTrue(r.contains("南通-金泽@1975"), r.toString());
    }

    @Test
    void partnerNamedByItsDatedTwinning() {
        Set<String> r = relations("德国亚琛市是常州市于1992年缔结的友好城市。与常州市于2006年结为友好城市的美国坦佩市也派团出席。"
                + "新西兰汉密尔顿市于1999年成为常州市的友好城市。");
        assertTrue(r.containsAll(Set.of("亚琛-常州@1992", "坦佩-常州@2006", "常州-汉密尔顿@1999")), r.toString());
    }

    @Test
    void standingAsANounDatedByItsStart() {
        Set<String> r = relations("九江市与德国奥格斯堡市之间的友好城市关系建立于1991年。");
        assertTrue(r.contains("九江-奥格斯堡@1991"), r.toString());
        Set<String> both = relations("6月11日,日本冈山县代表团访问江西省。两省县友好关系建立于1996年,双方合作成效显著。");
        assertTrue(both.contains("冈山-江西@1996"), both.toString());
    }

    @Test
    void partnerInAppositionAfterTheStanding() {
        Set<String> r = relations("6月11日,九江市的国际友好城市、匈牙利佩奇市代表团抵达九江。");
        assertTrue(r.contains("九江-佩奇@null"), r.toString());
        Set<String> list = relations("九江市的友好城市、佩奇市、奥格斯堡市等地的嘉宾出席了活动。");
        assertFalse(list.contains("九江-佩奇@null"), list.toString());
    }

    @Test
    void glossInFullWidthBrackets() {
        Set<String> r = relations("匈牙利佩奇市（九江市友好城市）市长率团出席了开幕式。");
        assertTrue(r.contains("九江-佩奇@null"), r.toString());
    }

    @Test
    void yearsLastedWithWordsBetweenThePairAndTheCount() {
        Set<String> r = relations("九江市与匈牙利佩奇市今年适逢缔结友好城市20周年。南通市与法国图尔市友城结好已有10年。"
                + "常州市与德国亚琛市的姊妹市情谊已延续25年。");
        assertTrue(r.containsAll(Set.of("九江-佩奇@2004", "南通-图尔@2014", "亚琛-常州@1999")), r.toString());
    }

    @Test
    void aSeatWordBeforeTheFirstSideAfterTheYear() {
        Set<String> r = relations("于1985年,该县首府松本市与湖北省襄阳市结为友好城市,此后两地交往不断。"
                + "1992年,该县首府所在地金泽市同云南省结成友好关系。");
        assertTrue(r.contains("松本-襄阳@1985"), r.toString());
        assertTrue(r.contains("云南-金泽@1992"), r.toString());
    }
}
