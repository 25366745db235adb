package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 设“甲”“乙”“丙”三个圆桌对话: counted round tables are parts of the forum, whose titles are its topics, not forums of
 * their own; 围绕A、B、C三大主题 counts the forum's topics as 三大议题 does (made-up sentences and report).
 */
class CountedRoundTablesAndThemesArePartsTest {
    private static final ForumNames names = new ForumNames(EventLexicon.load());

    @Test
    void countedRoundTablesNameNoForum() {
        String s = "论坛设置“港城更新”“湿地保育”“非遗传承”三个圆桌对话。";
        assertTrue(names.find(s).isEmpty(), names.find(s).stream().map(sp -> s.substring(sp[0], sp[1])).toList().toString());
    }

    @Test
    void theRoundTablesTitlesAreTheReportedForumsTopics() {
        List<Event> fs = ofType(run("9日，2026青川国际友城论坛在青川举行。论坛设置“港城更新”“湿地保育”“非遗传承”三个圆桌对话，嘉宾们分别作了主旨演讲。",
                "2026-04-10"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(List.of("港城更新", "湿地保育", "非遗传承"), fs.get(0).topics());
    }

    @Test
    void themesCountedAfterAnUnquotedList() {
        assertEquals(List.of("港城更新", "湿地保育", "非遗传承"), ForumTopics.topics("大会围绕港城更新、湿地保育、非遗传承三大主题展开。"));
    }
}
