package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Made-up sentences: a forum name whose head follows two nouns joined by 与 (合作与发展论坛) keeps a quoted word and the
 * year before them (2019“一带一路”甲合作与发展论坛), as a name with no 与 does.
 */
class QuotedWordBeforeCoordinatedNounsTest {
    private final ForumNames names = new ForumNames(EventLexicon.load());

    private List<String> found(String s) {
        return names.find(s).stream().map(sp -> s.substring(sp[0], sp[1])).toList();
    }

    @Test
    void theQuotedWordAndTheYearStayInTheName() {
        assertEquals(List.of("2019“一带一路”襄阳青年科技与创新论坛"),
                found("10月15日上午,以“开放合作”为主题的2019“一带一路”襄阳青年科技与创新论坛在襄阳开幕。"));
        assertEquals(List.of("2021“丝路”烟台港口贸易与投资大会"), found("2021“丝路”烟台港口贸易与投资大会今天在烟台召开。"));
    }

    @Test
    void aNameWithoutQuotesIsUnchanged() {
        assertEquals(List.of("2019襄阳青年科技与创新论坛"), found("2019襄阳青年科技与创新论坛在襄阳开幕。"));
    }
}
