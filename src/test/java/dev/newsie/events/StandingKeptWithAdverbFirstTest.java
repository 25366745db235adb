package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A twinning stated as a standing kept, with the lasting told before 与 or the founding verb joined to the keeping
 * one (relation-patterns.tsv, round 32; made-up reports).
 */
class StandingKeptWithAdverbFirstTest {
    @Test
    void theLastingBeforeTheCoverb() {
        EventExtractor.Result r = run("多年来，襄阳就一直与俄罗斯卡尔米市保持着良好的姐妹城市关系。", "2023-05-10");
        assertTrue(relationKeys(r).contains("卡尔米-襄阳@null"), relationKeys(r).toString());
    }

    @Test
    void foundedAndKeptAsPartners() {
        EventExtractor.Result r = run("烟台与日本松本市建立并一直保持了姐妹城市的伙伴关系。", "2023-05-10");
        assertTrue(relationKeys(r).contains("松本-烟台@null"), relationKeys(r).toString());
    }
}
