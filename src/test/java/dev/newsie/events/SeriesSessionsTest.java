package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up names of sessions of a series. */
class SeriesSessionsTest {
    private static final ForumNames names = new ForumNames(EventLexicon.load());

    private static List<String> found(String s) {
        return names.find(s).stream().map(sp -> s.substring(sp[0], sp[1])).toList();
    }

    @Test
    void anOrdinalWithARankAndAHeadNamesASession() {
        assertTrue(SeriesSessions.session("第八次会议"));
        assertTrue(SeriesSessions.session("第六届部长级会议"));
        assertTrue(SeriesSessions.session("第三届峰会"));
    }

    @Test
    void aRankOfSessionWithoutAnOrdinalNamesASession() {
        assertTrue(SeriesSessions.session("全体会议"));
        assertTrue(SeriesSessions.session("高官会议"));
        assertFalse(SeriesSessions.session("青年创新大会"));
        assertFalse(SeriesSessions.session("暨紫川发展论坛"));
    }

    @Test
    void onlyAnOrdinalTellsASessionFromItsSeriesByNameAlone() {
        assertTrue(SeriesSessions.ordinalSession("第八次会议"));
        assertFalse(SeriesSessions.ordinalSession("全体会议"));
    }

    @Test
    void theSeriesInsideASessionsNameIsNoForumOfItsOwn() {
        assertEquals(List.of("第三届青河白山合作论坛全体会议"), found("8日上午,第三届青河白山合作论坛全体会议在青河举行。"));
        assertEquals(List.of("青河白山合作论坛第六届部长级会议"), found("上月,青河白山合作论坛第六届部长级会议成功举行。"));
    }

    @Test
    void aSeriesGlossedInLatinThenItsSessionIsOneNameWithoutTheGloss() {
        assertEquals(List.of("2031年青河城市论坛(QCF)第五次全体会议"), found("今天上午,2031年青河城市论坛(QCF)第五次全体会议在白山举行。"));
        assertEquals("2031年青河城市论坛第五次全体会议", SeriesSessions.withoutInnerLatinGloss("2031年青河城市论坛(QCF)第五次全体会议"));
        assertEquals("青河城市论坛(QCF)", SeriesSessions.withoutInnerLatinGloss("青河城市论坛(QCF)"));
    }
}
