package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 希望甲对话成为…, 祝贺乙论坛举行: a verb of wishing, thanking or welcoming that takes the forum as its object
 * stands before the name and is no part of it (made-up sentences).
 */
class AVerbTakingTheForumIsNoPartOfItsNameTest {
    private static final ForumNames names = new ForumNames(EventLexicon.load());

    private static List<String> found(String s) {
        return names.find(s).stream().map(sp -> s.substring(sp[0], sp[1])).toList();
    }

    @Test
    void aWishBeforeTheNameIsLeftOut() {
        assertEquals(List.of("青山省州长对话"), found("他说,希望青山省州长对话成为两地合作的桥梁。"));
    }

    @Test
    void congratulationsBeforeTheNameAreLeftOut() {
        assertEquals(List.of("第三届白水城市论坛"), found("外长致信祝贺第三届白水城市论坛开幕。"));
    }
}
