package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bare 市委/省政府 references take the article's most mentioned Chinese city or province, and only then. */
class BareOrganizationReferencesTest {
    private final BareOrganizationReferences refs = new BareOrganizationReferences(
            Map.of('市', List.of("委", "政府"), '省', List.of("委")));

    private static Candidate place(int start, String name, EntityType type) {
        return new Candidate(start, start + name.length(), type, name, "中国", Candidate.Source.GAZETTEER);
    }

    @Test
    void bareCityBodyTakesTheMostMentionedCity() {
        String text = "宁波和宁波的客人,市政府出席";
        List<Candidate> out = refs.recognize(text, List.of(place(0, "宁波", EntityType.CITY), place(3, "宁波", EntityType.CITY)));
        assertEquals(List.of("宁波市政府"), out.stream().map(Candidate::name).toList());
    }

    @Test
    void noChinesePlaceMeansNoReference() {
        assertTrue(refs.recognize("会上,市政府表示欢迎", List.of()).isEmpty());
    }

    @Test
    void referenceInsideALongerWordIsNone() {
        String text = "宁波推动城市政府合作";
        assertTrue(refs.recognize(text, List.of(place(0, "宁波", EntityType.CITY))).isEmpty());
    }

    @Test
    void provinceBodyTakesTheProvince() {
        String text = "浙江代表团,省委书记出席";
        List<Candidate> out = refs.recognize(text, List.of(place(0, "浙江", EntityType.PROVINCE)));
        assertEquals(List.of("浙江省委"), out.stream().map(Candidate::name).toList());
    }

    private static Candidate org(String text, String name) {
        int at = text.indexOf(name);
        return new Candidate(at, at + name.length(), EntityType.ORGANIZATION, name, null, Candidate.Source.PATTERN);
    }

    @Test
    void bareBodyFoundByItsHeadIsNamedAfterTheArticlesCity() {
        String text = "宁波的客人参观,市商务局负责人陪同";
        Candidate q = refs.qualify(text, org(text, "市商务局"), List.of(place(0, "宁波", EntityType.CITY)));
        assertEquals("宁波市商务局", q.name());
    }

    @Test
    void bareBodyWithoutAChineseCityIsDroppedAndANamedOneKept() {
        String text = "美国驻广州总领事馆官员和市商务局负责人出席";
        assertNull(refs.qualify(text, org(text, "市商务局"), List.of(place(3, "广州", EntityType.CITY))),
                "a mission's seat is not the article's city");
        String named = "宁波市商务局出席";
        assertEquals("宁波市商务局", refs.qualify(named, org(named, "宁波市商务局"), List.of()).name());
    }

    @Test
    void specialAdministrativeRegionHasNoProvincialBodies() {
        String text = "香港代表团,省委书记出席";
        assertTrue(refs.recognize(text, List.of(place(0, "香港", EntityType.PROVINCE))).isEmpty());
    }

    @Test
    void bareSpecialRegionsGovernmentIsTheArticlesRegionAsItIsWritten() {
        String text = "澳门特别行政区代表出席。会上,特区政府致辞";
        List<Candidate> places = List.of(place(0, "澳门", EntityType.PROVINCE));
        int at = text.indexOf("特区政府");
        Candidate org = new Candidate(at, at + 4, EntityType.ORGANIZATION, "特区政府", null, Candidate.Source.PATTERN);
        assertEquals("澳门特别行政区政府", refs.qualify(text, org, places).name());
        Candidate alone = new Candidate(3, 7, EntityType.ORGANIZATION, "特区政府", null, Candidate.Source.PATTERN);
        assertEquals("特区政府", refs.qualify("会上,特区政府致辞", alone, List.of()).name()); // no region named: left as written
    }

    @Test
    void provinceNamedEarlierInTheSentenceBeatsTheMostMentioned() {
        Map<Character, List<String>> table = Map.of('省', List.of("政府"));
        BareOrganizationReferences r = new BareOrganizationReferences(table);
        String text = "江西江西江西。湖南省长和省政府代表团来访。";
        List<Candidate> out = r.recognize(text, List.of(place(0, "江西", EntityType.PROVINCE), place(2, "江西", EntityType.PROVINCE),
                place(4, "江西", EntityType.PROVINCE), place(7, "湖南", EntityType.PROVINCE)));
        assertEquals(List.of("湖南省政府"), out.stream().map(Candidate::name).toList());
    }

    @Test
    void bareGovernmentIsNamedAsWrittenBesideTheOfficialName() {
        // 青州市政府 is another word than 青州市人民政府 (AbbreviatedOrganizations): the bare form keeps its own words
        String text = "青州市人民政府副市长出席,代表市委、市政府致辞";
        List<Candidate> out = refs.recognize(text, List.of(place(0, "青州", EntityType.CITY)));
        assertTrue(out.stream().anyMatch(c -> c.name().equals("青州市政府")), out.toString());
    }

    @Test
    void clippedRegionAfterAVerbIsTheRegionsGovernment() {
        String text = "代表团在香港期间会见特区政府官员";
        Candidate q = refs.qualify(text, org(text, "特区政府"), List.of(
                new Candidate(5, 7, EntityType.PROVINCE, "香港", "中国", Candidate.Source.GAZETTEER)));
        assertEquals("香港特别行政区政府", q.name());
    }

    @Test
    void bodyWrittenBareAfterACoordinatedGovernmentSharesItsPlace() {
        String text = "愿同青河市政府、议会携手努力,与白山县政府、人大代表座谈";
        List<Candidate> orgs = List.of(org(text, "青河市政府"), org(text, "白山县政府"));
        assertEquals(List.of("青河市议会"), BareOrganizationReferences.coordinated(text, orgs).stream().map(Candidate::name).toList());
    }

    @Test
    void taiwansShortFormNamesTheOneOfficeTheArticleNames() {
        String text = "拜会驻仙台办事处,感谢驻处协助";
        List<Candidate> out = BareOrganizationReferences.missionShortForms(text, List.of(org(text, "驻仙台办事处")));
        assertEquals(List.of("驻仙台办事处"), out.stream().map(Candidate::name).toList());
        assertTrue(BareOrganizationReferences.missionShortForms("感谢驻处协助", List.of()).isEmpty());
    }

    @Test
    void inAnArticleWrittenFromTaiwanTheCityGovernmentIsTheTaiwanCitys() {
        BareOrganizationReferences taiwan = new BareOrganizationReferences(Map.of('市', List.of("府", "政府")), Map.of("市府", "政府"), java.util.Set.of("台中"), java.util.Set.of());
        String text = "台中市长今天率团来台前往厦门,厦门接待。市府部分,随行有局处首长。";
        List<Candidate> places = List.of(new Candidate(0, 2, EntityType.CITY, "台中", null, Candidate.Source.GAZETTEER),
                place(12, "厦门", EntityType.CITY), place(15, "厦门", EntityType.CITY));
        assertEquals(List.of("台中市政府"), taiwan.recognize(text, places).stream().map(Candidate::name).toList());
        Candidate committee = new Candidate(text.length(), text.length() + 9, EntityType.ORGANIZATION, "市府国际事务委员会", null, Candidate.Source.PATTERN);
        String longer = text + "市府国际事务委员会";
        assertEquals("台中市政府国际事务委员会", taiwan.qualify(longer, committee, places).name());
    }

    @Test
    void clippedCityAndCountyGovernmentsAreTaiwansWhateverElseIsNamed() {
        BareOrganizationReferences refs = new BareOrganizationReferences(Map.of('市', List.of("府", "政府"), '县', List.of("府")),
                Map.of("市府", "政府", "县府", "政府"), java.util.Set.of("台中"), java.util.Set.of("花莲"));
        String text = "台中与厦门交流,厦门接待。市府部分,县府同行,花莲代表出席。";
        List<Candidate> places = List.of(new Candidate(0, 2, EntityType.CITY, "台中", null, Candidate.Source.GAZETTEER),
                place(3, "厦门", EntityType.CITY), place(8, "厦门", EntityType.CITY),
                new Candidate(text.indexOf("花莲"), text.indexOf("花莲") + 2, EntityType.CITY, "花莲", null, Candidate.Source.GAZETTEER));
        assertEquals(List.of("台中市政府", "花莲县政府"), refs.recognize(text, places).stream().map(Candidate::name).toList());
    }

    @Test
    void clippedGovernmentAfterAPlaceWrittenWithItsLevelIsThatPlaces() {
        BareOrganizationReferences refs = new BareOrganizationReferences(Map.of('市', List.of("府", "政府"), '县', List.of("府")),
                Map.of("市府", "政府", "县府", "政府"), java.util.Set.of("台中"), java.util.Set.of("花莲"));
        String text = "台中代表团抵达青河市府,随后前往白岭县府。台中,台中。";
        List<Candidate> places = List.of(new Candidate(0, 2, EntityType.CITY, "台中", null, Candidate.Source.GAZETTEER),
                new Candidate(7, 10, EntityType.CITY, "青河", null, Candidate.Source.GAZETTEER),
                new Candidate(16, 19, EntityType.CITY, "白岭", null, Candidate.Source.GAZETTEER));
        assertEquals(List.of("青河市政府", "白岭县政府"), refs.recognize(text, places).stream().map(Candidate::name).toList());
        String building = "代表团参观青河市府大楼。";
        assertTrue(refs.recognize(building, List.of(new Candidate(5, 8, EntityType.CITY, "青河", null, Candidate.Source.GAZETTEER))).isEmpty());
    }

    @Test
    void clippedGovernmentTakesTheCityNamedEarlierInItsSentenceOfAnyCountry() {
        BareOrganizationReferences refs = new BareOrganizationReferences(Map.of('市', List.of("府", "政府")), Map.of("市府", "政府"),
                java.util.Set.of("台中"), java.util.Set.of());
        String text = "台中代表团来访。青河市长致辞,市府乐见交流。台中,台中。";
        List<Candidate> places = List.of(new Candidate(0, 2, EntityType.CITY, "台中", null, Candidate.Source.GAZETTEER),
                new Candidate(8, 10, EntityType.CITY, "青河", "新西兰", Candidate.Source.GAZETTEER),
                new Candidate(text.indexOf("台中,"), text.indexOf("台中,") + 2, EntityType.CITY, "台中", null, Candidate.Source.GAZETTEER),
                new Candidate(text.lastIndexOf("台中"), text.lastIndexOf("台中") + 2, EntityType.CITY, "台中", null, Candidate.Source.GAZETTEER));
        assertEquals(List.of("青河市政府"), refs.recognize(text, places).stream().map(Candidate::name).toList());
        String none = "台中代表团来访。致辞后,市府乐见交流。台中,台中。";
        List<Candidate> taichung = List.of(new Candidate(0, 2, EntityType.CITY, "台中", null, Candidate.Source.GAZETTEER),
                new Candidate(none.indexOf("台中,"), none.indexOf("台中,") + 2, EntityType.CITY, "台中", null, Candidate.Source.GAZETTEER));
        assertEquals(List.of("台中市政府"), refs.recognize(none, taichung).stream().map(Candidate::name).toList());
    }

    @Test
    void aForeignAffairsOfficeWrittenWithItsGovernmentIsBareToo() {
        java.util.Set<String> none = MadeUpSentences.entityKeys("青河市的展览得到了省政府外办和市委的支持。");
        assertTrue(none.stream().noneMatch(k -> k.contains("省政府外")), none.toString());
        java.util.Set<String> named = MadeUpSentences.entityKeys("江西省客人来访,省政府外事办副主任王立新陪同。");
        assertTrue(named.contains("ORGANIZATION 江西省政府外事办"), named.toString());
    }

    @Test
    void bareBodiesOfAnAutonomousPrefectureTakeThePrefecture() {
        java.util.Set<String> a = MadeUpSentences.entityKeys("延边州委、州政府对代表团来访表示欢迎,州人大常委会副主任张明出席会谈。");
        assertTrue(a.contains("ORGANIZATION 延边州政府"), a.toString());
        assertTrue(a.contains("ORGANIZATION 延边州人大常委会"), a.toString());
    }

    @Test
    void aStateGovernmentWrittenBareIsNoChineseCitysBody() {
        java.util.Set<String> a = MadeUpSentences.entityKeys("杭州市代表团访问美国某州期间,州政府官员会见了代表团。");
        assertTrue(a.stream().noneMatch(k -> k.endsWith("州政府") && k.contains("杭州")), a.toString());
    }

    @Test
    void aLevelsCommitteeAndGovernmentWrittenTogetherAreTwoBodies() {
        java.util.Set<String> a = MadeUpSentences.entityKeys("青州市市长王大明在青州会见来宾。王大明代表市委市政府对来宾表示欢迎。");
        assertTrue(a.contains("ORGANIZATION 青州市委") && a.contains("ORGANIZATION 青州市政府"), a.toString());
        assertTrue(a.stream().noneMatch(k -> k.contains("委市")), a.toString());
        java.util.Set<String> b = MadeUpSentences.entityKeys("江西省省长王大明在南昌会见来宾。王大明代表省委省政府对来宾表示欢迎。");
        assertTrue(b.contains("ORGANIZATION 江西省委") && b.contains("ORGANIZATION 江西省政府"), b.toString());
        java.util.Set<String> c = MadeUpSentences.entityKeys("青州市市长王大明会见来宾。王大明代表青州市委市政府对来宾表示欢迎。");
        assertTrue(c.contains("ORGANIZATION 青州市委") && c.contains("ORGANIZATION 青州市政府"), c.toString()); // after its place
        assertTrue(c.stream().noneMatch(k -> k.contains("委市")), c.toString());
    }
}
