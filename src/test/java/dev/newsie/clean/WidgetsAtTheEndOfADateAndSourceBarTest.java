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
        assertEquals("2031-03-02 08:15 来源:青川晚报", kept("2031-03-02 08:15 来源:青川晚报 发表评论  【字体:↑大 ↓小"));
        assertEquals("2031-03-02 来源: 白河县外事办", kept("2031-03-02 来源: 白河县外事办 原文链接 评论12条"));
        assertEquals("时间:2031-03-02      供稿单位 :联络处", kept("时间:2031-03-02      供稿单位 :联络处      打印"));
        assertEquals("日期:2031-03-02 08:15:40", kept("日期:2031-03-02 08:15:40     浏览:7"));
    }

    @Test
    void theUploaderFieldsOfACmsBarAreCut() {
        assertEquals("作者:佚名 文章来源:青川网 更新时间:2031-3-2 8:15:40",
                kept("作者:佚名 文章来源:青川网 更新时间:2031-3-2 8:15:40 文章录入:某站 责任编辑:某站"));
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
                "白河县与松川町缔结友好交流关系",
                "时间:2031-03-02      供稿单位 :白河县对外友协      打印",
                "3月1日,白河县与松川町在白河县签署友好交流协议书,两地代表出席仪式并互赠纪念品。");
        String body = new TextDumpCleaner(LineClassifier.load()).clean(DecodedPage.ofText("p", page, RawPage.Kind.TEXT)).body().text();
        assertTrue(body.contains("供稿单位 :白河县对外友协"), body);
        assertFalse(body.contains("打印"), body);
    }
}
