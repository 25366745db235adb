package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 甲荣膺“X”称号,并获Y奖 / 甲继2013年获X奖、2014年获Y奖: two receiving predicates with one subject — the second award has
 * no winner of its own before its verb, and is the first one's winner's too. Made-up reports (invented awards).
 */
class SecondAwardSharesTheSubjectTest {
    private static Event award(String text, String published, String name) {
        List<Event> all = run(text, published).events().stream().filter(e -> e.type() == EventType.AWARD).toList();
        return all.stream().filter(e -> name.equals(e.award())).findFirst().orElseThrow();
    }

    @Test
    void anAwardAfterAndAndAVerbGoesToTheFirstAwardsWinner() {
        String text = "襄阳获奖\n12月15日,在第十届花园城市竞赛总决赛上,襄阳得分第一,荣膺“花园之城”称号,并获景观改善特别奖。";
        assertEquals(List.of("襄阳"), award(text, "2031-12-16", "景观改善特别奖").recipients());
        assertEquals(List.of("襄阳"), award(text, "2031-12-16", "花园之城").recipients());
    }

    @Test
    void awardsListedWithTheirYearsAfterOneSubjectAllGoToIt() {
        String text = "烟台获奖\n烟台继2023年获甲城市范例奖、2024年获乙城市环境奖之后,又获得丙城市宜居奖。";
        assertEquals(List.of("烟台"), award(text, "2031-10-08", "乙城市环境奖").recipients());
    }

    @Test
    void awardsWhoseNamesOpenWithAPlaceStillShareTheSubject() {
        String text = "烟台获奖\n这是烟台继2023年获中国城市范例奖、2024年获中国城市环境奖之后,在人居领域的又一收获。";
        assertEquals(List.of("烟台"), award(text, "2031-10-08", "中国城市环境奖").recipients());
    }

    @Test
    void aSecondAwardWithItsOwnWinnerKeepsIt() {
        String text = "城市获奖\n襄阳获得甲城市范例奖,烟台获得乙城市环境奖。";
        assertEquals(List.of("烟台"), award(text, "2031-10-08", "乙城市环境奖").recipients());
    }
}
