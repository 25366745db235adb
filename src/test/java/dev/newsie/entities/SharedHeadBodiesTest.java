package dev.newsie.entities;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;
import dev.newsie.nlp.Analysis;
import dev.newsie.nlp.HanLpBackend;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two places before one body's name share it: two organisations (made-up spans and sentence). */
class SharedHeadBodiesTest {
    private static final OrganizationHeads HEADS = new OrganizationHeads(List.of("协会", "政府", "局"));

    private static List<String> split(String name) {
        Candidate c = new Candidate(10, 10 + name.length(), EntityType.ORGANIZATION, name, null, Candidate.Source.PATTERN);
        return SharedHeadBodies.split(c, HEADS).stream().map(Candidate::name).toList();
    }

    @Test
    void twoPlacesBeforeOneBodyAreTwoBodies() {
        assertEquals(List.of("青山省人民对外友好协会", "白河市人民对外友好协会"), split("青山省及白河市人民对外友好协会"));
        assertEquals(List.of("青山市人民政府", "白河县人民政府"), split("青山市和白河县人民政府"));
    }

    @Test
    void oneBodyOrABareHeadStaysWhole() {
        assertEquals(List.of("青山省人民对外友好协会"), split("青山省人民对外友好协会"));
        assertEquals(List.of("青山省及白河市政府"), split("青山省及白河市政府"));
    }

    @Test
    void theRecogniserReadsBothBodies() {
        String s = "论坛由吉林省及长春市人民对外友好协会承办。";
        List<Entity> es = EntityRecognizer.load(CanonicalNames.load()).recognize(s, new HanLpBackend().analyse(s), Analysis.EMPTY);
        List<String> orgs = es.stream().filter(e -> e.type() == EntityType.ORGANIZATION).map(Entity::name).toList();
        assertTrue(orgs.contains("吉林省人民对外友好协会") && orgs.contains("长春市人民对外友好协会"), orgs.toString());
    }
}
