package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** 〔记者甲／乙报道〕 opens a Taiwan daily's report: the forum's name starts after its closing bracket (made-up sentences). */
class BylineBracketsEndAForumNameTest {
    private static final ForumNames names = new ForumNames(EventLexicon.load());

    private static List<String> found(String s) {
        return names.find(s).stream().map(sp -> s.substring(sp[0], sp[1])).toList();
    }

    @Test
    void theNameStartsAfterTheBylinesBracket() {
        assertEquals(List.of("2025诸罗国际城市论坛"), found("〔记者李文华／嘉义报导〕2025诸罗国际城市论坛今日(14日)登场。"));
    }

    @Test
    void squareBracketsCloseABylineToo() {
        assertEquals(List.of("第三届兰阳城市对话会"), found("［记者周建宏／宜兰报导］第三届兰阳城市对话会昨日在宜兰举行。"));
    }

    @Test
    void angleBracketsStandingForTitleMarksStopANameToo() {
        // made up: a page that lost its 《》 writes >> and << around a declaration's title
        assertEquals(List.of("首届青山城市论坛"), found("论坛通过了>>首届青山城市论坛宣言<<,决定设立基金。"));
    }
}
