package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Forums held within the reported one are its sub-forums (topics), not forums of their own (made-up reports). */
class ForumsHeldDuringAForumAreItsTopicsTest {
    private static final ForumExtractor FORUMS = new ForumExtractor(EventLexicon.load(), names());

    private static List<Event> run(String text, String published) {
        return FORUMS.extract(new DocumentContext(text, published, entities(text))).stream().map(f -> f.b.build()).toList();
    }

    @Test
    void forumsHeldDuringTheAssemblyAreItsTopics() {
        String text = "5月6日至8日,第三届青河民间友好组织大会在青河市举行。大会期间,还举行了青河农业合作论坛和妇女发展论坛。";
        List<Event> fs = run(text, "2021-05-08");
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(List.of("青河农业合作论坛", "妇女发展论坛"), fs.get(0).topics());
    }

    @Test
    void aForumHeldLaterInTheReportIsStillAForum() {
        String text = "5月6日,第三届青河民间友好组织大会在青河市举行。5月9日,青河农业合作论坛在白州市举行。";
        List<Event> fs = run(text, "2021-05-09");
        assertEquals(2, fs.size(), fs.toString());
        assertNull(fs.get(0).topics());
    }

    @Test
    void countedSideMeetingsAfterTheSubForumsAreGatheringsOfTheirOwn() {
        String text = "5月6日至8日,第三届青河民间友好组织大会在青河市举行。期间,举行“乡村振兴”“智慧交通”等4个分论坛,"
                + "“青河高校联盟2021年年会”和“青白两市商会2021年交流会”2场边会。";
        List<Event> fs = run(text, "2021-05-08");
        assertEquals(3, fs.size(), fs.toString());
        assertEquals(List.of("乡村振兴", "智慧交通"), fs.get(0).topics());
    }
}
