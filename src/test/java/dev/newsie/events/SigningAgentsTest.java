package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sides of a signing read from who signs for whom, in made-up reports (round 3 of issue 9). */
class SigningAgentsTest {
    @Test
    void twoDocumentsSignedByDifferentOfficialsAreTwoSignings() {
        String text = "2024年6月3日,杭州与台北两市签署两项合作备忘录。"
                + "第一份合作备忘录由杭州市交通局长陈一平与台北市交通局长林志明代表签署。"
                + "第二份合作备忘录则由杭州市文旅局长王小红与台北市文化局长刘建国代表签署,双方将推动文化交流计划。";
        List<Event> ss = signings(run(text, "2024-06-04"));
        assertEquals(2, ss.size(), ss.toString());
        for (Event e : ss) {
            assertEquals(Set.of("杭州", "台北"), partiesOf(e));
            assertEquals("MEMORANDUM", e.agreement());
        }
        assertEquals(Set.of(List.of("陈一平", "林志明"), List.of("王小红", "刘建国")),
                ss.stream().map(Event::signatories).collect(Collectors.toSet()));
    }

    @Test
    void theSidesNamedAfter代表AreTheParties() {
        String text = "会谈后,河内市人民委员会副主席阮文安、珠海市商务局局长李明分别代表河内市人民委员会及珠海市商务局签订合作协议。";
        List<Event> ss = signings(run(text, "2020-10-11"));
        assertEquals(1, ss.size(), ss.toString());
        assertTrue(ss.get(0).parties().contains("河内"), ss.toString());
    }

    @Test
    void theSidesInAClauseOfTheirOwnBeforeATimeClauseAreTheParties() {
        // the signers, then the sides they act for, then when, each in its own clause
        String text = "烟台市市长王大明与松本市市长田中一郎,分别代表烟台市及松本市,于今(三)日签署了合作协定。";
        List<Event> ss = signings(run(text, "2024-05-03"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals(Set.of("烟台", "松本"), partiesOf(ss.get(0)));
        assertEquals("COOPERATION", ss.get(0).agreement());
        assertEquals(List.of("王大明", "田中一郎"), ss.get(0).signatories(), ss.toString());
    }
}
