package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Made-up reports: a foreigner with a Chinese name the recogniser does not know, described by a relative clause that
 * ends in a calling (现任某公司董事的乙), is the last of the people before 被授予 — and the ones before him count too.
 */
class NameAfterACallingInARelativeClauseTest {
    @Test
    void theNameAfterCalling的IsHonouredWithThePeopleBeforeIt() {
        Event e = MadeUpReports.ofType(MadeUpReports.run("荣誉市民\n昨日下午,绍兴市政府举行仪式。知名实业家周永年,"
                + "前加拿大驻华大使、现任北辰能源等公司董事的柯礼文被授予“绍兴市荣誉市民”称号。", "2031-05-17"), EventType.AWARD).get(0);
        assertEquals(List.of("周永年", "柯礼文"), e.recipients());
    }
}
