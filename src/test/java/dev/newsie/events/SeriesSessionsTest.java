package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up names of sessions of a series. */
class SeriesSessionsTest {
    private static final SeriesSessions sessions = new SeriesSessions(EventLexicon.load());

    @Test
    void anOrdinalWithARankAndAHeadNamesASession() {
        assertTrue(sessions.session("第八次会议"));
        assertTrue(sessions.session("第六届部长级会议"));
        assertTrue(sessions.session("第三届峰会"));
        assertTrue(sessions.session("第二次全会"));
    }

    @Test
    void anOrdinalNamesASessionOnlyBeforeAHead() {
        assertFalse(sessions.session("第三届2031"));
        assertFalse(sessions.session("第三届(甲)"));
        assertFalse(sessions.session("第五次青河"));
        assertFalse(sessions.ordinalSession("第五次青河"));
    }

    @Test
    void aRankOfSessionWithoutAnOrdinalNamesASession() {
        assertTrue(sessions.session("全体会议"));
        assertTrue(sessions.session("高官会议"));
        assertTrue(sessions.session("全会"));
        assertFalse(sessions.session("青年创新大会"));
        assertFalse(sessions.session("暨紫川发展论坛"));
    }

    @Test
    void onlyAnOrdinalTellsASessionFromItsSeriesByNameAlone() {
        assertTrue(sessions.ordinalSession("第八次会议"));
        assertFalse(sessions.ordinalSession("全体会议"));
    }

    @Test
    void aSessionsNameIsWrittenWithoutItsSeriesLatinGloss() {
        assertEquals("2031年青河城市论坛第五次全体会议", sessions.withoutInnerLatinGloss("2031年青河城市论坛(QCF)第五次全体会议"));
        assertEquals("青河城市论坛(QCF)", sessions.withoutInnerLatinGloss("青河城市论坛(QCF)"));
    }
}
