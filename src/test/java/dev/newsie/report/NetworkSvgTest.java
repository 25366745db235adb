package dev.newsie.report;

import dev.newsie.model.Relation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetworkSvgTest {
    private static Relation pair(String a, String b) {
        return new Relation(Relation.SISTER_CITY, List.of(a, b), null, null);
    }

    @Test
    void onePlacePerNodeAndOneLinePerPairStatedInAnyOrder() {
        String svg = NetworkSvg.render(List.of(pair("上海", "科克"), pair("科克", "上海"), pair("上海", "雅典"), pair("杭州", "波尔图")));
        Document d = Jsoup.parse(svg, "", Parser.xmlParser());
        assertEquals(5, d.select("g.node").size());
        assertEquals(3, d.select("line.edge").size());
        assertTrue(d.select("line.edge title").text().contains("上海 — 科克 (2)"));
    }

    @Test
    void noRelationsSaysSoInsteadOfAnEmptyPicture() {
        assertTrue(NetworkSvg.render(List.of()).contains("No sister-city relations"));
    }

    @Test
    void componentsAreLaidOutTogetherStartingFromTheHub() {
        List<String> order = NetworkSvg.circleOrder(Map.of("上海", Set.of("科克", "雅典"), "科克", Set.of("上海"),
                "雅典", Set.of("上海"), "杭州", Set.of("波尔图"), "波尔图", Set.of("杭州")));
        assertEquals("上海", order.get(0));
        assertEquals(Set.of("科克", "雅典"), Set.copyOf(order.subList(1, 3)));
    }
}
