package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up clauses where a person's name and a conjunction stand glued before a body's name, on the segmenter's real
 * tokens ({@link MadeUpSentences#analyse}) and through the whole entity stage.
 */
class PersonJoinedBeforeBodiesTest {
    /** The person named with a title, then again before 及 and a body the segmenter reads as one token 及…合作社. */
    private static final String JOINED = "青河县副县长祝文岚致辞。下午祝文岚及白河镇渔业合作社社员参观园区。";
    /** The person named with a title, then a memorial body named for him with 同志 (comrade) after his name. */
    private static final String COMRADE = "青河县县长陈明致辞。陈明同志纪念馆管理委员会今天开放。";

    private static Candidate org(String text, String name) {
        int start = text.lastIndexOf(name);
        return new Candidate(start, start + name.length(), EntityType.ORGANIZATION, name, null, Candidate.Source.PATTERN);
    }

    /** The person where the text first names him, as the person stage reads him after his title. */
    private static Candidate person(String text, String name) {
        int start = text.indexOf(name);
        return new Candidate(start, start + name.length(), EntityType.PERSON, name, null, Candidate.Source.PATTERN);
    }

    private static Candidate without(String text, Candidate org, String personName) {
        return PersonJoinedBeforeBodies.without(text, org, MadeUpSentences.analyse(text).tokens(), List.of(person(text, personName)));
    }

    /** The body the recogniser read is given back as it was: no cut after the person. */
    private static void assertLeftWhole(String text, String orgName, String personName) {
        Candidate org = org(text, orgName);
        assertSame(org, without(text, org, personName));
    }

    @Test
    void aNameReadEarlierOnThePageAndAConjunctionOpenNoBody() {
        assertTrue(MadeUpSentences.organizations(JOINED).contains("祝文岚及白河镇渔业合作社")); // the run the recogniser reads
        assertTrue(MadeUpSentences.persons(JOINED).contains("祝文岚"));
        assertEquals("白河镇渔业合作社", without(JOINED, org(JOINED, "祝文岚及白河镇渔业合作社"), "祝文岚").name());
    }

    @Test
    void comradeAfterANameIsNoConjunction() {
        assertTrue(MadeUpSentences.organizations(COMRADE).contains("陈明同志纪念馆管理委员会"));
        assertLeftWhole(COMRADE, "陈明同志纪念馆管理委员会", "陈明");
    }

    @Test
    void aBodyNamedForAPersonKeepsTheName() {
        assertLeftWhole("白河镇镇长罗子朋致辞。罗子朋基金会今年资助白河镇两所小学。", "罗子朋基金会", "罗子朋");
    }

    @Test
    void tooShortARestIsLeftAlone() {
        assertLeftWhole("白河镇镇长罗子朋致辞。罗子朋和校方一起出席。", "罗子朋和校方", "罗子朋");
    }

    @Test
    void theEntityStageReadsTheBodyAfterTheJoinedName() {
        assertTrue(MadeUpSentences.entityKeys(JOINED).contains("ORGANIZATION 白河镇渔业合作社"));
        assertFalse(MadeUpSentences.entityKeys(JOINED).contains("ORGANIZATION 祝文岚及白河镇渔业合作社"));
    }

    @Test
    void theEntityStageKeepsAMemorialNamedForAComrade() {
        assertTrue(MadeUpSentences.entityKeys(COMRADE).contains("ORGANIZATION 陈明同志纪念馆管理委员会"));
    }
}
