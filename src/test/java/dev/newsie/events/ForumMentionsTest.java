package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up forum names. */
class ForumMentionsTest {
    private static ForumExtractor.Forum named(String name) {
        ForumExtractor.Forum f = new ForumExtractor.Forum();
        f.name = name;
        return f;
    }

    @Test
    void theKeyDropsTheYearAndShortens友好城市() {
        assertEquals("青河国际友城大会", ForumMentions.key("2024青河国际友好城市大会"));
    }

    @Test
    void aBilateralNameWithItsSidesSwappedIsTheSameForum() {
        // made up: each side of a bilateral dialogue puts itself first
        assertTrue(ForumMentions.sameForum(named("甲乙市长对话"), "乙甲市长对话", List.of()));
        List<Event> forums = MadeUpReports.ofType(MadeUpReports.run(
                "本报讯 昨天下午,中美市长对话举行。美方代表感谢友协为美中市长对话举行所做的工作。", "2030-05-02"),
                EventType.FORUM);
        assertEquals(1, forums.size(), forums.toString());
    }

    @Test
    void theNameWithoutItsYearIsTheSameForum() {
        assertTrue(ForumMentions.sameForum(named("2024青河国际友城论坛"), "青河国际友城论坛", List.of("青河")));
    }

    @Test
    void namesThatDifferInTheirPlaceAreTwoForums() {
        assertFalse(ForumMentions.sameForum(named("2023青河国际友城合作论坛"), "2024白山国际友城合作论坛", List.of("青河", "白山")));
    }

    @Test
    void placesWrittenWithTheirSuffixStillTellTwoForumsApart() {
        // the shared tail 州市国际友城合作论坛 reaches into both places' names
        assertFalse(ForumMentions.sameForum(named("2023青州市国际友城合作论坛"), "2024白州市国际友城合作论坛", List.of("青州", "白州")));
    }

    @Test
    void twoYearsOfOneSeriesAreTwoForums() {
        assertFalse(ForumMentions.sameForum(named("2023青河国际友城论坛"), "2024青河国际友城论坛", List.of("青河")));
        assertFalse(ForumMentions.sameForum(named("第三届青河国际友城论坛"), "第四届青河国际友城论坛", List.of("青河")));
        assertTrue(ForumMentions.sameForum(named("2024青河国际友城论坛"), "2024年青河国际友城论坛", List.of("青河")));
    }

    @Test
    void aNameWithItsYearIsFuller() {
        assertTrue(ForumMentions.fuller("2024青河论坛", "青河国际友城论坛"));
        assertFalse(ForumMentions.fuller("青河论坛", "青河国际论坛"));
    }

    @Test
    void theEditionWordBeforeOrAfterThePlaceNamesOneForum() {
        assertTrue(ForumMentions.sameForum(named("青河市首届国际友城大会"), "首届青河国际友城大会", List.of("青河")));
        assertTrue(ForumMentions.sameForum(named("青河市首届国际友城大会"), "首次青河国际友城大会", List.of("青河")));
        assertFalse(ForumMentions.sameForum(named("青河市第二届国际友城大会"), "第三届青河国际友城大会", List.of("青河")));
        assertFalse(ForumMentions.sameForum(named("青河市首届国际友城大会"), "首届白山国际友城大会", List.of("青河", "白山")));
    }

    @Test
    void theNextOrLastEditionIsAnotherForum() {
        assertFalse(ForumMentions.sameForum(named("青河国际友城论坛"), "下届青河国际友城论坛", List.of("青河")));
        assertFalse(ForumMentions.sameForum(named("青河国际友城论坛"), "上一届青河国际友城论坛", List.of("青河")));
        assertTrue(ForumMentions.sameForum(named("下届青河国际友城论坛"), "下届青河国际友城论坛", List.of("青河")));
    }
}
