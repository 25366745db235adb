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
            丹阳与法国圣马洛市结好

            丹阳新闻网讯 9月14日,丹阳市和法国圣马洛市在市民中心举行仪式,两市代表签订了友好城市关系协议书。

            副市长周海林在仪式上讲话说,两市自2016年开始往来,各领域合作日益紧密。今天两市正式结为友好城市,将为双方交流开启新篇章。
            """;

    @Test
    void theSpeakersTodayIsTheDayOfTheCeremonyTold() {
        List<Event> s = MadeUpReports.signings(MadeUpReports.run(REPORT, "2022-09-15"));
        assertEquals(1, s.size(), s.toString());
        assertEquals("2022-09-14", s.get(0).date());
    }

    @Test
    void theReportersTodayIsThePublicationDay() {
        assertEquals("2021-05-21", new DateResolver("2021-05-21").find("今天两市举行座谈。", 0, "2021-05-20", "随后两市领导会见了来宾。").get(0).first());
    }
}
