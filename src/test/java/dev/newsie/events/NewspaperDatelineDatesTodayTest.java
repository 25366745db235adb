package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A newspaper's dateline (本报甲市9月29日讯) dates the report as a news agency's 电 does: 今天 in it is the day
 * the reporter filed, the day before the paper printed it (made-up reports).
 */
class NewspaperDatelineDatesTodayTest {
    private static String reference(String text, String published) {
        return DocumentContext.referenceDate(text, published, Sentence.split(text));
    }

    @Test
    void todayInANewspaperReportIsTheDayOfItsDateline() {
        assertEquals("1998-09-29", reference("本报烟台9月29日讯 友谊奖颁奖仪式今天上午在烟台举行。", "1998-09-30"));
    }

    @Test
    void aBareDayDatelineOfThePaperWorksTheSame() {
        assertEquals("2015-06-08", reference("本报襄阳8日讯 两市今天签署协议。", "2015-06-09"));
    }

    @Test
    void aDatelineOfTheDayOfPublicationChangesNothing() {
        assertEquals("2016-11-14", reference("某某新闻网11月14日讯 记者昨日获悉,两市结好。", "2016-11-14"));
    }
}
