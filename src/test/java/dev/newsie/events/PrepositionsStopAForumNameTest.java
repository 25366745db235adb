package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The prepositions 于 and 就 stand between a clause's subject and what it acts on or where; a forum's name
 * read back from its head starts after them (made-up sentences).
 */
class PrepositionsStopAForumNameTest {
    private static final ForumNames NAMES = new ForumNames(EventLexicon.load());

    private static List<String> found(String s) {
        return NAMES.find(s).stream().map(sp -> s.substring(sp[0], sp[1])).toList();
    }

    @Test
    void aCountedPartAfterYuNamesNoForum() {
        assertTrue(found("两位市长各自于三场平行论坛演讲。").isEmpty());
    }

    @Test
    void aBareHeadAfterJiuNamesNoForum() {
        assertTrue(found("两市就论坛筹备事宜交换意见。").isEmpty());
    }

    @Test
    void aNameAfterThePrepositionIsReadFromIt() {
        assertEquals(List.of("第三届烟台国际友城论坛"), found("两市代表将于第三届烟台国际友城论坛期间会面。"));
        assertEquals(List.of("2024襄阳青年就业论坛"), found("2024襄阳青年就业论坛在襄阳举行。"));
    }
}
