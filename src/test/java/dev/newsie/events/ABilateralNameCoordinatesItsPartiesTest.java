package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 第三届中国与北欧国家青年友好论坛: the name of a bilateral mechanism coordinates its parties with 与/和, China first;
 * the name goes on before the 与 (made-up report).
 */
class ABilateralNameCoordinatesItsPartiesTest {
    @Test
    void theNameKeepsBothPartiesAndItsEdition() {
        List<Event> fs = ofType(run("本报讯 11日,第三届中国与北欧国家青年友好论坛在白州召开,80余位嘉宾出席。", "2026-04-12"),
                EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("第三届中国与北欧国家青年友好论坛", fs.get(0).name());
    }
}
