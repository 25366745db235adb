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
 * A body as the subject of 举办, with only the day between it and the verb (甲市政府今（21）日举办乙论坛, 甲协会15日举办):
 * it hosts the forum, as when 在 and a venue follow the day (made-up sentences).
 */
class HostBeforeATimeAndItsVerbTest {
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
    void aBodyBeforeTaiwansBracketedDayHosts() {
        assertEquals(List.of("嘉义市政府"), hostsOf("嘉义市政府今（14）日举办2025诸罗国际城市论坛，邀请多国城市代表与会。"));
        // as the normaliser rewrites Taiwan's bracketed day before the events stage
        assertEquals(List.of("嘉义市政府"), hostsOf("嘉义市政府今日(14日)举办2025诸罗国际城市论坛，邀请多国城市代表与会。"));
    }

    @Test
    void aBodyBeforeADayOfTheMonthHosts() {
        assertEquals(List.of("苏州市人民对外友好协会"), hostsOf("苏州市人民对外友好协会9日举办2025运河城市友好论坛。"));
    }

    @Test
    void aPlaceBeforeTheDayIsStillWhereNotWho() {
        assertTrue(hostsOf("第二届峰会9日在绍兴举办。").isEmpty());
    }
}
