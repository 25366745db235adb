package dev.newsie.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.nlp.MadeUpTokens.name;
import static dev.newsie.nlp.MadeUpTokens.word;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameWindowsTest {
    static final NameWindows NOTHING_RULED_OUT = new NameWindows(new NotNames(List.of(), List.of()));
    @Test
    void noWordTaggedAsAPersonMeansNothingToRead() {
        String text = "两市代表在会上签署了合作备忘录。";
        assertTrue(NOTHING_RULED_OUT.of(text, List.of(word(text, "两市"), word(text, "备忘录"))).isEmpty());
    }

    @Test
    void aNameIsReadWithTheCharactersAroundItInsideItsSentence() {
        String text = "会议在甲市举行。青河市市长柯明远出席开幕式并致辞表示欢迎各位来宾。会后参观。";
        List<NameWindows.Window> w = NOTHING_RULED_OUT.of(text, List.of(name(text, "柯明远")));
        assertEquals(1, w.size());
        int at = text.indexOf("柯明远");
        assertEquals(text.indexOf("青河市"), w.get(0).start(), "the window stops at the sentence's start");
        assertEquals(at + 3 + NameWindows.AFTER, w.get(0).end());
    }

    @Test
    void aNameDeepInASentenceIsReadFromAShortReachBeforeItAndALongerOneAfterIt() {
        String text = "在热烈友好的气氛中双方代表回顾了多年来的交流成果青河市外事办公室主任柯明远随后介绍了本次访问的全部日程安排和后续合作计划。";
        int at = text.indexOf("柯明远");
        List<NameWindows.Window> w = NOTHING_RULED_OUT.of(text, List.of(name(text, "柯明远")));
        assertEquals(List.of(new NameWindows.Window(at - NameWindows.BEFORE, at + 3 + NameWindows.AFTER)), w);
        assertTrue(NameWindows.BEFORE < NameWindows.AFTER);
    }

    @Test
    void aCommaEndsTheClauseAWindowStaysIn() {
        String text = "双方回顾了交流成果，柯明远随后致辞，并表示欢迎各方来宾参加。";
        List<NameWindows.Window> w = NOTHING_RULED_OUT.of(text, List.of(name(text, "柯明远")));
        assertEquals(List.of(new NameWindows.Window(text.indexOf("柯明远"), text.indexOf("，并") + 1)), w);
    }

    @Test
    void wordsTaggedAsNamesThatTheListRulesOutAreNotRead() {
        String text = "青河市与东港市缔结友好城市关系，柯明远出席。";
        NameWindows windows = new NameWindows(new NotNames(List.of("市"), List.of("友好")));
        List<NameWindows.Window> w = windows.of(text, List.of(name(text, "河市"), name(text, "结友好"), name(text, "柯明远")));
        assertEquals(List.of(new NameWindows.Window(text.indexOf("柯明远"), text.length())), w);
    }

    @Test
    void theShippedListRulesOutPlaceEndingsAndFriendshipWordsButNotNames() {
        NotNames notNames = NotNames.load();
        assertTrue(notNames.holds("河市") && notNames.holds("结友好") && notNames.holds("东港縣"));
        assertTrue(!notNames.holds("柯明远") && !notNames.holds("罗佩文"));
    }

    @Test
    void namesCloseTogetherShareOneWindowAndALineBreakEndsASentence() {
        String text = "获奖者为柯明远、罗佩文、苏立安\n本报记者 丁一";
        List<NameWindows.Window> w = NOTHING_RULED_OUT.of(text, List.of(name(text, "柯明远"), name(text, "罗佩文"), name(text, "苏立安"), name(text, "丁一")));
        assertEquals(2, w.size(), w.toString());
        assertEquals(0, w.get(0).start());
        assertEquals(text.indexOf('\n') + 1, w.get(0).end(), "the first line's window ends with its line");
        assertEquals(text.indexOf("本报"), w.get(1).start());
        assertEquals(text.length(), w.get(1).end());
    }
}
