package dev.newsie.clean;

import dev.newsie.decode.DecodedPage;
import dev.newsie.ingest.RawPage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A bare timestamp right under the headline is the article's dateline and stays in the body (made-up pages). */
class BareTimestampUnderTheHeadlineTest {
    private final TextDumpCleaner cleaner = new TextDumpCleaner(LineClassifier.load());

    private static final String LEAD = "昨日下午,青河市与南湾市在青河会展中心举行友好交流座谈会,双方就港口物流和职业教育合作深入交换意见。";

    private String body(String page) {
        return cleaner.clean(DecodedPage.ofText("p", page, RawPage.Kind.TEXT)).body().text();
    }

    @Test
    void aYearFirstStampUnderTheHeadlineIsKept() {
        assertTrue(body(String.join("\n", "青河与南湾举行友好交流座谈会 聚焦港口合作", "2031-4-7 9:05:33", LEAD))
                .contains("2031-4-7 9:05:33"));
        assertTrue(body(String.join("\n", "青河与南湾举行友好交流座谈会 聚焦港口合作", "", "2029/11/30 22:14", "", LEAD))
                .contains("2029/11/30 22:14"));
    }

    @Test
    void aDayFirstDottedStampUnderTheHeadlineIsKept() {
        assertTrue(body(String.join("\n", "南湾代表团访问青河 签署职业教育合作备忘录", "18.03.2027  16:40", "稿件来源: 南湾发布", LEAD))
                .contains("18.03.2027  16:40"));
    }

    @Test
    void aSitesAddressBeforeTheStampIsNoPartOfIt() {
        String b = body(String.join("\n", "青河与南湾举行友好交流座谈会 聚焦港口合作", "http://www.example-news.net 2030-02-09 07:12:45", LEAD));
        assertTrue(b.contains("2030-02-09 07:12:45"));
        assertFalse(b.contains("example-news"));
    }

    @Test
    void aStampAfterAnotherLineUnderTheHeadlineStaysFurniture() {
        assertFalse(body(String.join("\n", "青河与南湾举行友好交流座谈会 聚焦港口合作", "站长推荐", "2030-02-09 07:12:45", LEAD))
                .contains("07:12:45"));
    }
}
