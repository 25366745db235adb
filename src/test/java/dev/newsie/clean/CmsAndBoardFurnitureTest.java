package dev.newsie.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Round-11 rows of models/cleaning-rules.tsv: CMS metadata bars, pagers, converter images and board furniture (made-up lines). */
class CmsAndBoardFurnitureTest {
    private final LineClassifier classifier = LineClassifier.load();

    private void assertKind(LineKind kind, String... lines) {
        for (String line : lines) {
            assertEquals(kind, classifier.classify(line), line);
        }
    }

    @Test
    void aMetadataBarNamingTheUploaderIsJunk() {
        assertKind(LineKind.JUNK, "作者:佚名 文章来源:青河日报 点击数 更新时间:2019-03-05 10:12:30 文章录入:某某 责任编辑:某某");
        assertNotEquals(LineKind.JUNK, classifier.classify("发布时间:2019-03-05 来源:青河日报"));
    }

    @Test
    void pagersAndPreviousOrNextLinksAreJunk() {
        assertKind(LineKind.JUNK, "首页 上一页 3 4 5 6 下一页 尾页", "上一页 1 2 下一页", "上一条:青河市举办文化节", "下一则：白州市代表团来访");
    }

    @Test
    void aConvertersMarkdownImageIsJunk() {
        assertKind(LineKind.JUNK, "![a.jpg a.jpg](/upload/2021/a.jpg)", "![](/p/1.png) ![](/p/2.png)");
    }

    @Test
    void aBoardsArchiveLinksAndServerNotesAreJunkAndItsSoftwareLineEndsThePost() {
        assertKind(LineKind.JUNK, "查看完整版本: [-- 青河市友城名单 --]", "[-- top --]", "Gzip enabled");
        assertKind(LineKind.END, "Powered by someboard v2.1 Code ©2005-2012", "指导单位:某省委宣传部建设单位:某新闻网");
    }

    @Test
    void aRepostsCorrectionNoticeIsADisclaimer() {
        assertKind(LineKind.END, "本稿件转自某某日报,仅供阅读。如发现事实性差错或版权问题,请及时与我们联系,我们将尽快处理。");
        assertNotEquals(LineKind.END, classifier.classify("两市如发现合作中的问题,将及时沟通协商解决。"));
    }
}
