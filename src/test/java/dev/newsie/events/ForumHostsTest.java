package dev.newsie.events;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.entities.EntityRecognizer;
import dev.newsie.model.Entity;
import dev.newsie.nlp.Analysis;
import dev.newsie.nlp.HanLpBackend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences naming a forum's hosts. */
class ForumHostsTest {
    private static EntityRecognizer entities;
    private static ForumHosts hosts;
    private static final HanLpBackend hanlp = new HanLpBackend();

    @BeforeAll
    static void load() {
        entities = EntityRecognizer.load(CanonicalNames.load());
        hosts = new ForumHosts(EventLexicon.load());
    }

    private static List<String> hostsOf(String sentence) {
        List<Entity> es = entities.recognize(sentence, hanlp.analyse(sentence), Analysis.EMPTY);
        return hosts.hosts(MaskedSentence.of(new Sentence(0, sentence.length(), sentence), es));
    }

    @Test
    void hostsAfter由AndTheOrganiserOfTheNextClause() {
        assertEquals(List.of("中国人民对外友好协会", "烟台市人民政府", "烟台市人民对外友好协会"),
                hostsOf("论坛由中国人民对外友好协会、烟台市人民政府共同主办,烟台市人民对外友好协会承办。"));
    }

    @Test
    void aHostTheRecogniserMissedIsStillAHostInTheRun() {
        // made up: 青河友好联络会 ends in 联络会 (HOST_HEAD), 白山—赤水中心 in 中心 that is no venue
        List<String> h = hostsOf("大会由青河友好联络会、白山—赤水中心和烟台市人民政府共同主办。");
        assertTrue(h.contains("青河友好联络会") && h.contains("白山—赤水中心") && h.contains("烟台市人民政府"), h.toString());
    }

    @Test
    void theBodyThatRunsAForumSeriesHostsWithItsBracketedSeat() {
        List<String> h = hostsOf("由甲乙经贸合作论坛(烟台)常设秘书处主办的对话会今天举行。");
        assertEquals(List.of("甲乙经贸合作论坛(烟台)常设秘书处"), h);
    }

    @Test
    void aCountOfAllTheHostsAfterTheNamedOneKeepsIt() {
        // made up: 等四方 / 等5家单位 counts every host after naming the first
        assertEquals(List.of("青山市人民政府"), hostsOf("本届大会由青山市人民政府等四方联合主办,吸引三百名嘉宾。"));
        assertEquals(List.of("青山市人民政府"), hostsOf("论坛由青山市人民政府等5家单位共同主办。"));
    }

    @Test
    void aVerbJoinedBy并BeforeTheHostingVerbKeepsTheHost() {
        assertEquals(List.of("烟台市人民政府"), hostsOf("论坛由烟台市人民政府倡议并主办。"));
    }

    @Test
    void aVenueOrAClauseOfPlaceBeforeTheVerbIsNoHost() {
        assertTrue(hostsOf("论坛于烟台国际会议中心举办。").isEmpty());
        assertTrue(hostsOf("第二届峰会今天在烟台成功举办。").isEmpty());
        assertTrue(hostsOf("论坛由两市政府共同主办。").isEmpty(), "a body pointed at, not named");
    }

    @Test
    void anAssistingOrGuidingBodyIsNoHost() {
        List<String> h = hostsOf("大会由烟台市人民政府指导,烟台市人民对外友好协会主办,烟台大学协办。");
        assertEquals(List.of("烟台市人民对外友好协会"), h);
    }

    @Test
    void hostsJoinedByAVerb() {
        assertEquals(List.of("烟台市人民政府", "中国人民对外友好协会"),
                hostsOf("烟台市人民政府携手中国人民对外友好协会举办本次论坛。"));
    }

    @Test
    void aLabelledListOfHosts() {
        assertEquals(List.of("中国人民对外友好协会"), hostsOf("主办单位:中国人民对外友好协会。"));
    }

    @Test
    void aPlaceBeforeTheVerbWithout由IsWhereNotWho() {
        assertTrue(hostsOf("当天,论坛在烟台举办。").isEmpty());
    }

    @Test
    void aForeignCityWhoseSuffixStandsOutsideItsNameStillHosts() {
        List<String> h = hostsOf("圆桌会由大连市人民政府与日本北九州市、韩国仁川广域市共同举办。");
        assertTrue(h.contains("大连市人民政府") && h.size() == 3, h.toString());
    }

    @Test
    void aHostBeforeATimeAndAVenueThenTheVerb() {
        assertEquals(List.of("新北市政府"), hostsOf("新北市政府今天在新北市政府大礼堂举办国际城市论坛。"));
    }

    @Test
    void theWritersOwnBodyFirstInTheListLeavesTheOtherHosts() {
        // made up: an association's release naming itself 我会 before the other hosts
        assertEquals(List.of("烟台市人民政府", "中国人民对外友好协会"),
                hostsOf("青河论坛是我会与烟台市人民政府、中国人民对外友好协会共同主办,每年举办一次。"));
        assertEquals(List.of("烟台市人民政府"), hostsOf("论坛由本会和烟台市人民政府联合主办。"));
    }

    @Test
    void theHostsOfAnActivityBesideTheForumAreNotTheForums() {
        // made up: an exhibition and an evening held during a forum, each with its own host
        assertTrue(hostsOf("论坛期间还举办了青河文化之夜,活动由烟台市人民政府承办。").isEmpty());
        assertTrue(hostsOf("同期举办的图片展由烟台市人民政府主办。").isEmpty());
        assertTrue(hostsOf("会后,与会代表参观了由烟台市人民政府举办的成果展。").isEmpty());
        assertEquals(List.of("烟台市人民政府"), hostsOf("由烟台市人民政府主办的青河国际友城论坛今天开幕,同期举办图片展。"));
    }

    // A relative clause before a forum's name, opened by a time, names its hosts.
    @Test
    void aTimedRelativeClauseNamesTheForumsHost() {
        assertEquals(List.of("中国人民对外友好协会"),
                hostsOf("在2016年中国人民对外友好协会举办的第二届青河国际友城论坛上,白州市获得表彰。"));
    }

    @Test
    void aTimedClauseHostingSomethingElseNamesNoForumHost() {
        assertTrue(hostsOf("2016年中国人民对外友好协会举办的图片展吸引了众多市民。").isEmpty());
    }

    // 展览 opening a venue's head (展览馆, 展览中心) names the building, not an exhibition beside the forum
    @Test
    void hostsAfterAnExhibitionHallAreTheForums() {
        assertEquals(List.of("新竹市政府"), hostsOf("2026竹风城市峰会今日在新竹世博展览馆开幕，为期两天，由新竹市政府主办。"));
    }

    @Test
    void anExhibitionBesideTheForumStillHasItsOwnHosts() {
        assertTrue(hostsOf("论坛期间还举办了友城图片展览，由新竹市政府承办。").isEmpty());
    }

    // a body as the subject of 举办 with only the day between it and the verb (甲市政府今（21）日举办) hosts
    @Test
    void aBodyBeforeTaiwansBracketedDayHosts() {
        assertEquals(List.of("嘉义市政府"), hostsOf("嘉义市政府今（14）日举办2025诸罗国际城市论坛，邀请多国城市代表与会。"));
        // as the normaliser rewrites Taiwan's bracketed day before the events stage
        assertEquals(List.of("嘉义市政府"), hostsOf("嘉义市政府今日(14日)举办2025诸罗国际城市论坛，邀请多国城市代表与会。"));
    }

    @Test
    void aBodyBeforeADayOfTheMonthHosts() {
        assertEquals(List.of("苏州市人民对外友好协会"), hostsOf("苏州市人民对外友好协会9日举办2025运河城市友好论坛。"));
    }

    @Test
    void aPlaceBeforeTheDayIsStillWhereNotWho() {
        assertTrue(hostsOf("第二届峰会9日在绍兴举办。").isEmpty());
    }
    // a place as the subject of a hosting verb whose object is the forum hosts it: who, since where would take 在
    @Test
    void aPlaceWhoseObjectIsTheForumHostsIt() {
        assertEquals(List.of("桂林"), hostsOf("2018年,桂林市承办了第五届青岚国际友城大会,会期三天。"));
        assertEquals(List.of("赤水"), hostsOf("当年,赤水县还举办了第三届山海旅游峰会。"));
        assertEquals(List.of("大理"), hostsOf("今年大理州亦首度主办中日乡村振兴论坛。"));
    }

    @Test
    void thePlaceThatFoundedTheForumHostsIt() {
        assertEquals(List.of("喀什"), hostsOf("由喀什市发起的“2031丝路港口论坛”8日闭幕。"));
    }

    @Test
    void aPlaceFoundingOrHostingSomethingElseIsNoHost() {
        assertTrue(hostsOf("会上,威海市发起成立港口城市联盟。").isEmpty());
        assertTrue(hostsOf("论坛期间,威海市还举办了港口城市图片展。").isEmpty());
    }
}
