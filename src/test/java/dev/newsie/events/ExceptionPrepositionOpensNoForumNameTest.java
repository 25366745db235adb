package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentence: in 除甲论坛外 the preposition of exception is no part of the forum's name. */
class ExceptionPrepositionOpensNoForumNameTest {
    private final ForumNames names = new ForumNames(EventLexicon.load());

    @Test
    void chuIsNotInTheName() {
        String s = "除松本城市论坛外,襄阳发展论坛也已开始陆续举办。";
        List<String> found = names.find(s).stream().map(sp -> s.substring(sp[0], sp[1])).toList();
        assertFalse(found.stream().anyMatch(n -> n.startsWith("除")), found.toString());
        assertTrue(found.contains("松本城市论坛"), found.toString());
    }
}
