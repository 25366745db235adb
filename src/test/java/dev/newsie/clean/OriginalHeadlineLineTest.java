package dev.newsie.clean;

import dev.newsie.decode.DecodedPage;
import dev.newsie.ingest.RawPage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A repost's 原标题 line under the headline credits the article's own headline: it is kept (made-up page). */
class OriginalHeadlineLineTest {
    private final TextDumpCleaner cleaner = new TextDumpCleaner(LineClassifier.load());

    @Test
    void theOriginalHeadlineLineUnderAPagesHeadlineIsKept() {
        String page = String.join("\n",
                "青河启动“友城交流周” 推动与白州多领域合作",
                "作者:佚名 文章来源:青河日报 点击数 更新时间:2020-05-06 09:30:00 文章录入:某某 责任编辑:某某",
                "原标题:青河启动“友城交流周” 推动与白州多领域合作",
                "本报讯 青河市“友城交流周”系列活动5月5日正式开启,青河市与白州市当天签订了深化两市往来的框架协议。",
                "两市自2000年结为友好城市以来,在教育、文化、体育等领域开展了广泛交流。");
        String body = cleaner.clean(DecodedPage.ofText("p", page, RawPage.Kind.TEXT)).body().text();
        assertTrue(body.contains("原标题:青河启动"), body);
        assertTrue(!body.contains("文章录入"), body);
    }
}
