package dev.newsie.entities;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.model.EntityType;
import dev.newsie.nlp.Analysis;
import dev.newsie.nlp.HanLpBackend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: companies that write their place of registration in brackets inside the name. */
class BracketedPlaceNamesTest {
    private static EntityRecognizer recognizer;
    private static final HanLpBackend hanlp = new HanLpBackend();

    @BeforeAll
    static void load() {
        recognizer = EntityRecognizer.load(CanonicalNames.load());
    }

    private static Set<String> organisations(String text) {
        return recognizer.recognize(text, hanlp.analyse(text), Analysis.EMPTY).stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).map(e -> e.name()).collect(Collectors.toSet());
    }

    @Test
    void aCompanyNameRunsBackOverItsBracketedPlace() {
        Set<String> orgs = organisations("签约企业包括青禾电子(苏州)有限公司和蓝川(中国)机械有限公司。");
        assertTrue(orgs.contains("青禾电子(苏州)有限公司"), orgs.toString());
        assertTrue(orgs.contains("蓝川(中国)机械有限公司"), orgs.toString());
        assertFalse(orgs.contains("机械有限公司"), orgs.toString());
    }

    @Test
    void aBracketThatHoldsNoPlaceLeavesTheNameAlone() {
        Set<String> orgs = organisations("青禾集团(简称青禾)有限公司今天揭牌。");
        assertFalse(orgs.stream().anyMatch(o -> o.contains("(简称")), orgs.toString());
    }
}
