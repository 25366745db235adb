package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The year of an undated page from a twinning's jubilee and the start it states; made-up sentences. */
class TwinningJubileeYearTest {
    private static String reference(String text) {
        return DocumentContext.referenceDate(text, null, Sentence.split(text));
    }

    @Test
    void aStartOpeningASpanAndTheJubileeGiveTheYear() {
        assertEquals("2016", TwinningJubileeYear.year("甲市举行与乙市结好20周年纪念会。自1996年5月建立友好城市以来,两市往来密切。"));
    }

    @Test
    void aYearOpeningTheSentenceOfTheTwinningIsItsStart() {
        assertEquals("2019", TwinningJubileeYear.year("甲乙结好15周年庆祝活动举行。2004年,乙市与甲市正式缔结友好城市关系。"));
    }

    @Test
    void aYearOfCelebratingTheJubileeIsNoStart() {
        assertNull(TwinningJubileeYear.year("两市结好15周年。2031年,两市在乙市办展览纪念结好15周年。"));
    }

    @Test
    void twoStartsDateNothing() {
        assertNull(TwinningJubileeYear.year("甲乙结好15周年。2004年,两市缔结友好城市。1998年,两市建立友好交流关系。"));
    }

    @Test
    void aJubileeToComeDatesNothing() {
        assertNull(TwinningJubileeYear.year("明年两市将迎来结好15周年。2004年,乙市与甲市正式缔结友好城市关系。"));
    }

    @Test
    void theCountedYearOutranksAFullDateInTheLeadThatIsTheStart() {
        assertEquals("2021-05-06", reference("甲乙缔结友好城市30周年展开幕\n甲市5月6日电 展览当日开幕。1991年4月2日,在两市各界人士的共同见证下,时任甲市市长与乙市市长在甲市签署缔结友好城市协议书。"));
    }
}
