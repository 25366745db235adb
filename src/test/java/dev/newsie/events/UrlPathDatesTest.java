package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Made-up pages with no year in their text: a link whose path is dated on the dateline's day (or a few days after)
 * gives the year; a link dated another time, or a page without a dateline, gives none.
 */
class UrlPathDatesTest {
    private static String reference(String text) {
        return DocumentContext.referenceDate(text, null, Sentence.split(text));
    }

    @Test
    void aPhotoPathDatedOnTheDatelineGivesTheYear() {
        String page = "烟台授予外国专家友谊奖\n\nhttp://img.example.cn/pic/site1/20150612/123456789.jpg(颁奖现场)\n\n"
                + "本报烟台6月12日讯 今天上午,烟台市为五位外国专家颁发友谊奖。";
        assertEquals("2015-06-12", reference(page));
    }

    @Test
    void aStoryPathDatedTwoDaysLaterStillAgrees() {
        String page = "襄阳与松本签署友好交流协议\n\n原文链接 http://news.example.cn/2019-06/14/content_778.htm\n\n"
                + "本报襄阳6月12日讯 昨日,襄阳市与松本市签署友好交流协议。";
        assertEquals("2019-06-12", reference(page));
    }

    @Test
    void aPathOfAnotherTimeGivesNothing() {
        String page = "烟台授予外国专家友谊奖\n\n相关链接 http://img.example.cn/pic/20130301/998.jpg\n\n"
                + "本报烟台6月12日讯 今天上午,烟台市为五位外国专家颁发友谊奖。";
        assertNull(reference(page));
    }

    @Test
    void aPageWithoutADatelineGivesNothing() {
        String page = "烟台授予外国专家友谊奖\n\nhttp://img.example.cn/pic/20150612/1.jpg\n\n今天上午,烟台市为五位外国专家颁发友谊奖。";
        assertNull(reference(page));
    }
}
