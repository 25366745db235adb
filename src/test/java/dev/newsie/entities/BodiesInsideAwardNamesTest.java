package dev.newsie.entities;

import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;
import dev.newsie.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up sentences: a body named only inside an award's name is no mention of it; named elsewhere too, it stays. */
class BodiesInsideAwardNamesTest {
    private static Entity org(String text, String name) {
        List<Mention> ms = new java.util.ArrayList<>();
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            ms.add(new Mention(name, at, at + name.length(), at, at + name.length()));
        }
        return new Entity("e1", EntityType.ORGANIZATION, name, null, ms);
    }

    @Test
    void aGovernmentInsideItsAwardIsNoMention() {
        String t = "两名烟台外籍专家获得“卡尔米国政府友谊奖”。";
        List<Entity> kept = BodiesInsideAwardNames.without(t, List.of(org(t, "卡尔米国政府")), List.of("卡尔米国政府友谊奖"));
        assertEquals(0, kept.size(), kept.toString());
    }

    @Test
    void aBodyNamedOutsideTheAwardStays() {
        String t = "襄阳获得联合国人居奖。联合国官员出席了颁奖仪式。";
        List<Entity> kept = BodiesInsideAwardNames.without(t, List.of(org(t, "联合国")), List.of("联合国人居奖"));
        assertEquals(1, kept.size(), kept.toString());
    }

    @Test
    void anAwardNamedForTheBodyAloneKeepsIt() {
        String t = "松本市获颁甲协会奖。";
        List<Entity> kept = BodiesInsideAwardNames.without(t, List.of(org(t, "甲协会奖")), List.of("甲协会奖"));
        assertEquals(1, kept.size(), kept.toString());
    }
}
