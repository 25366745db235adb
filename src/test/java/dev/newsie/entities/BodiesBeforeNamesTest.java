package dev.newsie.entities;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.model.EntityType;
import dev.newsie.nlp.Analysis;
import dev.newsie.nlp.HanLpBackend;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A made-up sentence in Taiwan's order, body + name + title: the body's name ends where the person's begins. */
class BodiesBeforeNamesTest {
    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.load(CanonicalNames.load());
    private static final HanLpBackend HANLP = new HanLpBackend();

    @Test
    void aBodyBeforeAnOfficialsNameHoldsNoPartOfIt() {
        String text = "市府经济发展局陈立民局长、观光旅游局林怡君局长出席。";
        Set<String> orgs = RECOGNIZER.recognize(text, HANLP.analyse(text), Analysis.EMPTY).stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).map(e -> e.name()).collect(Collectors.toSet());
        assertFalse(orgs.stream().anyMatch(o -> o.contains("林怡君")), orgs.toString());
        assertTrue(orgs.contains("观光旅游局"), orgs.toString());
    }
}
