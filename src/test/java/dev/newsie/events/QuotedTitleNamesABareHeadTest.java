package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 举办「甲与乙」国际研讨会: a quoted title right before a head that alone, or with only a word of scope, names no event
 * is the event's name with it; a head inside a quoted theme names none (made-up sentences).
 */
class QuotedTitleNamesABareHeadTest {
    private static final ForumNames names = new ForumNames(EventLexicon.load());

    private static List<String> found(String s) {
        return names.find(s).stream().map(sp -> s.substring(sp[0], sp[1])).toList();
    }

    @Test
    void aQuotedTitleBeforeAScopeWordAndAHead() {
        assertEquals(List.of("「港口城市与海洋治理」国际研讨会"), found("海洋大学今日举办「港口城市与海洋治理」国际研讨会，邀请多国学者与会。"));
        assertEquals(List.of("“数字丝路”高峰论坛"), found("“数字丝路”高峰论坛9日在青川举行。"));
    }

    @Test
    void aHeadInsideAQuotedThemeNamesNoForum() {
        assertEquals(List.of("第二届青川古城大会"), found("第二届青川古城大会9日开幕，大会主题是“文明对话 古城新生”。"));
    }
}
