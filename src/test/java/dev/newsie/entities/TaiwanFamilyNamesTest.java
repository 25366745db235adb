package dev.newsie.entities;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.nlp.Analysis;
import dev.newsie.nlp.HanLpBackend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A family name of Taiwan that the mainland ranking lacks (粘) opens a person's name after a title, as any other does. */
class TaiwanFamilyNamesTest {
    private static EntityRecognizer recognizer;
    private static final HanLpBackend hanlp = new HanLpBackend();

    @BeforeAll
    static void load() {
        recognizer = EntityRecognizer.load(CanonicalNames.load());
    }

    private static Set<String> keys(String text) {
        return recognizer.recognize(text, hanlp.analyse(text), Analysis.EMPTY).stream()
                .map(e -> e.type() + " " + e.name()).collect(Collectors.toSet());
    }

    @Test
    void officeHeadNamedAfterHisTitle() {
        Set<String> k = keys("驻松本办事处处长粘文雄出席见证,并与襄阳市长交换礼品。");
        assertTrue(k.contains("PERSON 粘文雄"), k.toString());
    }
}
