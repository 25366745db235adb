package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 2031(中国·甲省·乙市)交流会, 甲国(乙市)—丙国(丁市)合作会: places glossed in brackets inside a forum's name are part of
 * it, and say whose the sides are or which city the edition is in (made-up sentences).
 */
class PlacesGlossedInBracketsInsideAForumNameTest {
    private static final ForumNames names = new ForumNames(EventLexicon.load());
    private static final ForumExtractor FORUMS = new ForumExtractor(EventLexicon.load(), MadeUpReports.names());

    private static List<String> found(String s) {
        return names.find(s).stream().map(sp -> s.substring(sp[0], sp[1])).toList();
    }

    private static dev.newsie.model.Event onlyForum(String text) {
        List<ForumExtractor.Forum> fs = FORUMS.extract(new DocumentContext(text, "2031-09-04", MadeUpReports.entities(text)));
        assertEquals(1, fs.size(), fs.toString());
        return fs.get(0).b.build();
    }

    @Test
    void aChainOfPlacesFromTheWidestIsInsideTheName() {
        assertEquals(List.of("2031(中国·江西·九江)庐山文化旅游对话会"),
                found("昨天上午,2031(中国·江西·九江)庐山文化旅游对话会在九江开幕。"));
        assertEquals(List.of("第二届(中国•广西•柳州)东盟城市圆桌会"),
                found("第二届(中国•广西•柳州)东盟城市圆桌会于柳州举行,八国代表出席。"));
    }

    @Test
    void aLongForeignPlaceWithItsLevelWordIsInsideTheName() {
        assertEquals(List.of("中国(柳州)—俄罗斯(下诺夫哥罗德州)青年创业论坛"),
                found("柳州消息,中国(柳州)—俄罗斯(下诺夫哥罗德州)青年创业论坛5月6日开幕。"));
    }

    @Test
    void twoSidesGlossedByTheirPlacesNameTheGatheringWhateverItsHead() {
        assertEquals(List.of("中国(赣州)—意大利(普拉托)青年与体育合作会"),
                found("中国(赣州)—意大利(普拉托)青年与体育合作会于9月3日开幕,两地学生代表参加。"));
        assertEquals(List.of("中国(襄阳)—葡萄牙(布拉加)友城合作推进会"),
                found("中国(襄阳)—葡萄牙(布拉加)友城合作推进会今天在襄阳举行。"));
    }

    @Test
    void aLongBracketThatIsNoPlaceStaysOutOfTheName() {
        found("2031(首届友好城市交流活动)国际恳谈会在九江开幕。").forEach(n -> assertFalse(n.contains("首届"), n));
        // the paired sides without a verb of holding after them name no gathering held
        assertEquals(List.of(), found("双方商定,中国(赣州)—意大利(普拉托)投资合作会的筹备工作由两市外办负责。"));
    }

    @Test
    void theSidesPlacesGiveWayToThePlaceTheSentenceGives() {
        String text = "中国(赣州)—意大利(普拉托)文旅合作推介会于9月3日在普拉托举行。";
        assertEquals("普拉托", onlyForum(text).location());
    }

    @Test
    void aChainOfPlacesPlacesTheEditionInItsLastPlace() {
        String text = "庐山脚下,2031(中国·江西·九江)文化旅游对话会9月3日开幕,嘉宾来自十二国。";
        dev.newsie.model.Event f = onlyForum(text);
        assertTrue(f.name().contains("九江"), f.name());
        assertEquals("九江", f.location());
    }
}
