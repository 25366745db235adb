package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A sentence after the forum's report that lists counted themes (这三个主题) or parallel sessions (等三个平行会议), naming
 * no other forum, gives the reported forum's topics (made-up reports).
 */
class CountedThemesInALaterSentenceAreTheForumsTopicsTest {
    private static final ForumExtractor FORUMS = new ForumExtractor(EventLexicon.load(), names());

    private static List<Event> run(String text, String published) {
        return FORUMS.extract(new DocumentContext(text, published, entities(text))).stream().map(f -> f.b.build()).toList();
    }

    @Test
    void countedThemesDiscussedAreTopics() {
        String text = "5月11日,第三届青河白州地方合作对话会在青河市举行。两地嘉宾围绕港口城市合作成果、双边贸易机遇、"
                + "文化遗产保护这三个主题各抒己见。";
        List<Event> fs = run(text, "2022-05-12");
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(List.of("港口城市合作成果", "双边贸易机遇", "文化遗产保护"), fs.get(0).topics());
    }

    @Test
    void parallelSessionsOpenedAreTopics() {
        String text = "9月2日,2023第10届海岛旅游政策论坛在青河市举办。本届论坛同期开设了海岛生态研讨会、"
                + "青年学者对话、市长圆桌沙龙等三个平行会议。";
        List<Event> fs = run(text, "2023-09-03");
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(List.of("海岛生态研讨会", "青年学者对话", "市长圆桌沙龙"), fs.get(0).topics());
    }

    @Test
    void theForumsOneThemeIsNoTopic() {
        String text = "5月11日,第三届青河白州地方合作对话会在青河市举行。对话会以港口城市合作为主题。";
        List<Event> fs = run(text, "2022-05-12");
        assertEquals(1, fs.size(), fs.toString());
        assertNull(fs.get(0).topics());
    }
}
