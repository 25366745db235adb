package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 由甲协会、乙省人民政府、某国某大区议会共同举办的…论坛: a foreign region's assembly closing the list of a bilateral
 * forum's hosts is a host, and the hosts before it are read through it (made-up report).
 */
class ForeignRegionalAssemblyCoHostsTest {
    private static final ForumExtractor FORUMS = new ForumExtractor(EventLexicon.load(), names());

    private static List<String> hosts(String text) {
        return FORUMS.extract(new DocumentContext(text, "2026-09-20", entities(text))).get(0).b.build().organizers();
    }

    @Test
    void regionalAssemblyEndsTheHostList() {
        List<String> hosts = hosts("由中国人民对外友好协会、福建省人民政府、意大利威尼托大区议会共同举办的第四届中意地方合作论坛"
                + "于9月18日在福州市举行。");
        assertEquals(List.of("中国人民对外友好协会", "福建省人民政府", "意大利威尼托大区议会"), hosts);
    }
}
