package dev.newsie.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsie.canon.CanonicalNames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScorerTest {
    private static Scorer scorer;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void load() {
        scorer = new Scorer(CanonicalNames.load());
    }

    private static ScoredDocument doc(String json) throws Exception {
        return ScoredDocumentParser.parse(JSON.readTree(json.replace('\'', '"')), "test");
    }

    @Test
    void exactMatchScoresOne() throws Exception {
        String g = "{'doc':'d','entities':[{'type':'CITY','name':'上海'},{'type':'PERSON','name':'龚正'}]}";
        DocumentScore s = scorer.score(doc(g), doc(g));
        assertEquals(new PrfCounts(2, 0, 0), s.entities().total());
        assertEquals(1.0, s.overall().f1());
    }

    @Test
    void missedEntityLowersRecallOnly() throws Exception {
        ScoredDocument g = doc("{'doc':'d','entities':[{'type':'CITY','name':'上海'},{'type':'CITY','name':'科克'},{'type':'COUNTRY','name':'爱尔兰'}]}");
        ScoredDocument p = doc("{'id':'d','entities':[{'type':'CITY','name':'上海'},{'type':'COUNTRY','name':'爱尔兰'}]}");
        PrfCounts c = scorer.score(g, p).entities().total();
        assertEquals(new PrfCounts(2, 0, 1), c);
        assertEquals(1.0, c.precision());
        assertEquals(2.0 / 3, c.recall(), 1e-9);
        assertEquals(0.8, c.f1(), 1e-9);
    }

    @Test
    void wrongTypeIsOneFalsePositiveAndOneFalseNegativeButRightUntyped() throws Exception {
        ScoredDocument g = doc("{'doc':'d','entities':[{'type':'CITY','name':'上海'}]}");
        ScoredDocument p = doc("{'id':'d','entities':[{'type':'PROVINCE','name':'上海'}]}");
        DocumentScore s = scorer.score(g, p);
        assertEquals(new PrfCounts(0, 1, 1), s.entities().total());
        assertEquals(new PrfCounts(1, 0, 0), s.untypedEntities().total());
    }

    @Test
    void namesMatchAfterCanonicalisation() throws Exception {
        ScoredDocument g = doc("{'doc':'d','entities':[{'type':'CITY','name':'上海'},{'type':'COUNTRY','name':'韩国'},"
                + "{'type':'PROVINCE','name':'卡拉沃沃'}]}");
        ScoredDocument p = doc("{'id':'d','entities':[{'type':'CITY','name':'上海市'},{'type':'COUNTRY','name':'南韓'},"
                + "{'type':'CITY','name':'申城'},{'type':'PROVINCE','name':'卡拉沃沃州'}]}");
        // 上海市 and 申城 both canonicalise to 上海: one entity, matched once.
        assertEquals(new PrfCounts(3, 0, 0), scorer.score(g, p).entities().total());
    }

    @Test
    void competingEventsArePairedOneToOneByArgumentOverlap() throws Exception {
        // Both gold forums contain the predicted name; the prediction shares its date with the second.
        ScoredDocument g = doc("{'doc':'d','events':["
                + "{'type':'FORUM','name':'2021年全球市长论坛全体大会','date':'2021-11-11'},"
                + "{'type':'FORUM','name':'2021年全球市长论坛','date':'2021-11-08'}]}");
        ScoredDocument p = doc("{'id':'d','events':[{'type':'FORUM','name':'全球市长论坛','date':'2021-11-08'}]}");
        DocumentScore s = scorer.score(g, p);
        assertEquals(new PrfCounts(1, 0, 1), s.events().total());
        // Paired with the second: name and date of the pair compared (date tp, name fp+fn), first forum's 2 args missed.
        assertEquals(new PrfCounts(1, 1, 3), s.arguments().total());
    }

    @Test
    void argumentsOfUnmatchedEventsAllCount() throws Exception {
        ScoredDocument g = doc("{'doc':'d','events':[{'type':'SIGNING','parties':['上海','雅典'],'agreement':'SISTER_CITY','date':'2025-01'}]}");
        ScoredDocument p = doc("{'id':'d','events':[{'type':'SIGNING','parties':['上海','马赛'],'agreement':'SISTER_CITY'}]}");
        DocumentScore s = scorer.score(g, p);
        assertEquals(new PrfCounts(0, 1, 1), s.events().total());
        // gold: 2 parties + agreement + date = 4 missed; predicted: 2 parties + agreement = 3 false alarms.
        assertEquals(new PrfCounts(0, 3, 4), s.arguments().total());
    }

    @Test
    void listRolesCountPerElement() throws Exception {
        ScoredDocument g = doc("{'doc':'d','events':[{'type':'AWARD','award':'杰出贡献奖','recipients':['北京','上海','江苏','福建']}]}");
        ScoredDocument p = doc("{'id':'d','events':[{'type':'AWARD','award':'「杰出贡献奖」','recipients':['北京市','上海市','广东省']}]}");
        DocumentScore s = scorer.score(g, p);
        assertEquals(new PrfCounts(1, 0, 0), s.events().total());
        // award tp; recipients 北京, 上海 tp, 广东 fp, 江苏 福建 fn
        assertEquals(new PrfCounts(3, 1, 2), s.arguments().total());
    }

    @Test
    void datesCompareAsStrings() throws Exception {
        ScoredDocument g = doc("{'doc':'d','events':[{'type':'SIGNING','parties':['上海','雅典'],'date':'2025-01'}]}");
        ScoredDocument p = doc("{'id':'d','events':[{'type':'SIGNING','parties':['雅典','上海'],'date':'2025-01-29'}]}");
        DocumentScore s = scorer.score(g, p);
        assertEquals(new PrfCounts(1, 0, 0), s.events().total());
        assertEquals(new PrfCounts(2, 1, 1), s.arguments().total());
    }

    @Test
    void countsCompareAsIntegers() throws Exception {
        ScoredDocument g = doc("{'doc':'d','events':[{'type':'FORUM','name':'论坛','countries':22}]}");
        ScoredDocument p = doc("{'id':'d','events':[{'type':'FORUM','name':'论坛','countries':'22'}]}");
        assertEquals(new PrfCounts(2, 0, 0), scorer.score(g, p).arguments().total());
    }

    @Test
    void forumMatchesByAliasOrByDateAndLocation() throws Exception {
        ScoredDocument g = doc("{'doc':'d','events':[{'type':'FORUM','name':'世界市长对话·上海暨合作论坛','aliases':['世界市长对话'],'date':'2025-05-29','location':'上海'}]}");
        assertEquals(1, scorer.score(g, doc("{'id':'d','events':[{'type':'FORUM','name':'世界市长对话'}]}")).events().total().tp());
        assertEquals(1, scorer.score(g, doc("{'id':'d','events':[{'type':'FORUM','name':'另一个名字','date':'2025-05-29','location':'上海市'}]}")).events().total().tp());
        assertEquals(0, scorer.score(g, doc("{'id':'d','events':[{'type':'FORUM','name':'另一个名字','date':'2025-05-29'}]}")).events().total().tp());
    }

    @Test
    void relationsAreUnorderedPairsWithSinceAsArgument() throws Exception {
        ScoredDocument g = doc("{'doc':'d','relations':[{'type':'SISTER_CITY','parties':['上海','科克'],'since':'2005'},"
                + "{'type':'SISTER_CITY','parties':['上海','马赛'],'since':'1987'}]}");
        ScoredDocument p = doc("{'id':'d','relations':[{'type':'SISTER_CITY','parties':['科克市','上海市'],'since':'2005'},"
                + "{'type':'SISTER_CITY','parties':['上海','马赛'],'since':'1988'},{'type':'SISTER_CITY','parties':['上海','雅典']}]}");
        DocumentScore s = scorer.score(g, p);
        assertEquals(new PrfCounts(2, 1, 0), s.relations().total());
        assertEquals(new PrfCounts(1, 1, 1), s.relationSince().total());
    }

    @Test
    void cleaningComparesCharacterBigramsInSimplifiedWithoutWhitespace() {
        assertEquals(new PrfCounts(3, 0, 0), Scorer.scoreCleaning("上海市 长", "上海市長"));
        // predicted has a junk tail: 2 extra bigrams
        assertEquals(new PrfCounts(3, 2, 0), Scorer.scoreCleaning("友好城市", "友好城\n\n市广告"));
        assertEquals(new PrfCounts(0, 0, 3), Scorer.scoreCleaning("友好城市", null));
    }
}
