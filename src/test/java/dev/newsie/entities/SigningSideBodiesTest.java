package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: the sides of a signing between bodies, each ending in a head noun, are bodies written out. */
class SigningSideBodiesTest {
    private static final SigningSideBodies SIDES = SigningSideBodies.load();

    @Test
    void bothSidesOfABodiesSigningAreBodies() {
        Set<String> found = MadeUpSentences.entityKeys("签约仪式上,青松假期旅行社与蓝鲸万通集团签署旅游合作框架协议。");
        assertTrue(found.contains("ORGANIZATION 青松假期旅行社"), found::toString);
        assertTrue(found.contains("ORGANIZATION 蓝鲸万通集团"), found::toString);
    }

    @Test
    void aBodyOpenedByAKnownNameReadsToItsHead() {
        Set<String> found = MadeUpSentences.entityKeys("会上,上海白鹤实业家委员会联络中心和青松投资公司签署合作备忘录。");
        assertTrue(found.contains("ORGANIZATION 上海白鹤实业家委员会联络中心"), found::toString);
    }

    @Test
    void severalPartnersAreLeftAlone() {
        assertTrue(SIDES.recognize("会上,白鹤开发区与青松投资公司和蓝鲸基金管理公司签署了投资协议。", List.of()).isEmpty());
    }

    @Test
    void referencesKindsPlacesAndClausesAreNoSides() {
        for (String text : new String[] {"会上,该公司与有关企业签署协议。", "会上,双方企业与青松集团签署协议。",
                "会上,甲市与青松投资公司签署协议。", "会议期间在线观看青松集团与蓝鲸公司签署协议。"}) {
            assertTrue(SIDES.recognize(text, List.of()).isEmpty(), text);
        }
        Set<String> found = MadeUpSentences.entityKeys("仪式上,签约现场青松集团与蓝鲸假期旅行社签署协议。");
        assertFalse(found.contains("ORGANIZATION 签约现场青松集团"), found::toString);
        String person = "会上,王大明与青松投资公司签署协议。";
        List<Candidate> people = List.of(new Candidate(3, 6, dev.newsie.model.EntityType.PERSON, "王大明", null, Candidate.Source.PATTERN));
        assertFalse(SIDES.recognize(person, people).stream().anyMatch(c -> c.name().contains("青松")), person);
    }

    @Test
    void aSideStartsAtTheNameReadInsideIt() {
        String text = "随后青松集团与蓝鲸假期旅行社签署协议。";
        List<Candidate> known = List.of(new Candidate(2, 6, dev.newsie.model.EntityType.ORGANIZATION, "青松集团", null, Candidate.Source.PATTERN));
        List<Candidate> found = SIDES.recognize(text, known);
        assertTrue(found.stream().anyMatch(c -> c.name().equals("蓝鲸假期旅行社")), found::toString);
        assertTrue(found.stream().noneMatch(c -> c.name().contains("随后")), found::toString);
    }

    @Test
    void anyVerbOfSigningClosesTheFrame() {
        List<Candidate> found = SIDES.recognize("会上,青松假期旅行社与蓝鲸万通集团续签合作协议。", List.of());
        assertTrue(found.stream().anyMatch(c -> c.name().equals("青松假期旅行社")), found::toString);
    }
}
