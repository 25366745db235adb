package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.ofType;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A county's honorary residents named unquoted with the place, on made-up reports (Taiwan's 荣誉县民). */
class CountyHonourNamedBareTest {
    @Test
    void aCountysTitleBeforeTheWord称号IsAnAward() {
        List<Event> as = ofType(run("授予称号\n台东县政府8日授予日本友人冈田正夫台东县荣誉县民称号。", "2033-05-09"), EventType.AWARD);
        assertEquals(List.of("台东县荣誉县民"), as.stream().map(Event::award).toList());
        assertEquals(List.of("冈田正夫"), as.get(0).recipients());
    }

    @Test
    void aTitleNamedBareAfterThePassiveVerbEndingTheClauseIsAnAward() {
        List<Event> as = ofType(run("获赠荣誉\n日本姊妹市长野县松川町町长木村正人7日被授予南投县荣誉县民。", "2033-05-09"), EventType.AWARD);
        assertEquals(List.of("南投县荣誉县民"), as.stream().map(Event::award).toList());
        assertEquals(List.of("木村正人"), as.get(0).recipients());
    }
}
