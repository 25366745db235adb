package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One signing told in the headline and in the body is one signing (made-up reports). */
class RetoldSigningsTest {
    @Test
    void anUndatedHeadlineAndTheDatedReportAreOneSigning() {
        String text = "宜昌市与法国图尔市签署友好城市协议\n宜昌市与法国图尔市25日在巴黎签署友好城市关系协议书。";
        List<Event> ss = signings(run(text, "2022-04-27"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("2022-04-25", ss.get(0).date());
        assertEquals("巴黎", ss.get(0).location());
    }

    @Test
    void aHeadlineNamingTheDocumentLooselyIsTheBodysSigning() {
        String text = "南平市与法国图卢兹市签署友好合作协议\n5月8日，南平市与法国图卢兹市签署建立友好城市关系协议书。";
        List<Event> ss = signings(run(text, "2024-05-08"));
        assertEquals(1, ss.size());
        assertEquals("SISTER_CITY", ss.get(0).agreement());
        assertEquals("建立友好城市关系协议书", ss.get(0).title());
    }

    // round 7 of issue 9: page-shaped probes (made-up names)

    @Test
    void onePlaceNamedWithAndWithoutItsSuffixIsOneParty() {
        java.util.List<dev.newsie.model.EventBuilder> out = new java.util.ArrayList<>();
        out.add(Event.builder(dev.newsie.model.EventType.SIGNING).parties(List.of("北门", "宫崎")).agreement("SISTER_CITY").date("2025-11-11"));
        dev.newsie.model.EventBuilder again = Event.builder(dev.newsie.model.EventType.SIGNING).parties(List.of("北门镇", "宫崎"))
                .agreement("SISTER_CITY").title("姊妹城镇盟约");
        RetoldSignings.mergeInto(out, again, false, new java.util.HashSet<>());
        assertEquals(1, out.size());
        assertEquals(List.of("北门镇", "宫崎"), out.get(0).parties());
        assertEquals("姊妹城镇盟约", out.get(0).build().title());
    }

    @Test
    void aMemorandumSignedAtATwinningCeremonyToldBeforeIsThatTwinning() {
        String text = "5月3日,扬州市与意大利佛罗伦萨市举行缔结友好城市签约仪式。扬州市市长王一鸣与佛罗伦萨市市长马里奥签署谅解备忘录。";
        List<Event> ss = signings(run(text, "2022-05-05"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("SISTER_CITY", ss.get(0).agreement());
        assertEquals("2022-05-03", ss.get(0).date());
    }

    @Test
    void aTitledTwinningAndAMemorandumOnTheSameDayAreTwoSignings() {
        java.util.List<dev.newsie.model.EventBuilder> out = new java.util.ArrayList<>();
        out.add(Event.builder(dev.newsie.model.EventType.SIGNING).parties(List.of("扬州", "佛罗伦萨")).agreement("SISTER_CITY")
                .title("友好城市关系协议书").date("2022-05-03").evidence(new dev.newsie.model.Span(30, 60)));
        dev.newsie.model.EventBuilder memo = Event.builder(dev.newsie.model.EventType.SIGNING).parties(List.of("扬州", "佛罗伦萨"))
                .agreement("MEMORANDUM").title("经贸合作备忘录").date("2022-05-03").evidence(new dev.newsie.model.Span(70, 99));
        RetoldSignings.mergeInto(out, memo, true, new java.util.HashSet<>());
        assertEquals(2, out.size());
    }

    // round 8 of issue 9: construction-faithful mirrors (made-up names)

    @Test
    void aCeremonyRetoldWithoutItsDocumentsNameIsTheSigningToldBefore() {
        String text = "2023年6月9日,梅山乡与日本汤泽町以视讯方式签署友好城市交流协定。之后,梅山乡长林志远与汤泽町长山田一郎举行签署用印仪式,双方在协定书上署名。";
        List<Event> ss = signings(run(text, "2023-06-10"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("SISTER_CITY", ss.get(0).agreement());
        assertEquals("友好城市交流协定", ss.get(0).title());
    }

    @Test
    void oneOfAListOfPartnersIsADocumentOfItsOwnEvenWithoutAName() {
        java.util.List<dev.newsie.model.EventBuilder> out = new java.util.ArrayList<>();
        out.add(Event.builder(dev.newsie.model.EventType.SIGNING).parties(List.of("泰州", "格拉茨")).agreement("SISTER_CITY")
                .title("友好城市关系协议书").date("2021-04-02"));
        dev.newsie.model.EventBuilder project = Event.builder(dev.newsie.model.EventType.SIGNING).parties(List.of("泰州", "格拉茨"))
                .agreement("COOPERATION").date("2021-04-02");
        RetoldSignings.mergeInto(out, project, true, new java.util.HashSet<>(), false);
        assertEquals(2, out.size());
    }

    @Test
    void aTwinningToldInTheBodyWithoutADocumentKeepsItsKindOverALooseHeadline() {
        java.util.List<dev.newsie.model.EventBuilder> out = new java.util.ArrayList<>();
        out.add(Event.builder(dev.newsie.model.EventType.SIGNING).parties(List.of("泰州", "格拉茨")).agreement("COOPERATION")
                .title("友好合作协议").evidence(new dev.newsie.model.Span(0, 20)));
        dev.newsie.model.EventBuilder body = Event.builder(dev.newsie.model.EventType.SIGNING).parties(List.of("泰州", "格拉茨"))
                .agreement("SISTER_CITY").date("2021-04-02").evidence(new dev.newsie.model.Span(30, 60));
        RetoldSignings.mergeInto(out, body, true, new java.util.HashSet<>(), true);
        assertEquals(1, out.size());
        assertEquals("SISTER_CITY", out.get(0).build().agreement());
    }

    @Test
    void aTwinningRetoldWithoutADocumentMakesTheTitledDocumentATwinning() {
        java.util.List<dev.newsie.model.EventBuilder> out = new java.util.ArrayList<>();
        out.add(Event.builder(dev.newsie.model.EventType.SIGNING).parties(List.of("泰州", "格拉茨")).agreement("COOPERATION")
                .title("交流合作协议").date("2021-04-02").evidence(new dev.newsie.model.Span(30, 60)));
        dev.newsie.model.EventBuilder twinned = Event.builder(dev.newsie.model.EventType.SIGNING).parties(List.of("泰州", "格拉茨"))
                .agreement("SISTER_CITY").date("2021-04-02").evidence(new dev.newsie.model.Span(70, 90));
        RetoldSignings.mergeInto(out, twinned, true, new java.util.HashSet<>(), true);
        assertEquals(1, out.size());
        assertEquals("SISTER_CITY", out.get(0).build().agreement());
        assertEquals("交流合作协议", out.get(0).build().title());
    }

    // round 15 of issue 9: one document named plainly, then formally (made-up report)

    @Test
    void aDocumentNamedPlainlyAndThenFormallyIsOneSigning() {
        String text = "宜昌市长王强近日率代表团访问韩国高敞郡\n发布日期:2021/09/06\n"
                + "9月3日至4日,宜昌市市长王强率团访问韩国高敞郡,两市签订了青少年体育交流与合作意向书。"
                + "宜昌市与高敞郡2008年起为友好城市,每年互派学生。访问中,市政府与高敞郡政府签订了《关于青少年体育交流与合作的意向书》。"
                + "王强还与高敞郡郡守金成民会谈。";
        List<Event> ss = signings(run(text, "2021-09-06"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("关于青少年体育交流与合作的意向书", ss.get(0).title());
        assertEquals("2021-09", ss.get(0).date());
    }

    @Test
    void aFormalNameAndThePlainOneAreTheSameDocument() {
        assertEquals(true, RetoldSignings.sameDocument("关于青少年体育交流与合作的意向书", "青少年体育交流与合作意向书"));
        assertEquals(true, RetoldSignings.sameDocument("2019年度两市友好交流协议", "2019年度友好交流协议书"));
        assertEquals(false, RetoldSignings.sameDocument("经贸合作备忘录", "教育交流备忘录"));
    }
    // round 38: one signing told by the sides' places and again by the bodies that signed (made-up names)

    @Test
    void theBodiesThatSignedAreTheSidesOfTheSigningToldByTheirPlaces() {
        java.util.List<dev.newsie.model.EventBuilder> out = new java.util.ArrayList<>();
        out.add(Event.builder(dev.newsie.model.EventType.SIGNING).parties(List.of("青浦", "顺化")).agreement("COOPERATION")
                .title("友好合作关系协议").signatories(List.of("张一", "阮二")).evidence(new dev.newsie.model.Span(0, 60)));
        dev.newsie.model.EventBuilder bodies = Event.builder(dev.newsie.model.EventType.SIGNING).parties(List.of("顺化", "青浦文化署"))
                .agreement("COOPERATION").signatories(List.of("黎三", "王四")).evidence(new dev.newsie.model.Span(300, 360));
        RetoldSignings.mergeInto(out, bodies, false, new java.util.HashSet<>());
        assertEquals(1, out.size());
        assertEquals(java.util.Set.of("青浦文化署", "顺化"), java.util.Set.copyOf(out.get(0).parties()));
        assertEquals(List.of("黎三", "王四"), out.get(0).build().signatories());
        assertEquals("友好合作关系协议", out.get(0).build().title());
    }

    @Test
    void aBodyAndItsPlaceSigningTwoNamedDocumentsAreTwoSignings() {
        java.util.List<dev.newsie.model.EventBuilder> out = new java.util.ArrayList<>();
        out.add(Event.builder(dev.newsie.model.EventType.SIGNING).parties(List.of("青浦", "顺化")).agreement("COOPERATION")
                .title("经贸合作协议").evidence(new dev.newsie.model.Span(0, 60)));
        dev.newsie.model.EventBuilder bodies = Event.builder(dev.newsie.model.EventType.SIGNING).parties(List.of("顺化", "青浦教育局"))
                .agreement("COOPERATION").title("教育交流合作协议").evidence(new dev.newsie.model.Span(300, 360));
        RetoldSignings.mergeInto(out, bodies, false, new java.util.HashSet<>());
        assertEquals(2, out.size());
    }

    @Test
    void aSchoolAndOneOfItsCollegesAreOneSideOfOneMemorandum() {
        assertEquals(List.of("北城国际化办公室", "南江大学海外学院"),
                BodiesOfTheSides.fullerSides(List.of("北城国际化办公室", "南江大学海外学院"), List.of("北城国际化办公室", "南江大学")));
        assertEquals(null, BodiesOfTheSides.fullerSides(List.of("北城", "南江"), List.of("北城", "南江")));
        assertEquals(null, BodiesOfTheSides.fullerSides(List.of("北城", "南江"), List.of("北城", "西河")));
    }

    @Test
    void aPlaceAndItsBodySigningInOneSentenceAreTwoSignings() {
        java.util.List<dev.newsie.model.EventBuilder> out = new java.util.ArrayList<>();
        dev.newsie.model.Span sentence = new dev.newsie.model.Span(0, 60);
        out.add(Event.builder(dev.newsie.model.EventType.SIGNING).parties(List.of("青浦", "顺化")).agreement("COOPERATION")
                .evidence(sentence));
        dev.newsie.model.EventBuilder bodies = Event.builder(dev.newsie.model.EventType.SIGNING).parties(List.of("顺化", "青浦教育局"))
                .agreement("COOPERATION").evidence(sentence);
        RetoldSignings.mergeInto(out, bodies, false, new java.util.HashSet<>());
        assertEquals(2, out.size());
    }

    @Test
    void aDeepeningDocumentWhoseOwnTellingMakesTheTwinningIsTheHeadlinesTwinning() {
        String[] reports = {
            "扬州、瓦尔帕莱索结为友好城市\n\n5月7日,智利瓦尔帕莱索市市长访问扬州,扬州市与瓦尔帕莱索市签署深化经贸合作备忘录,结为友好城市。",
            "洛阳与葡萄牙科英布拉结为友好城市\n\n9月3日,河南省洛阳市与葡萄牙科英布拉市在科英布拉签署拓展人文交流备忘录,正式结为友好城市。",
            "烟台迎来新友城达尼丁\n\n10月12日,烟台市与新西兰达尼丁市签署巩固交流合作协议,两市正式缔结为友好城市。"};
        for (String text : reports) {
            List<Event> ss = signings(run(text, "2024-10-13"));
            assertEquals(1, ss.size(), ss.toString());
            assertEquals("SISTER_CITY", ss.get(0).agreement());
        }
    }

    @Test
    void aDeepeningDocumentBesideAnEarlierTwinningStaysApart() {
        String text = "10月12日,烟台市与新西兰达尼丁市在烟台签署深化交流合作备忘录。两市于1998年缔结友好城市关系。";
        List<Event> ss = signings(run(text, "2024-10-13"));
        assertEquals(2, ss.size(), ss.toString());
    }

    /**
     * A document renewing or reaffirming a twinning (《重申…协定书》, 续签…协议) presupposes it, so the twinning told beside it
     * with a year of its own is the first act, not the renewal told again — also on a page with no date, where the
     * renewal's day gives no date of its own.
     */
    @Test
    void theReaffirmingDocumentAndTheFirstTwinningAreTwoSignings() {
        String text = "花莲弗莱堡再续前缘\n\n8日上午,在花莲市议会,花莲市与德国弗莱堡市的代表签署了《再次确认姊妹市关系备忘录》。翻查档案,两市早于1991年便缔结为姊妹市。";
        List<Event> ss = signings(run(text, null));
        assertEquals(2, ss.size(), ss.toString());
        Event renewal = ss.stream().filter(e -> e.title() != null && e.title().contains("再次确认")).findFirst().orElseThrow();
        assertNull(renewal.date(), ss.toString());
        assertTrue(ss.stream().anyMatch(e -> "1991".equals(e.date()) && e.title() == null), ss.toString());
    }

    // round 59: one document told twice, its kind guessed apart or its twinning named in other words

    private static dev.newsie.model.EventBuilder signing(String kind, String title, String date, int start, int end) {
        dev.newsie.model.EventBuilder e = Event.builder(dev.newsie.model.EventType.SIGNING).parties(List.of("丰原", "米兰"))
                .agreement(kind).title(title).evidence(new dev.newsie.model.Span(start, end));
        return date == null ? e : e.date(date);
    }

    @Test
    void oneNamedDocumentOfOneDayToldTwiceIsOneSigningWhateverKindWasGuessed() {
        java.util.List<dev.newsie.model.EventBuilder> out = new java.util.ArrayList<>();
        out.add(signing("MEMORANDUM", "文化交流备忘录", "2023-04-12", 10, 40));
        RetoldSignings.mergeInto(out, signing("OTHER", "文化交流备忘录", "2023-04-12", 90, 150), true, new java.util.HashSet<>());
        assertEquals(1, out.size(), out.toString());
        assertEquals("MEMORANDUM", out.get(0).build().agreement());
    }

    @Test
    void aDocumentNamedForItsTwinningByTwoWordingsInOneSentenceIsOneSigning() {
        java.util.List<dev.newsie.model.EventBuilder> out = new java.util.ArrayList<>();
        out.add(signing("SISTER_CITY", "结好协议书", null, 0, 60));
        RetoldSignings.mergeInto(out, signing("SISTER_CITY", "缔结友好城市协议书", null, 0, 60), false, new java.util.HashSet<>());
        assertEquals(1, out.size(), out.toString());
        assertEquals("缔结友好城市协议书", out.get(0).build().title());
        // a twinning document and a trade document listed in one sentence stay two
        java.util.List<dev.newsie.model.EventBuilder> two = new java.util.ArrayList<>();
        two.add(signing("COOPERATION", "结好协议", null, 0, 60));
        RetoldSignings.mergeInto(two, signing("COOPERATION", "经贸合作协议", null, 0, 60), false, new java.util.HashSet<>());
        assertEquals(2, two.size(), two.toString());
    }
}
