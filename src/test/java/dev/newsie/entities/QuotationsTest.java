package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up text: a quotation runs from its opening mark to its first closing mark, within a paragraph and a length. */
class QuotationsTest {
    private static List<String> quoted(String text, String closings, int maxLength) {
        List<String> out = new ArrayList<>();
        Quotations.each(text, '“', closings, maxLength, (open, close) -> out.add(text.substring(open + 1, close)));
        return out;
    }

    @Test
    void eachClosedQuotationIsVisitedAnyOfItsClosingMarksEndingIt() {
        assertEquals(List.of("丙城好物节", "丁戊枢纽"), quoted("办“丙城好物节”与“丁戊枢纽＂。", "”＂", 24));
        assertEquals(List.of("丙城好物节"), quoted("办“丙城好物节”与“丁戊枢纽＂。", "”", 24));
    }

    @Test
    void anUnclosedQuotationGivesWayToTheNextAndNoneRunsOverAParagraphOrItsLength() {
        assertEquals(List.of("丁戊周"), quoted("他说“丙城很好，“丁戊周”开幕。", "”", 24));
        assertEquals(List.of(), quoted("标题“丙城\n好物节”。", "”", 24));
        assertEquals(List.of(), quoted("“丙城好物节”", "”", 5));
        assertEquals(List.of("丙城好物节"), quoted("“丙城好物节”", "”", 6));
    }
}
