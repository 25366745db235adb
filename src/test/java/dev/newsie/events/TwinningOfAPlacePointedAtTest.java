package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One side of a twinning written 该市/该州 is the place of that rank just named — in the same sentence, else the
 * topic of the sentence before — and a wish (盼) states no twinning (made-up reports).
 */
class TwinningOfAPlacePointedAtTest {
    @Test
    void thisCityIsTheTopicOfTheSentenceBefore() {
        EventExtractor.Result r = run("松本市位于日本长野县,距离首都东京200公里。该市在1996年同我市结为友好城市。襄阳市代表团此次来访。",
                "2023-05-10");
        assertTrue(relationKeys(r).contains("松本-襄阳@1996"), relationKeys(r).toString());
    }

    @Test
    void thisStateNamedEarlierInTheSentenceWithAJubilee() {
        EventExtractor.Result r = run("代表团顺访美国卡尔米州,就今年9月该州与湖北省结好30周年纪念活动进行探讨。", "2013-07-20");
        assertTrue(relationKeys(r).contains("卡尔米-湖北@1983"), relationKeys(r).toString());
    }

    @Test
    void aWishIsNoTwinning() {
        EventExtractor.Result r = run("烟台市长会见了松本市长,得知该市盼与烟台市结为姊妹市。", "2023-05-10");
        assertFalse(relationKeys(r).contains("松本-烟台@null"), relationKeys(r).toString());
    }

    @Test
    void thisCityIsNotThePlaceItIsTwinnedWith() {
        // the sentence before opens with the visiting side: 该市 points past it to the place visited
        EventExtractor.Result r = run("烟台市代表团访问了日本松本市。该市与烟台市于1995年结为友好城市。", "2023-05-10");
        assertTrue(relationKeys(r).contains("松本-烟台@1995"), relationKeys(r).toString());
    }
}
