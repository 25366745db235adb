package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A family name of Taiwan that the mainland ranking lacks (粘) opens a person's name after a title, as any other does. */
class TaiwanFamilyNamesTest {
    /** The whole entity stage, shared by the package's tests (one load per test JVM). */
    private static Set<String> keys(String text) {
        return MadeUpSentences.entityKeys(text);
    }

    @Test
    void officeHeadNamedAfterHisTitle() {
        Set<String> k = keys("驻松本办事处处长粘文雄出席见证,并与襄阳市长交换礼品。");
        assertTrue(k.contains("PERSON 粘文雄"), k.toString());
    }
}
