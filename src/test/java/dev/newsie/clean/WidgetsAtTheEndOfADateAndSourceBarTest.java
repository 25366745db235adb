package dev.newsie.clean;

import dev.newsie.decode.DecodedPage;
import dev.newsie.ingest.RawPage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A date-and-source bar keeps its date, author and source and loses the page's buttons and counters (made-up lines). */
class WidgetsAtTheEndOfADateAndSourceBarTest {
    private final MetadataBar bar = new MetadataBar(LineClassifier.load());

    private String kept(String line) {
        return line.substring(0, bar.end(line));
    }

    @Test
    void buttonsAndCountersAfterTheSourceAreCut() {
        assertEquals("2029-11-17 16:40 来源:柳港日报", kept("2029-11-17 16:40 来源:柳港日报   发表评论 【字体:↑大 ↓小"));
        assertEquals("2029-11-17 来源:  东岭镇宣传办", kept("2029-11-17 来源:  东岭镇宣传办 原文链接   评论3条"));
        assertEquals("时间:2029-11-17    供稿单位 :宣传科", kept("时间:2029-11-17    供稿单位 :宣传科   打印"));
        assertEquals("日期:2031-03-02 08:15:40", kept("日期:2031-03-02 08:15:40     浏览:7"));
    }

    @Test
    void theUploaderFieldsOfACmsBarAreCut() {
        assertEquals("作者:不详 文章来源:柳港在线 更新时间:2029-11-17 16:40:05",
                kept("作者:不详 文章来源:柳港在线 更新时间:2029-11-17 16:40:05 文章录入:admin 责任编辑:xiaowang"));
    }

    @Test
    void theArticlesOwnFieldsStay() {
        String plain = "2031-03-02 08:15 来源:青川晚报 记者 林小川";
        assertEquals(plain, kept(plain));
        assertEquals("来源:青川日报  编辑:", kept("来源:青川日报  编辑:"), "an empty label is the bar's, not a widget");
        assertEquals("来源: 青川客户端", kept("来源: 青川客户端"), "a label's value is never cut");
        assertEquals("来源:青川晚报 2031-03-02 08:15", kept("来源:青川晚报 2031-03-02 08:15"));
    }

    @Test
    void aBarMadeJunkByItsWidgetsStillGivesTheArticleItsHeader() {
        String page = String.join("\n",
                "柳港市北见町签署交流备忘录",
                "时间:2029-11-17   供稿单位 :柳港市外事科    打印",
                "北见町访问团16日抵达柳港,双方在市民中心签下了为期五年的交流备忘录。");
        String body = new TextDumpCleaner(LineClassifier.load()).clean(DecodedPage.ofText("p", page, RawPage.Kind.TEXT)).body().text();
        assertTrue(body.contains("供稿单位 :柳港市外事科"), body);
        assertFalse(body.contains("打印"), body);
    }
}
