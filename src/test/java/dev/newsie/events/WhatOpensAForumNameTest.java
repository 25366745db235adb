package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Where a forum's name starts: after a subtitle's dash and after a report's opener run into it (本报讯, 9日讯), and
 * not after a verb that stands inside a quoted word of the name (made-up sentences and places).
 */
class WhatOpensAForumNameTest {
    private static final ForumNames names = new ForumNames(EventLexicon.load());

    private static List<String> found(String s) {
        return names.find(s).stream().map(sp -> s.substring(sp[0], sp[1])).toList();
    }

    @Test
    void aSubtitlesDashOpensNoName() {
        assertEquals(List.of("第二届白山-青河友城合作论坛"), found("——第二届白山-青河友城合作论坛隆重开幕"));
    }

    @Test
    void aDashJoiningTwoSidesInsideANameStays() {
        assertEquals(List.of("白山——青河港口城市论坛"), found("9日,白山——青河港口城市论坛在青河开幕。"));
    }

    @Test
    void aReportsOpenerRunIntoTheNameOpensNoName() {
        assertEquals(List.of("青河白山友城交流大会"), found("本报9日讯青河白山友城交流大会10日在青河召开。"));
        assertEquals(List.of("北海沿岸城市市长论坛"), found("编辑 王明 本报讯北海沿岸城市市长论坛今天在白山落幕。"));
    }

    @Test
    void aVerbInsideAQuotedWordOfTheNameIsTheNames() {
        assertEquals(List.of("第五届“推动未来”港口城市论坛"), found("王明出席在白山举办的第五届“推动未来”港口城市论坛。"));
        assertEquals(List.of("第二届“成功之路”青年创业大会"), found("去年,他参加了第二届“成功之路”青年创业大会。"));
    }
}
