package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 举办甲论坛、乙论坛和丙论坛三场平行论坛: the count and the word for the parts after the last part's name close the
 * list; read back from the last head they name no forum (made-up sentences).
 */
class CountAfterTheLastPartNamesNoForumTest {
    private static final ForumNames names = new ForumNames(EventLexicon.load());

    private static List<String> found(String s) {
        return names.find(s).stream().map(sp -> s.substring(sp[0], sp[1])).toList();
    }

    @Test
    void theCountAfterAPartsNameNamesNoForum() {
        List<String> f = found("大会期间同期举办海洋经济论坛、青年交流论坛和非遗保护论坛三场平行论坛。");
        assertEquals(List.of(), f.stream().filter(n -> n.contains("三场")).toList(), f.toString());
        f = found("峰会还举行了智慧港口论坛及乡村振兴论坛两个专题论坛。");
        assertEquals(List.of(), f.stream().filter(n -> n.contains("两个")).toList(), f.toString());
    }
}
