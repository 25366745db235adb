package dev.newsie.events;

import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;
import dev.newsie.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Made-up venues and regions that place a forum. */
class ForumLocationTest {
    private static Entity city(String name) {
        return new Entity("e-" + name, EntityType.CITY, name, null, List.of(new Mention(name, 0, name.length(), 0, name.length())));
    }

    @Test
    void aVenueOpeningWithACitysNamePlacesTheForumThere() {
        List<Entity> cities = List.of(city("白山"), city("青河"));
        assertEquals("白山", ForumLocation.cityLeadingVenue("白山市政廳", cities));
        assertEquals("青河", ForumLocation.cityLeadingVenue("青河国际会展中心海韵厅", cities));
        assertNull(ForumLocation.cityLeadingVenue("国际会议中心", cities));
        assertNull(ForumLocation.cityLeadingVenue("白山大学科技馆", cities)); // a university named for a city may stand elsewhere
        assertNull(ForumLocation.cityLeadingVenue(null, cities));
    }

    @Test
    void theMacauAndHongKongPressCallTheirRegion本澳And本港() {
        List<String> text = List.of("2024年闽澳合作会议于本澳举行。");
        String t = text.get(0);
        MaskedSentence ms = MaskedSentence.of(new Sentence(0, t.length(), t), List.of());
        assertEquals("澳门", ForumLocation.location(ms));
    }

    @Test
    void aHeadlinePutsThePlaceBetweenTheForumAndItsVerb() {
        String t = "2030年青河市长论坛白山开幕聚焦绿色发展";
        Entity baishan = new Entity("e-白山", EntityType.CITY, "白山", null, List.of(new Mention("白山", 11, 13, 11, 13)));
        Entity qinghe = new Entity("e-青河", EntityType.CITY, "青河", null, List.of(new Mention("青河", 5, 7, 5, 7)));
        MaskedSentence ms = MaskedSentence.of(new Sentence(0, t.length(), t), List.of(baishan, qinghe));
        List<String> heads = List.of("论坛", "大会"), held = List.of("开幕", "举行");
        assertNull(ForumLocation.location(ms));
        assertEquals("白山", ForumLocation.placeAfterHead(ms, heads, held));
        String u = "青河论坛白山代表团抵达";
        MaskedSentence other = MaskedSentence.of(new Sentence(0, u.length(), u),
                List.of(new Entity("e-白山", EntityType.CITY, "白山", null, List.of(new Mention("白山", 4, 6, 4, 6)))));
        assertNull(ForumLocation.placeAfterHead(other, heads, held)); // no verb of holding after the place
    }

    private static final ForumExtractor FORUMS = new ForumExtractor(EventLexicon.load(), MadeUpReports.names());

    private static dev.newsie.model.Event onlyForum(String text, String published) {
        List<ForumExtractor.Forum> fs = FORUMS.extract(new DocumentContext(text, published, MadeUpReports.entities(text)));
        assertEquals(1, fs.size(), fs.toString());
        return fs.get(0).b.build();
    }

    @Test
    void aForumTheDatelinesSentenceReportsWasHeldWhereTheReportWasFiled() {
        // made up: the dateline's sentence reports the forum attended, and no sentence says where it was held
        String text = "新华社烟台9月3日电（记者王某）第二届青禾友城合作大会3日闭幕,协会会长张某致闭幕词。"
                + "\n张某表示,合作成果丰硕。";
        assertEquals("烟台", onlyForum(text, "2031-09-03").location());
        // the dateline's sentence names another city beside the forum: the forum may have been held there
        String away = "新华社烟台9月3日电（记者王某）烟台市代表团与大连市代表团3日共同出席第五届山海经贸合作论坛,"
                + "双方签署了合作协议。";
        assertNull(onlyForum(away, "2031-09-03").location());
        // a forum reported only after the dateline's sentence is not placed by it
        String later = "新华社烟台9月3日电（记者王某）友城合作成果丰硕。\n张某此前出席了第二届青禾友城合作大会。";
        List<ForumExtractor.Forum> fs = FORUMS.extract(new DocumentContext(later, "2031-09-03", MadeUpReports.entities(later)));
        assertEquals(1, fs.size(), fs.toString());
        fs.forEach(f -> assertNull(f.b.build().location(), f.name));
    }

    @Test
    void aForumTheDatelinesSentenceSetsElsewhereIsNotPlacedByTheDateline() {
        // made up: a country, a province or Hong Kong named in the dateline's sentence may be where the forum was held
        String country = "新华社烟台9月3日电（记者王某）烟台市副市长李某3日出席了在日本举行的第五届山海经贸合作论坛。";
        assertNull(onlyForum(country, "2031-09-03").location());
        String province = "新华社烟台9月3日电（记者王某）烟台市代表团与江苏省代表团3日共同出席第五届山海经贸合作论坛。";
        assertNull(onlyForum(province, "2031-09-03").location());
        String region = "新华社烟台9月3日电（记者王某）烟台市代表团与香港代表团3日共同出席第五届山海经贸合作论坛。";
        assertNull(onlyForum(region, "2031-09-03").location());
        // the dateline city's own province is no other place
        String own = "新华社烟台9月3日电（记者王某）山东省副省长李某3日出席第五届山海经贸合作大会。";
        assertEquals("烟台", onlyForum(own, "2031-09-03").location());
        // a reporter's name in the byline read as a place is no place said
        String byline = "中新社烟台9月3日电 (记者 王某 华山)李某3日在出席第五届山海经贸合作大会时说,合作成果丰硕。";
        assertEquals("烟台", onlyForum(byline, "2031-09-03").location());
        // the organisers are another city's
        String hosted = "新华社烟台9月3日电（记者王某）第五届山海经贸合作论坛3日闭幕。\n本届论坛由大连市人民政府主办。";
        assertNull(onlyForum(hosted, "2031-09-03").location());
    }

    @Test
    void anUndatedForumTheDatelinesSentenceReportsIsNotPlacedByTheDateline() {
        // made up: no day said — the forum may be an earlier one, or one to come; the dateline does not place it
        assertNull(onlyForum("新华社烟台9月3日电（记者王某）第五届山海经贸合作论坛日前闭幕。", "2031-09-03").location());
        assertNull(onlyForum("新华社烟台9月3日电（记者王某）李某出席了第五届山海经贸合作论坛。", "2031-09-03").location());
    }

    @Test
    void aCityBracketedInOrAfterAForumsNameHoldsThatEdition() {
        List<Entity> cities = List.of(city("白山"), city("青河"));
        assertEquals("白山", ForumLocation.bracketedCity("青河城市合作(白山)论坛", "青河城市合作(白山)论坛举行。", cities));
        String t = "市长在青河饭店会见了来白山出席第三届青河论坛（白山市）的代表。";
        assertEquals("白山", ForumLocation.bracketedCity("第三届青河论坛", t, cities));
        assertNull(ForumLocation.bracketedCity("青河论坛", "青河论坛（简称青论）开幕。", cities)); // a short name, no city
        assertNull(ForumLocation.bracketedCity("青河论坛", "青河论坛开幕(图)。", cities));
        assertNull(ForumLocation.bracketedCity("青河论坛", "青河论坛在白山举行。第二届青河论坛（白山）", cities)); // a past edition
    }

    @Test
    void aForumHeldHereWasHeldWhereTheReportWasFiledWhoeverOrganisedIt() {
        // made up: an office in another city organises it, yet 此间 says it was held in the dateline's city, on a day
        // the undated page does not give
        String text = "中新社烟台九月三日电 由青禾协会大连事务所主办的第二届青禾地方交流研讨会今日在此间举行。";
        assertEquals("烟台", onlyForum(text, null).location());
    }

    @Test
    void aForumNamedInAnotherClauseThanHereIsNotPlacedByIt() {
        // made up: the forum is named in passing, and 此间 belongs to another clause of the sentence
        String text = "中新社烟台九月三日电 友城交流日益密切。\n张某此前出席了第二届青禾友城合作大会,"
                + "今日在此间举行的座谈会上介绍了成果。";
        assertNull(onlyForum(text, "2031-09-03").location());
        // the forum is the subject of the clause with 此间, after an earlier clause: every 此间 is read
        String later = "中新社烟台九月三日电 友城交流日益密切。\n代表们九月一日抵达,第二届青禾地方交流研讨会今日在此间举行。";
        assertEquals("烟台", onlyForum(later, null).location());
    }
}
