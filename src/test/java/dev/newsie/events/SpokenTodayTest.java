package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Made-up reports: 今天 in words said at a ceremony the report tells (published the next day) is the ceremony's day,
 * so the twinning the speaker restates is the one signing told, not a second one of the publication day.
 */
class SpokenTodayTest {
    private static final String REPORT = """
            安康与日本筑西市正式结为友好城市

            安康日报讯 5月20日,安康市与日本茨城县筑西市缔结友好城市关系签约仪式在线上举行,两市正式签署建立友好城市关系的协议书。

            市长王立新在签约仪式上致辞表示,两市自2017年交往以来,交流合作不断深入。今天两市正式缔结为国际友好城市,必将推动两市合作迈上新台阶。
            """;

    @Test
    void theSpeakersTodayIsTheDayOfTheCeremonyTold() {
        List<Event> s = MadeUpReports.signings(MadeUpReports.run(REPORT, "2021-05-21"));
        assertEquals(1, s.size(), s.toString());
        assertEquals("2021-05-20", s.get(0).date());
    }

    @Test
    void theReportersTodayIsThePublicationDay() {
        assertEquals("2021-05-21", new DateResolver("2021-05-21").find("今天两市举行座谈。", 0, "2021-05-20", "随后两市领导会见了来宾。").get(0).first());
    }
}
