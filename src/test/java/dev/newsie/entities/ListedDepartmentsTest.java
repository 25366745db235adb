package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up lists of officials whose bare units follow a body named with its place. */
class ListedDepartmentsTest {
    private static final ListedDepartments units = ListedDepartments.load();

    private static Candidate at(String text, String name, EntityType type) {
        int i = text.indexOf(name);
        return new Candidate(i, i + name.length(), type, name, null, Candidate.Source.PATTERN);
    }

    private static List<String> found(String text, String place, String body) {
        return units.recognize(text, List.of(at(text, place, EntityType.CITY)), List.of(at(text, body, EntityType.ORGANIZATION)))
                .stream().map(Candidate::name).toList();
    }

    @Test
    void bareUnitsListedAfterAPlacesBodyAreThatPlacesUnits() {
        String text = "临江市政府外事科钱五科长、水务局孙六局长、卫生局周七代理局长及商务局吴八副局长参加了上周五的签约仪式。";
        assertEquals(List.of("临江市水务局", "临江市卫生局", "临江市商务局"), found(text, "临江", "临江市政府"));
    }

    @Test
    void titleBeforeTheNameAndAUnitClosedByTheNextItem() {
        String text = "青林国农业部部长萨米尔、卫生与人口部部长奥马尔、旅游部部长哈立德等人会见了代表团。";
        assertEquals(List.of("青林国卫生与人口部", "青林国旅游部"), found(text, "青林国", "青林国农业部"));
        assertEquals(List.of("青岩岛经济发展局"), found("青岩岛观光局、经济发展局等代表团成员来访。", "青岩岛", "青岩岛观光局"));
    }

    @Test
    void noListAfterTheBodyOrASideJoinedBy与NamesNoUnit() {
        assertTrue(found("青溪市政府国际事务处张一处长出席,教育局王二局长致辞。", "青溪", "青溪市政府").isEmpty());
        assertTrue(found("白林国外交部部长阿达米与商务部部长王五会谈。", "白林国", "白林国外交部").isEmpty());
        assertTrue(found("白林国外交部部长阿达米、副部长博洛特出席。", "白林国", "白林国外交部").isEmpty());
        // an association's list names no government's units
        assertTrue(found("青溪市海外联谊会会长张一、教育局王二局长出席。", "青溪", "青溪市海外联谊会").isEmpty());
    }

    @Test
    void aUnitWrittenWithTheListsLevelIsThatPlacesWhereverItIs() {
        // the level repeated stands for the place the list opened with, a foreign one too, not the article's own city
        assertEquals(List.of("松桥市教育局"), found("松桥市政府副市长仉一、市教育局局长亢二出席。", "松桥", "松桥市政府"));
        assertEquals(List.of("莫斯伯格市港口局"),
                found("莫斯伯格市政府市长助理马克·邓恩、市港口局局长露西·韦伯陪同来宾参观码头。", "莫斯伯格", "莫斯伯格市政府"));
        // another level names another place, which the bare-reference table reads
        assertTrue(found("松桥市政府副市长仉一、省教育厅厅长亢二出席。", "松桥", "松桥市政府").isEmpty());
    }

    @Test
    void unitsListedAfterAGovernmentsUnitAreItsSiblingsUnderTheSameGovernment() {
        String text = "临江市政府外联处钱五处长、水务局孙六局长及卫生局周七副局长一同陪同考察。";
        assertEquals(List.of("临江市政府水务局", "临江市政府卫生局"), found(text, "临江", "临江市政府外联处"));
        assertEquals(List.of("青溪市政府秘书处"), found("青溪市政府教育局王二局长、秘书处赵四处长出席。", "青溪", "青溪市政府教育局"));
        // the government read inside its unit's name opens no list of its own
        String unit = "临江市政府外联处";
        assertEquals(List.of("临江市政府水务局", "临江市政府卫生局"), units.recognize(text, List.of(at(text, "临江", EntityType.CITY)),
                List.of(at(text, "临江市政府", EntityType.ORGANIZATION), at(text, unit, EntityType.ORGANIZATION))).stream().map(Candidate::name).toList());
    }

    @Test
    void aHomeMinistrysNameListedAfterACountrysMinistryIsThatCountrys() {
        String text = "青林国农业部部长萨米尔、水利部部长奥马尔出席。";
        List<Candidate> places = List.of(at(text, "青林国", EntityType.COUNTRY), at(text, "水利部", EntityType.ORGANIZATION));
        assertEquals(List.of("青林国水利部"), units.recognize(text, places, List.of(at(text, "青林国农业部", EntityType.ORGANIZATION)))
                .stream().map(Candidate::name).toList());
        // after a city's body the known ministry is no unit of the city
        String city = "青溪市政府秘书长张一、水利部部长王二出席。";
        assertTrue(units.recognize(city, List.of(at(city, "青溪", EntityType.CITY), at(city, "水利部", EntityType.ORGANIZATION)),
                List.of(at(city, "青溪市政府", EntityType.ORGANIZATION))).isEmpty());
    }

    @Test
    void aListMarkEndingTheTextOpensNoItem() {
        assertTrue(found("出席的有青溪市政府、", "青溪", "青溪市政府").isEmpty());
    }

    @Test
    void aPartyCommitteesUnitKeepsTheCommitteeAndAMinistrysDivisionIsNoPlacesUnit() {
        assertEquals(List.of("松桥市委宣传部"), found("松桥市委组织部部长仉一、宣传部部长亢二出席。", "松桥", "松桥市委组织部"));
        assertTrue(found("白林国外交部部长禚一、东亚司司长亢二会见来宾。", "白林国", "白林国外交部").isEmpty());
    }
}
