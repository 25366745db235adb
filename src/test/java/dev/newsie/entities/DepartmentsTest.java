package dev.newsie.entities;

import dev.newsie.model.EntityType;
import dev.newsie.nlp.HanLpBackend;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences for departments named right after their ministry or bureau. */
class DepartmentsTest {
    private static final Departments departments = Departments.load();
    private static final HanLpBackend hanlp = new HanLpBackend();

    private static List<String> found(String text, String body) {
        int at = text.indexOf(body);
        Candidate org = new Candidate(at, at + body.length(), EntityType.ORGANIZATION, body, null, Candidate.Source.GAZETTEER);
        return departments.recognize(text, List.of(org), hanlp.analyse(text).tokens()).stream().map(Candidate::name).toList();
    }

    @Test
    void runEndingInADepartmentSuffixAfterAMinistryIsItsDepartment() {
        assertEquals(List.of("外交部亚东太平洋司"), found("外交部亚东太平洋司司长出席。", "外交部"));
    }

    @Test
    void titleOrVerbAfterTheBodyEndsTheSearch() {
        assertTrue(found("商务部部长出席会议室启用仪式。", "商务部").isEmpty());
        assertTrue(found("外交部发言人在新闻处表示。", "外交部").isEmpty());
    }

    @Test
    void aSuffixCharacterInsideALongerWordEndsNoDepartment() {
        assertTrue(found("某某研究院首席科学家王小明出席。", "某某研究院").isEmpty());
    }

    @Test
    void aConjunctionRightAfterTheBodyJoinsASecondBodyNotADepartment() {
        // 甲区文化局与乙市文旅局签署: two bureaus signing, not one bureau's department ending in 局
        assertTrue(found("青溪区文化局与白沙市文旅局签署合作协议。", "青溪区文化局").isEmpty());
    }

    @Test
    void aBureauOrDepartmentRightAfterAGovernmentIsItsUnit() {
        assertEquals(List.of("甲州政府商务厅"), found("甲州政府商务厅与乙区政府签署合作意向。", "甲州政府"));
        assertTrue(found("甲市政府会议室里举行座谈。", "甲市政府").isEmpty());
    }

    @Test
    void twoFieldsJoinedByAConjunctionAfterAGovernmentAreOneUnit() {
        assertEquals(List.of("甲市政府文化及国际关系处"), found("甲市政府文化及国际关系处处长出席。", "甲市政府"));
        assertEquals(List.of("乙特区政府行政暨国际处"), found("乙特区政府行政暨国际处处长出席。", "乙特区政府"));
    }

    @Test
    void aFieldWordTheSegmenterSplitsBeforeTheConjunctionIsNoVerb() {
        assertEquals(List.of("乙特区政府政制及外地事务局"), found("乙特区政府政制及外地事务局局长出席。", "乙特区政府"));
    }

    @Test
    void peopleOrABodyBeforeTheConjunctionJoinNoFields() {
        assertTrue(found("甲市政府代表与外事局人员出席。", "甲市政府").isEmpty());
        assertTrue(found("甲市政府办公室与外事局人员出席。", "甲市政府").isEmpty());
    }

    @Test
    void aPlaceBeforeTwoJoinedFieldsAndAUnitSuffixNamesItsUnit() {
        String text = "青河市文化及旅游局与白石市签署协议。";
        Candidate place = new Candidate(0, 3, EntityType.CITY, "青河", null, Candidate.Source.PATTERN);
        assertEquals(List.of("青河市文化及旅游局"),
                departments.recognize(text, List.of(place), hanlp.analyse(text).tokens()).stream().map(Candidate::name).toList());
        String plain = "青河市旅游局与白石市签署协议。"; // no joined fields: the head-noun reader's body, not this class's
        assertTrue(departments.recognize(plain, List.of(new Candidate(0, 3, EntityType.CITY, "青河", null, Candidate.Source.PATTERN)),
                hanlp.analyse(plain).tokens()).isEmpty());
    }

    @Test
    void aCountryOrPlaceBeforeJoinedFieldsReadAsAVerbStillNamesItsUnit() {
        String text = "白石与青河商务及经济发展局官员举行会谈。";
        Candidate place = new Candidate(3, 5, EntityType.PROVINCE, "青河", null, Candidate.Source.GAZETTEER);
        assertEquals(List.of("青河商务及经济发展局"),
                departments.recognize(text, List.of(place), hanlp.analyse(text).tokens()).stream().map(Candidate::name).toList());
        String ministry = "甲国新闻与传播总司副总司长出席。";
        Candidate country = new Candidate(0, 2, EntityType.COUNTRY, "甲国", null, Candidate.Source.GAZETTEER);
        assertEquals(List.of("甲国新闻与传播总司"),
                departments.recognize(ministry, List.of(country), hanlp.analyse(ministry).tokens()).stream().map(Candidate::name).toList());
    }

    // A Japanese local government's section (课), or its department's, written right after the body's name is that
    // body's unit, one name with it.

    @Test
    void aSectionAfterAGovernmentIsItsUnit() {
        assertEquals(List.of("丙川市政府观光课"), found("丙川市政府观光课派员参加了交流会。", "丙川市政府"));
    }

    @Test
    void aSectionBeforeItsHeadsTitleEndsAtTheFirstOfTheDoubledCharacter() {
        assertEquals(List.of("丁野县观光战略局物产课"), found("丁野县观光战略局物产课课长木村次郎访问了青河。", "丁野县观光战略局"));
        // the same in a Chinese office's division: 处 then 处长
        assertEquals(List.of("戊城市外办友城处"), found("戊城市外办友城处处长李明出席。", "戊城市外办"));
    }

    @Test
    void anInterpunctJoinsTwoFieldsOfASectionsName() {
        assertEquals(List.of("己原县农林水产部森林·治水课"), found("己原县农林水产部森林·治水课派员讲解了植树计划。", "己原县农林水产部"));
    }

    @Test
    void aLessonTaughtByABodyIsNoSection() {
        assertTrue(found("丙川市政府每年举办茶道课。", "丙川市政府").isEmpty());
        assertTrue(found("丙川市政府开设的茶道课很受欢迎。", "丙川市政府").isEmpty());
        assertTrue(found("青河学院开设汉语课。", "青河学院").isEmpty());
    }
}
