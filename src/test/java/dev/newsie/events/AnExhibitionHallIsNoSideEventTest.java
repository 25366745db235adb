package dev.newsie.events;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.entities.EntityRecognizer;
import dev.newsie.model.Entity;
import dev.newsie.nlp.Analysis;
import dev.newsie.nlp.HanLpBackend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 展览 opening a venue's head (展览馆, 展览中心) names the building the forum is held in, not an exhibition beside it:
 * the hosts named after it are the forum's (made-up sentences).
 */
class AnExhibitionHallIsNoSideEventTest {
    private static EntityRecognizer entities;
    private static ForumHosts hosts;
    private static final HanLpBackend hanlp = new HanLpBackend();

    @BeforeAll
    static void load() {
        entities = EntityRecognizer.load(CanonicalNames.load());
        hosts = new ForumHosts(EventLexicon.load());
    }

    private static List<String> hostsOf(String sentence) {
        List<Entity> es = entities.recognize(sentence, hanlp.analyse(sentence), Analysis.EMPTY);
        return hosts.hosts(MaskedSentence.of(new Sentence(0, sentence.length(), sentence), es));
    }

    @Test
    void hostsAfterAnExhibitionHallAreTheForums() {
        assertEquals(List.of("新竹市政府"), hostsOf("2026竹风城市峰会今日在新竹世博展览馆开幕，为期两天，由新竹市政府主办。"));
    }

    @Test
    void anExhibitionBesideTheForumStillHasItsOwnHosts() {
        assertTrue(hostsOf("论坛期间还举办了友城图片展览，由新竹市政府承办。").isEmpty());
    }
}
