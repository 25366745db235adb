package dev.newsie.clean;

import dev.newsie.decode.DecodedPage;
import dev.newsie.ingest.RawPage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Made-up pages with no dateline: a full date after 于/在 in the lead tells when an act of the story happened, so it
 * does not date the page; a date standing alone or opening the lead still does.
 */
class DateOfAnActInTheLeadIsNoStampTest {

    @Test
    void aDateAfterYuIsAnActsTime() {
        List<String> lines = List.of("10月5日至7日,襄阳国际友城论坛在襄阳举行。",
                "烟台友好城市联合会于2016年3月9日在松本成立,是两地交流的平台。");
        assertNull(MetadataExtractor.findDate(ActDates.withoutActDates(lines)));
    }

    @Test
    void aDateAfterZaiIsAnActsTimeToo() {
        assertNull(MetadataExtractor.findDate(ActDates.withoutActDates(List.of("代表团在2019年6月2日抵达烟台。"))));
    }

    @Test
    void aDateWithNoPrepositionStillDatesThePage() {
        assertEquals("2024-10-16", MetadataExtractor.findDate(ActDates.withoutActDates(List.of("2024年10月16日,襄阳论坛开幕。"))));
        assertEquals("2024-10-16", MetadataExtractor.findDate(ActDates.withoutActDates(List.of("发布时间:2024-10-16"))));
        assertEquals("2024-10-16", MetadataExtractor.findDate(ActDates.withoutActDates(List.of("本文发布于2024年10月16日"))));
    }

    @Test
    void aPageWithoutADatelineIsNotDatedByItsBackground() {
        String dump = "10月5日至7日,襄阳国际友城论坛在襄阳举行。会议通过了烟台加入联合会的申请,烟台正式成为联合会成员。\n"
                + "烟台友好城市联合会于2016年3月9日在松本成立,是推动两地交流合作的重要平台,对促进地方友好交往发挥重要作用。\n"
                + "近年来,烟台高度重视与松本的交流合作,先后在经贸、教育、文化等领域开展合作,取得了丰硕成果。\n";
        assertNull(new TextDumpCleaner(LineClassifier.load()).clean(DecodedPage.ofText("p", dump, RawPage.Kind.TEXT)).published());
    }
}
