package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: an event named with its year covers the places in its name, and the same name written again. */
class YearNamedEventsTest {
    private static final YearNamedEvents EVENTS = new YearNamedEvents(List.of("大会", "论坛", "圆桌会", "对话"), List.of("出席", "举办"));

    private static boolean[] marked(String text) {
        boolean[] inName = new boolean[text.length()];
        EVENTS.mark(text, inName);
        return inName;
    }

    @Test
    void anExpositionNamedWithItsOrdinalAndAPlaceInBracketsCoversBothPlaces() {
        String text = "会上推介了第三届甲国(乙市)国际丝绸博览会，丙市代表出席。";
        boolean[] in = YearNamedEvents.load().markedFor(text);
        assertTrue(in[text.indexOf("甲国")]);
        assertTrue(in[text.indexOf("乙市")]);
        assertFalse(in[text.indexOf("丙市")]);
    }

    @Test
    void placeRightAfterTheYearIsInsideTheEventsName() {
        String text = "2030甲国西部友城大会在乙市开幕。";
        boolean[] in = marked(text);
        assertTrue(in[text.indexOf("甲国")]);
        assertFalse(in[text.indexOf("乙市")]);
    }

    @Test
    void sameNameWithoutItsYearIsTheSameEventsName() {
        String text = "甲乙丙友城圆桌会举行\n2030甲乙丙友城圆桌会在丁市举行。";
        assertTrue(marked(text)[0]);
    }

    @Test
    void quotedNameAfterAYearWithAHeadOutsideTheQuoteMarkIsCovered() {
        String text = "副市长出席2030年“甲国—乙盟省市长对话”。";
        assertTrue(marked(text)[text.indexOf("甲国")]);
    }

    @Test
    void aClauseBetweenTheYearAndTheHeadIsNoName() {
        String text = "2030年甲市代表团出席大会，2030年丙市举办的论坛。";
        boolean[] in = marked(text);
        assertFalse(in[text.indexOf("甲市")]);
        assertFalse(in[text.indexOf("丙市")]);
    }

    @Test
    void anOrdinalOpensAnEventsNameAsAYearDoes() {
        String text = "第六届甲乙友城论坛在丙市开幕。";
        boolean[] in = marked(text);
        assertTrue(in[text.indexOf("甲乙")]);
        assertFalse(in[text.indexOf("丙市")]);
    }

    @Test
    void aYearWithThePlacesOfTheEventInBracketsOpensItsName() {
        String text = "2031(甲国·乙省·丙市)友城交流会昨晚举行,丁市代表出席。";
        boolean[] in = YearNamedEvents.load().markedFor(text);
        assertTrue(in[text.indexOf("甲国")] && in[text.indexOf("乙省")] && in[text.indexOf("丙市")]);
        assertFalse(in[text.indexOf("丁市")]);
    }

    @Test
    void aTradeFairAndAnExpoNamedShortAreEventsOfTheirOrdinal() {
        String text = "第九届甲国东部投资洽谈会开幕。第四届乙国茶博会闭幕,丙市代表出席。2030丁国农博会也在筹备。";
        boolean[] in = YearNamedEvents.load().markedFor(text);
        assertTrue(in[text.indexOf("甲国")] && in[text.indexOf("乙国")] && in[text.indexOf("丁国")]);
        assertFalse(in[text.indexOf("丙市")]);
    }

    @Test
    void aBracketAfterAYearThatHoldsAClauseOpensNoName() {
        String text = "2031年(甲国代表团在乙市出席)交流会。";
        boolean[] in = YearNamedEvents.load().markedFor(text);
        assertFalse(in[text.indexOf("甲国")]);
    }
}
