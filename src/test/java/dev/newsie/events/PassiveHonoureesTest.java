package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up reports: the titled people before 被授予, read even where the recogniser missed their names. */
class PassiveHonoureesTest {
    private static Event award(String text) {
        return MadeUpReports.ofType(MadeUpReports.run(text, "2031-05-17"), EventType.AWARD).get(0);
    }

    @Test
    void eachTitledPersonBefore被授予IsHonoured() {
        Event e = award("荣誉市民\n昨日,宁波市政府举行仪式。全国政协委员、知名实业家周永年,现任甲乙电气公司顾问的彼得·霍夫曼被授予“宁波市荣誉市民”称号。");
        assertEquals(List.of("周永年", "彼得·霍夫曼"), e.recipients());
    }

    @Test
    void aDescriptionWithoutANameHonoursNoOne() {
        Event e = award("荣誉市民\n昨日,宁波市政府举行仪式。多位长期支持本市发展的海外友人被授予“宁波市荣誉市民”称号。");
        assertEquals(null, e.recipients());
    }

    @Test
    void thePeopleInsideACountedIncludingListAreHonoured() {
        Event e = award("荣誉市民\n8日,青州市举行仪式,包括王立新、赵春华等5名港澳人士以及葡萄牙前部长若泽·门德斯在内的6名人士,"
                + "被授予青州荣誉市民称号。");
        assertEquals(List.of("王立新", "赵春华", "若泽·门德斯"), e.recipients());
    }
}
