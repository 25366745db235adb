package dev.newsie.clean;

import dev.newsie.TestPages;
import dev.newsie.decode.DecodedPage;
import dev.newsie.ingest.RawPage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDumpCleanerTest {
    private final TextDumpCleaner cleaner = new TextDumpCleaner(LineClassifier.load());

    private static final String DUMP = String.join("\n",
            "当前位置:首页 > 国际 > 正文",
            "杭州与波尔图结为友好城市",
            "编辑",
            "2024-03-05 10:20:11",
            "• 2024-03-05",
            "• 来源:新华社",
            "分享至",
            "12",
            "",
            "  " + TestPages.ARTICLE_P1,
            "",
            "3月3日拍摄的签约仪式现场。新华社记者 李明 摄",
            TestPages.ARTICLE_P2,
            "亚洲无码在线| 免费视频观看| 在线播放高清| 午夜福利影院| 成人网站大全",
            TestPages.ARTICLE_P3,
            "(本文来自某某新闻,更多资讯请下载某某新闻APP)",
            "【纠错】【打印】",
            "特别声明:以上内容为自媒体平台用户上传并发布,本平台仅提供信息存储服务。",
            "Notice: The content above is uploaded by a user.",
            "相关推荐",
            "宁波与日本长冈京市签署友好交流协议...   双方将在多个领域开展合作",
            "温州代表团访问意大利普拉托市");

    private Article clean() {
        return cleaner.clean(DecodedPage.ofText("p", DUMP, RawPage.Kind.TEXT));
    }

    @Test
    void keepsTitleDatelineSourceCaptionsAndParagraphs() {
        Article a = clean();
        assertEquals("杭州与波尔图结为友好城市", a.title());
        assertEquals(String.join("\n\n", "杭州与波尔图结为友好城市", "2024-03-05", "来源:新华社", TestPages.ARTICLE_P1,
                "3月3日拍摄的签约仪式现场。新华社记者 李明 摄", TestPages.ARTICLE_P2, TestPages.ARTICLE_P3), a.body().text());
        assertEquals("2024-03-05", a.published());
        assertEquals("新华社", a.source());
    }

    @Test
    void dropsBreadcrumbsCountersSpamPromosDisclaimersAndRelatedLists() {
        String body = clean().body().text();
        for (String junk : new String[]{"当前位置", "分享至", "10:20:11", "亚洲无码", "下载", "特别声明", "Notice", "相关推荐", "长冈京", "普拉托", "纠错"}) {
            assertFalse(body.contains(junk), junk + " kept");
        }
    }

    @Test
    void readsAPortalsLabelledDateAndATaiwanEraDate() {
        String[][] cases = {{"发布日期:2024/05/26", "2024-05-26"}, {"时间：2024.05.26", "2024-05-26"},
                {"更新时间：2024/5/26 16:29:00", "2024-05-26"}, {"民國113年5月26日", "2024-05-26"}, {"發布日期：113-05-26", "2024-05-26"},
                {"(2024-05-26)", "2024-05-26"}, {"发布于 2024-05-26", "2024-05-26"}, {"發佈時間:2024-05-26", "2024-05-26"}};
        for (String[] c : cases) {
            Article a = cleaner.clean(DecodedPage.ofText("p", "杭州与波尔图结为友好城市\n" + c[0] + "\n" + TestPages.ARTICLE_P1, RawPage.Kind.TEXT));
            assertEquals(c[1], a.published(), c[0]);
        }
    }

    @Test
    void keepsASourceLineWithAPortalsLabel() {
        Article a = cleaner.clean(DecodedPage.ofText("p", "杭州与波尔图结为友好城市\n发布日期:2024-05-26 10:15\n文章来源:某市外事办公室\n"
                + TestPages.ARTICLE_P1, RawPage.Kind.TEXT));
        assertTrue(a.body().text().contains("文章来源:某市外事办公室"), a.body().text());
    }

    @Test
    void readsTheDatelineBelowANoticeThatOpenedTheBody() {
        Article a = cleaner.clean(DecodedPage.ofText("p", "甲市议会与乙村议会签署友好协定\n请改用新版浏览器以获得最佳阅读体验。\n"
                + "2024/05/26 10:15 记者某某/甲市报导\n" + TestPages.ARTICLE_P1, RawPage.Kind.TEXT));
        assertEquals("2024-05-26", a.published());
    }

    @Test
    void neverInventsADate() {
        Article a = cleaner.clean(DecodedPage.ofText("p", "无日期的标题\n" + TestPages.ARTICLE_P2, RawPage.Kind.TEXT));
        assertEquals(null, a.published());
    }

    @Test
    void dropsAnUnannouncedTailOfHeadlinesButKeepsNumberedListsAndBylines() {
        String dump = String.join("\n", "杭州与波尔图结为友好城市", TestPages.ARTICLE_P1, "获奖名单:", "1.杭州市", "2.宁波市", "3.温州市",
                "(记者 李明)", "宁波发布最新人才政策", "温州举行马拉松比赛", "绍兴黄酒节开幕在即");
        String body = cleaner.clean(DecodedPage.ofText("p", dump, RawPage.Kind.TEXT)).body().text();
        assertTrue(body.endsWith("(记者 李明)"), body);
        assertTrue(body.contains("3.温州市"), body);
    }

    @Test
    void keepsARepeatedHeadlineOnceButARepeatedSentenceTwice() {
        String caption = "3月3日拍摄的签约仪式现场。新华社记者 李明 摄";
        String page = String.join("\n", "杭州与波尔图结为友好城市", "杭州与波尔图结为友好城市",
                TestPages.ARTICLE_P1, caption, TestPages.ARTICLE_P2, caption, "杭州与波尔图结为友好城市");
        String body = cleaner.clean(DecodedPage.ofText("p", page, RawPage.Kind.TEXT)).body().text();
        assertEquals(1, body.split("杭州与波尔图结为友好城市", -1).length - 1, body);
        assertEquals(2, body.split("签约仪式现场", -1).length - 1, body);
    }

    @Test
    void dropsPrivacyNoticesAppBannersAndKanaLinesAndDoesNotTakeALabelForTheTitle() {
        String page = String.join("\n", "本站借助浏览器存储改善浏览效果，继续浏览即视为接受本站隐私条款。",
                "某某新闻客户端", "このページは繁体字で表示されます。", "最新公告:", "杭州与波尔图结为友好城市",
                TestPages.ARTICLE_P1);
        Article a = cleaner.clean(DecodedPage.ofText("p", page, RawPage.Kind.TEXT));
        assertEquals("杭州与波尔图结为友好城市", a.title());
        assertFalse(a.body().text().contains("隐私"));
        assertFalse(a.body().text().contains("客户端"));
        assertFalse(a.body().text().contains("ページ"));
    }

    @Test
    void keepsAPagesHeadlineAndSubtitleButNotAPromotedHeadlineOrShortChannelNames() {
        String page = String.join("\n", "国际频道", "某某城市友好交流年活动启动", "宁波与长冈京结为友好城市",
                "两市将深化经贸与教育合作", "2024-03-05", TestPages.ARTICLE_P1);
        Article a = cleaner.clean(DecodedPage.ofText("p", page, RawPage.Kind.TEXT));
        assertEquals("宁波与长冈京结为友好城市", a.title());
        assertFalse(a.body().text().contains("某某城市友好交流年活动启动"), a.body().text());
        assertTrue(a.body().text().contains("两市将深化经贸与教育合作"), a.body().text());
        assertFalse(a.body().text().contains("国际频道"), a.body().text());
    }

    private Article cleanLines(String... lines) {
        return cleaner.clean(DecodedPage.ofText("p", String.join("\n", lines), RawPage.Kind.TEXT));
    }

    @Test
    void cutsSiteAndChannelNamesOffAPageTitleAndKeepsTheHeadlineOnce() {
        Article a = cleanLines("杭州与波尔图结为友好城市-国际新闻-某某门户网", "杭州与波尔图结为友好城市", TestPages.ARTICLE_P1);
        assertEquals("杭州与波尔图结为友好城市", a.title());
        assertEquals(String.join("\n\n", "杭州与波尔图结为友好城市", TestPages.ARTICLE_P1), a.body().text());
    }

    @Test
    void aNavigationBarIsNeverTheTitle() {
        Article a = cleanLines("首页 新闻 国际 财经 体育 图片", "杭州与波尔图结为友好城市", TestPages.ARTICLE_P1);
        assertEquals("杭州与波尔图结为友好城市", a.title());
    }

    @Test
    void theEditorLineClosesTheArticleAndIsNotPartOfIt() {
        String body = cleanLines("杭州与波尔图结为友好城市", TestPages.ARTICLE_P1, "【纠错】 【责任编辑:王某】", "某地举办灯会,游客如织,热闹非凡。这是另一条新闻的导语文字。").body().text();
        assertEquals(String.join("\n\n", "杭州与波尔图结为友好城市", TestPages.ARTICLE_P1), body);
    }

    @Test
    void aTraditionalEditorLineInBracketsClosesTheArticleToo() {
        String body = cleanLines("某市论坛开幕", TestPages.ARTICLE_P1 + "(完)", "【編輯:某某某】", "視頻", "更 多", "某地股市收盘微升")
                .body().text();
        assertEquals(String.join("\n\n", "某市论坛开幕", TestPages.ARTICLE_P1 + "(完)"), body);
    }

    @Test
    void dropsLinksToThePreviousAndNextItem() {
        String body = cleanLines("某市论坛开幕", TestPages.ARTICLE_P1, TestPages.ARTICLE_P2, "上一条:我校与某国某大学签署合作协议",
                "下一条:我校举办国际文化节").body().text();
        assertEquals(String.join("\n\n", "某市论坛开幕", TestPages.ARTICLE_P1, TestPages.ARTICLE_P2), body);
    }

    @Test
    void dropsImageCreditsOnTheirOwnLineButKeepsCaptions() {
        String body = cleanLines("某市论坛开幕", TestPages.ARTICLE_P1, "▲论坛开幕现场。", "（圖／某市政府提供）", "(某某社資料圖)", "（资料图）", TestPages.ARTICLE_P2).body().text();
        assertEquals(String.join("\n\n", "某市论坛开幕", TestPages.ARTICLE_P1, "▲论坛开幕现场。", TestPages.ARTICLE_P2), body);
    }

    @Test
    void afterTheWireEndMarkOnlyBylinesFollow() {
        String body = cleanLines("杭州与波尔图结为友好城市", TestPages.ARTICLE_P1 + "(完)", "原标题:杭州波尔图结好",
                "某地举办灯会,游客如织,热闹非凡。这是另一条新闻的导语文字。").body().text();
        assertTrue(body.endsWith("原标题:杭州波尔图结好"), body);
        assertFalse(body.contains("灯会"), body);
    }

    @Test
    void dropsUnannouncedHeadlinesThatAskOrExclaimAtTheEnd() {
        String body = cleanLines("杭州与波尔图结为友好城市", TestPages.ARTICLE_P1, "某地灯会为何这么火?", "秋天去哪儿看红叶!",
                "某某博物馆新展开幕").body().text();
        assertEquals(String.join("\n\n", "杭州与波尔图结为友好城市", TestPages.ARTICLE_P1), body);
    }

    @Test
    void dropsFootersCountersButtonRowsAndDatedHeadlineLists() {
        String body = cleanLines("杭州与波尔图结为友好城市", "阅读 1234", "打印 关闭", TestPages.ARTICLE_P1,
                "Home | About | Contact", "某某市召开经济工作会议 2024-03-01", TestPages.ARTICLE_P2,
                "主办单位:某某市人民政府办公室", "京ICP备12345678号").body().text();
        for (String junk : new String[]{"1234", "打印", "Home", "经济工作会议", "主办", "ICP"}) {
            assertFalse(body.contains(junk), junk + " kept: " + body);
        }
        assertTrue(body.contains(TestPages.ARTICLE_P2), body);
    }

    @Test
    void dropsOtherStoriesAboveTheHeadlineEvenWhenTheyAskOrHaveCommas() {
        String dump = String.join("\n", "快讯", "台风明天接近 气象部门考虑发布海上警报", "晚餐吃什么?网友推荐五种简单料理",
                "听新闻", "0:00 / 0:00", "杭州与波尔图结为友好城市", "某某报/ 记者李明/杭州报道", TestPages.ARTICLE_P1, TestPages.ARTICLE_P2);
        Article a = cleaner.clean(DecodedPage.ofText("p", dump, RawPage.Kind.TEXT));
        assertEquals("杭州与波尔图结为友好城市", a.title());
        assertEquals(String.join("\n\n", "杭州与波尔图结为友好城市", "某某报/ 记者李明/杭州报道", TestPages.ARTICLE_P1,
                TestPages.ARTICLE_P2), a.body().text());
    }

    @Test
    void aSpeechKeepsItsDateInChineseNumeralsAndItsSalutation() {
        String dump = String.join("\n", "（二〇二〇年五月六日）", "尊敬的各位来宾、女士们、先生们:", TestPages.ARTICLE_P2);
        String body = cleaner.clean(DecodedPage.ofText("p", dump, RawPage.Kind.TEXT)).body().text();
        assertEquals(String.join("\n\n", "（二〇二〇年五月六日）", "尊敬的各位来宾、女士们、先生们:", TestPages.ARTICLE_P2), body);
    }

    @Test
    void skipsRatingNoticesAndBookmarkBarsAboveTheHeadline() {
        String dump = String.join("\n", "請更新瀏覽器以獲得最佳瀏覽體驗。", "限制級", "您即將進入之內容 需滿18歲 方可瀏覽。",
                "設為主頁收藏本頁", "杭州与波尔图结为友好城市", TestPages.ARTICLE_P1);
        Article a = cleaner.clean(DecodedPage.ofText("p", dump, RawPage.Kind.TEXT));
        assertEquals("杭州与波尔图结为友好城市", a.title());
        assertEquals(String.join("\n\n", "杭州与波尔图结为友好城市", TestPages.ARTICLE_P1), a.body().text());
    }

    @Test
    void dropsAnotherStorysHeadlineLeftAfterTheArticleButNotACaptionOrACutSentence() {
        String other = cleaner.clean(DecodedPage.ofText("p", String.join("\n", "杭州与波尔图结为友好城市",
                TestPages.ARTICLE_P1, TestPages.ARTICLE_P2, "镜头下的古城墙别样风景"), RawPage.Kind.TEXT)).body().text();
        assertFalse(other.contains("古城墙"), other);
        String caption = cleaner.clean(DecodedPage.ofText("p", String.join("\n", "杭州与波尔图结为友好城市",
                TestPages.ARTICLE_P1, TestPages.ARTICLE_P2, "杭州市市长在签约仪式上致辞"), RawPage.Kind.TEXT)).body().text();
        assertTrue(caption.endsWith("杭州市市长在签约仪式上致辞"), caption);
        String cut = cleaner.clean(DecodedPage.ofText("p", String.join("\n", "杭州与波尔图结为友好城市",
                TestPages.ARTICLE_P1, "据了解,下一步还将举办青年音乐"), RawPage.Kind.TEXT)).body().text();
        assertTrue(cut.endsWith("据了解,下一步还将举办青年音乐"), cut);
    }

    @Test
    void keepsTheSubtitleOfAHeadlineDatedAboveIt() {
        String dump = String.join("\n", "2024-03-05", "杭州与波尔图结为友好城市", "两市将在文化旅游和教育领域深化合作", TestPages.ARTICLE_P1);
        String body = cleaner.clean(DecodedPage.ofText("p", dump, RawPage.Kind.TEXT)).body().text();
        assertEquals(String.join("\n\n", "2024-03-05", "杭州与波尔图结为友好城市", "两市将在文化旅游和教育领域深化合作",
                TestPages.ARTICLE_P1), body);
    }
    @Test
    void keepsOneNamePerLineUnderAListHeadingButNotTheHeadlinesAfterIt() {
        String dump = String.join("\n", "杭州与波尔图结为友好城市", TestPages.ARTICLE_P1, "获奖城市:", "杭州市", "意大利普拉托市", "温州市",
                "宁波发布最新人才政策", "温州举行马拉松比赛", "绍兴黄酒节开幕在即");
        String body = cleaner.clean(DecodedPage.ofText("p", dump, RawPage.Kind.TEXT)).body().text();
        assertTrue(body.endsWith("温州市"), body);
        assertTrue(body.contains("意大利普拉托市"), body);
    }

    @Test
    void keepsAnAnnouncedListWhoseEntriesGiveNameNationalityAndPost() {
        String dump = String.join("\n", "某省友谊奖名单公布", TestPages.ARTICLE_P1, "获奖名单如下:", "一等奖(2名):",
                "彼得·格林(美国) 某大学教授", "汉斯·穆勒(德国) 某学院研究员", "二等奖(1名):", "田中次郎(日本) 某公司工程师",
                "宁波发布最新人才政策", "温州举行马拉松比赛", "绍兴黄酒节开幕在即");
        String body = cleaner.clean(DecodedPage.ofText("p", dump, RawPage.Kind.TEXT)).body().text();
        assertTrue(body.endsWith("田中次郎(日本) 某公司工程师"), body);
        assertTrue(body.contains("汉斯·穆勒(德国) 某学院研究员"), body);
    }

    @Test
    void shortLinesWithoutAListHeadingAboveThemStillGo() {
        String dump = String.join("\n", "杭州与波尔图结为友好城市", TestPages.ARTICLE_P1, "杭州市", "宁波市", "温州市");
        String body = cleaner.clean(DecodedPage.ofText("p", dump, RawPage.Kind.TEXT)).body().text();
        assertFalse(body.contains("宁波市"), body);
    }

    @Test
    void aLabelledDatelineBelowRepeatedHeadlinesDatesThePage() {
        String page = String.join("\n", "青河友城论坛在白山举行", "青河友城论坛在白山举行", "发布时间：2021-04-06",
                "(图片来源于某某网)", "4月5日,青河友城论坛在白山举行,来自十个城市的代表出席了论坛。");
        Article a = cleaner.clean(DecodedPage.ofText("p", page, RawPage.Kind.TEXT));
        assertEquals("2021-04-06", a.published());
        assertFalse(a.body().text().contains("图片来源"), a.body().text());
        assertFalse(a.body().text().contains("发布时间"), a.body().text());
    }

    @Test
    void aNewspapersIssueLineAboveTheArticleGivesItsDate() {
        Article a = cleaner.clean(DecodedPage.ofText("p", "設為主頁收藏本頁\n當前報章2016年09月29日\n今日導讀\n甲市代表團赴乙市出席城市大會\n"
                + TestPages.ARTICLE_P1, RawPage.Kind.TEXT));
        assertEquals("2016-09-29", a.published());
    }

    @Test
    void anArticleThePagePrintsTwiceIsKeptOnceButARepeatedCaptionStays() {
        String p1 = "【本報訊】甲縣乙鄉與丙縣丁鄉今天上午在丁鄉公所舉行締盟典禮,兩位鄉長簽下盟約後交換禮品,鄉民代表也到場祝賀。";
        String p2 = "兩鄉從此成為姐妹鄉鎮,縣府與議會代表出席觀禮,為兩地往後在農業與觀光上的合作揭開序幕。";
        String body = cleaner.clean(DecodedPage.ofText("p", "甲乡与丁乡缔结姐妹乡\n" + p1 + "\n" + p2 + "\n" + p1 + "\n" + p2 + "\n",
                RawPage.Kind.TEXT)).body().text();
        assertEquals(1, body.split("今天上午", -1).length - 1, body);
        assertEquals(1, body.split("揭開序幕", -1).length - 1, body);
        String caption = "3月3日,两市市长在签约仪式上交换文本,这是两市缔结友好城市关系的重要一刻。新华社记者 李明 摄";
        String withCaption = cleaner.clean(DecodedPage.ofText("p", "杭州与波尔图结为友好城市\n2024-03-05\n" + caption + "\n"
                + TestPages.ARTICLE_P1 + "\n" + caption + "\n" + TestPages.ARTICLE_P2, RawPage.Kind.TEXT)).body().text();
        assertEquals(2, withCaption.split("重要一刻", -1).length - 1, withCaption);
    }

    @Test
    void aKeywordLineInjectedInsideABrokenSentenceIsDropped() {
        String page = "甲市与乙市缔结友好城市\n2019-06-12\n甲市长丙、乙市长丁昨天签订合作备忘录,\n台中搬家推荐\n,缔结为友好城市,\n冷气安装\n"
                + ",以观光与农业交流,促进两市共同繁荣。\n" + TestPages.ARTICLE_P1;
        String body = cleaner.clean(DecodedPage.ofText("p", page, RawPage.Kind.TEXT)).body().text();
        assertFalse(body.contains("搬家"), body);
        assertFalse(body.contains("冷气"), body);
        assertTrue(body.contains("以观光与农业交流"), body);
    }

    @Test
    void aShortDateLineBetweenHeadlineAndShareBarDatesThePage() {
        Article a = cleaner.clean(DecodedPage.ofText("p", "港聞\n杭州与波尔图结为友好城市\n2024年05月26日 14:22\n分享：\nWhatsApp\n"
                + TestPages.ARTICLE_P1, RawPage.Kind.TEXT));
        assertEquals("2024-05-26", a.published());
    }

    @Test
    void aSitesAddressBeforeTheTimestampLeavesItAShortDateLine() {
        Article a = cleaner.clean(DecodedPage.ofText("p", "【打 印】\n杭州与波尔图结为友好城市\nhttp://www.example-news.hk   2024-05-26 14:22:08\n"
                + TestPages.ARTICLE_P1, RawPage.Kind.TEXT));
        assertEquals("2024-05-26", a.published());
    }

    @Test
    void onlyAnAddressWithItsSchemeWwwOrADomainEndingIsASitesAddress() {
        for (String site : new String[]{"http://www.example-news.hk ", "https://example.org/ ", "www.example.com ", "news.example.com.cn "}) {
            assertEquals("2024-05-26 14:22:08", TextDumpCleaner.SITE_ADDRESS.matcher(site + "2024-05-26 14:22:08").replaceFirst(""));
        }
        for (String notSite : new String[]{"U.S. 2024-05-26", "No.5 2024-05-26", "A.B 2024-05-26"}) {
            assertEquals(notSite, TextDumpCleaner.SITE_ADDRESS.matcher(notSite).replaceFirst(""));
        }
    }

    @Test
    void keepsAWritersBylineOnItsOwnLineAboveTheArticle() {
        for (String byline : new String[]{"文/记者 张小明", "□ 文/本刊记者 李大伟", "本报记者 王立 通讯员 陈思", "文/图 记者 刘洋",
                "本報記者 周美玲", "本报特约记者 孙悦、赵刚"}) {
            String body = cleanLines("杭州与波尔图结为友好城市", byline, TestPages.ARTICLE_P1).body().text();
            assertEquals(String.join("\n\n", "杭州与波尔图结为友好城市", byline, TestPages.ARTICLE_P1), body, byline);
        }
    }

    @Test
    void anOutletsNameWithTheStorysTimeIsItsDateline() {
        String body = cleanLines("杭州与波尔图结为友好城市", "某某新闻2024-03-05 09:26", TestPages.ARTICLE_P1).body().text();
        assertEquals(String.join("\n\n", "杭州与波尔图结为友好城市", "某某新闻2024-03-05 09:26", TestPages.ARTICLE_P1), body);
    }

    @Test
    void aBarMayPartAnOutletsNameFromTheStorysTime() {
        String body = cleanLines("青河与白沙结为友好城市", "澄江新闻网 | 2031-07-08 16:40:02", TestPages.ARTICLE_P1).body().text();
        assertEquals(String.join("\n\n", "青河与白沙结为友好城市", "澄江新闻网 | 2031-07-08 16:40:02", TestPages.ARTICLE_P1), body);
    }
}
