package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 甲市府 + any word of the clause is the government; a street, a building or the place of an act is not. */
class GovernmentOrItsBuildingTest {
    private static boolean governs(String text, String place) {
        int start = text.indexOf(place);
        return GovernmentOrItsBuilding.namesTheGovernment(text, start, start + place.length() + 1);
    }

    @Test
    void aVerbOrATimeWordAfterTheClipLeavesTheGovernment() {
        assertTrue(governs("据青河市府公布", "青河市"));
        assertTrue(governs("白岭市府昨日举行签约仪式", "白岭市"));
        assertTrue(governs("青河市府积极筹办年会", "青河市"));
    }

    @Test
    void aStreetABuildingOrALocaliserMakesItAPlace() {
        assertFalse(governs("车队驶过青河市府路", "青河市"));
        assertFalse(governs("来宾参观白岭市府大楼", "白岭市"));
        assertFalse(governs("众人聚集在青河市府前", "青河市"));
        assertFalse(governs("青河市府前广场挤满游客", "青河市"));
    }

    @Test
    void aWordOpeningWithALocaliserCharacterLeavesTheGovernment() {
        assertTrue(governs("白岭市府前天宣布新措施", "白岭市"));
        assertTrue(governs("青河市府前往机场迎宾", "青河市"));
        assertTrue(governs("白岭市府后续将派员回访", "白岭市"));
    }

    @Test
    void aLocativeFrameClosingRoundTheBodyLeavesTheGovernment() {
        assertTrue(governs("在青河市府大力支持下,展会顺利开幕", "青河市"));
        assertFalse(governs("在青河市府地下车库停放", "青河市"));
    }

    @Test
    void aWordEndingInALocativeCharacterIsNoLocative() {
        assertTrue(governs("展会得到青河市府鼎力支持", "青河市"));
        assertTrue(governs("由于白岭市府积极推动", "白岭市"));
        assertFalse(governs("代表团来到白岭市府参观", "白岭市"));
    }

    @Test
    void afterALocativeTheBuildingIsWhereTheActHappens() {
        assertFalse(governs("市长在白岭市府设宴款待来宾", "白岭市"));
        assertTrue(governs("市长在白岭市府,向来宾致辞", "白岭市"));
    }

    @Test
    void aBareGovernmentAfterALocativeIsTheBuildingToo() {
        BareOrganizationReferences refs = new BareOrganizationReferences(Map.of('市', List.of("府", "政府")), Map.of("市府", "政府"));
        List<Candidate> places = List.of(new Candidate(0, 2, EntityType.CITY, "宁波", "中国", Candidate.Source.GAZETTEER));
        assertTrue(refs.recognize("宁波来宾下午在市政府参观展览。", places).isEmpty());
        assertEquals(List.of("宁波市政府"), refs.recognize("宁波来宾在市政府的安排下参观展览。", places).stream().map(Candidate::name).toList());
    }
}
