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

/** A relative clause before a forum's name, opened by a time, names its hosts (made-up sentences). */
class HostsOfARelativeClauseAfterATimeTest {
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
    void aTimedRelativeClauseNamesTheForumsHost() {
        assertEquals(List.of("中国人民对外友好协会"),
                hostsOf("在2016年中国人民对外友好协会举办的第二届青河国际友城论坛上,白州市获得表彰。"));
    }

    @Test
    void aTimedClauseHostingSomethingElseNamesNoForumHost() {
        assertTrue(hostsOf("2016年中国人民对外友好协会举办的图片展吸引了众多市民。").isEmpty());
    }
}
