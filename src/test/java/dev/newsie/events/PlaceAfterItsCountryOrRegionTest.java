package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A city named after the country or region it lies in, joined by 的 or by the class noun 城市 (德国城市德累斯顿,
 * 美国的西雅图), is a party as 德国德累斯顿 is; and 结成 is a verb of twinning as 结为 is (made-up reports).
 */
class PlaceAfterItsCountryOrRegionTest {
    @Test
    void theClassNounChengshiBetweenCountryAndCity() {
        EventExtractor.Result r = run("英国城市卡迪夫在1983年与中国城市烟台结为姐妹城市,两地交往密切。", "2023-05-10");
        assertTrue(relationKeys(r).contains("卡迪夫-烟台@1983"), relationKeys(r).toString());
    }

    @Test
    void deBetweenCountryAndCity() {
        EventExtractor.Result r = run("襄阳与日本的松本市是友好城市。", "2023-05-10");
        assertTrue(relationKeys(r).contains("松本-襄阳@null"), relationKeys(r).toString());
    }

    @Test
    void jieChengIsAVerbOfTwinningWithItsYear() {
        EventExtractor.Result r = run("1998年,襄阳与松本结成友好城市。", "2023-05-10");
        assertTrue(relationKeys(r).contains("松本-襄阳@1998"), relationKeys(r).toString());
    }
}
