package dev.newsie.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The line rules of models/cleaning-rules.tsv on made-up lines of the kinds portals and papers print. */
class LineClassifierTest {
    private final LineClassifier classifier = LineClassifier.load();

    private void assertKind(LineKind kind, String... lines) {
        for (String line : lines) {
            assertEquals(kind, classifier.classify(line), line);
        }
    }

    @Test
    void browserAdvisoriesDownloadPromptsAndAgeRatingNoticesAreJunk() {
        assertKind(LineKind.JUNK, "本站建議使用 Firefox 或 Safari 新版瀏覽器閱讀。", "請至某某官網下載 請至另一官網下載",
                "限制級", "您即將進入之內容 需滿18歲 方可瀏覽。");
    }

    @Test
    void bookmarkButtonsGreetingsFontBarsAndPlayersAreJunk() {
        assertKind(LineKind.JUNK, "設為主頁收藏本頁", "您好!今天是", "字體: 放大 還原 縮小", "【字体：大 中 小】",
                "聽新聞", "0:00 / 3:25", "未能播放視頻", "Loading");
    }

    @Test
    void breadcrumbsWithArrowsOrAPositionLabelAndSiteSlogansAreJunk() {
        assertKind(LineKind.JUNK, "首页视点 → 某市长谈友城合作", "位置:当前位置:首页 >> 地方", "您當前的位置 : 某某網 > 新聞",
                "某某新闻网——某某杂志唯一官方网站");
    }

    @Test
    void adSlotsDomainsFollowWidgetsAndWeChatPromptsAreJunk() {
        assertKind(LineKind.JUNK, "我是廣告 請繼續往下閱讀", "spam-example.com", "在Google新聞上追蹤我們", "点击蓝字 关注我们",
                "点个在看 你最好看", "按我看活動辦法", "border image", "最佳回答", "发布于:北京市",
                "某某精品视频在线 高清无码免费观看", "欢迎加入某某网WhatsApp频道", "图片默认标题",
                "某某 發表在 某某邦 留言(0) 人氣()", "[1] [2] [3]  下一页 尾页", "某某在线官方微信", "返回顶端",
                "延伸閱讀:某市長率團訪美 爭取科技投資", "【相关新闻】某市举办友城论坛", "►某市夜市美食節登場",
                "某市与某国某市签署友好城市协议，双方将在经贸和教育等领域开展...");
    }

    @Test
    void bracketedDisclaimersPlatformStatementsAndRepostSectionsEndTheArticle() {
        assertKind(LineKind.LAST, "(编辑 张三)", "责编 李四、王五");
        assertKind(LineKind.END, "全站熱搜", "更多中央社報導", "【版權及免責聲明】凡本網所屬作品,轉載時須獲得授權。", "平台声明:该文观点仅代表作者本人。", "往期推荐");
    }

    @Test
    void aCounterLineThatGivesTheSourceIsAHeaderNotJunk() {
        assertNotEquals(LineKind.JUNK, classifier.classify("发布时间:2023-06-01 来源:北山市外办 浏览次数:"));
        assertKind(LineKind.JUNK, "更新时间: 浏览次数: 75");
    }

    @Test
    void aBylineWithSlashesIsNotAMenu() {
        assertNotEquals(LineKind.JUNK, classifier.classify("某某報/ 記者陳美玲/綠水即時報導"));
    }

    @Test
    void articleSentencesStayProse() {
        assertKind(LineKind.PROSE, "青山市今天与日本白川町正式缔结友好城市，两市市长在市政府共同签署协议。",
                "双方表示，将在浏览器研发、首页设计等数字领域开展合作，推动两地企业交流。",
                "代表团参观了成人教育中心和市民活动中心，观看了城市宣传视频。",
                "他说：“我们将携手同行……”代表团随后参观了港口和科技园区。");
        assertNotEquals(LineKind.JUNK, classifier.classify("定了！某市邮轮母港即将开通！地铁直达+免税城..."));
    }

    @Test
    void shareBarsNamingTheirNetworksAndBracketedImageCreditsAreJunk() {
        assertKind(LineKind.JUNK, "分享到:微信 微博 QQ空间", "分享至 Facebook LINE", "（圖／某市政府提供）", "(某某社資料圖)", "（资料图）");
    }

    @Test
    void aCaptionEndingInItsCreditIsNoJunk() {
        assertNotEquals(LineKind.JUNK, classifier.classify("▲论坛开幕现场。（圖／某市政府提供）"));
    }

    @Test
    void readingAidsAndAnEmptyAttachmentsLabelAreJunkARepostNoteEndsTheArticle() {
        assertKind(LineKind.JUNK, "视力保护色: 默认 护眼", "附件:");
        assertKind(LineKind.END, "本文来自【某某晚报】,仅代表作者观点。某某平台提供信息发布传播服务。");
    }

    @Test
    void aBracketedPictureSourceAndAMetadataBarWithTheEditorAreJunk() {
        assertKind(LineKind.JUNK, "(图片来源于某某网)", "（圖片來源：某某社）",
                "发布时间: 2020-04-03 10:22:10 |来源: 某某网 | |责任编辑: 某某");
    }

    @Test
    void shareWidgetsParticipationCountersPageLabelsAndAppPromptsAreJunk() {
        assertKind(LineKind.JUNK, "用微信扫码二维码 分享至好友和朋友圈", "已有0人参与", "发布者：管理员", "所属栏目：外事动态",
                "字号：T|T", "新闻客户端下载", "手机看新闻");
        assertKind(LineKind.OTHER, "青河市长张明主持会议并讲话");
    }

    @Test
    void regionalPortalsLinksAdvertMarkersCountersAndCommentHeadingsAreFurniture() {
        assertKind(LineKind.JUNK, "看更多", "[廣告] 請繼續往下閱讀", "點擊閱讀下一則新聞", "訂閱《某某時報》", "點閱數：120", "人氣：3,456");
        assertKind(LineKind.END, "讀者回應", "發表意見", "下一則", "今日熱門");
    }

    @Test
    void aPapersEditionWidgetGivingOnlyTheDayIsJunkNotADateline() {
        assertKind(LineKind.JUNK, "當前報章2024年5月3日", "今日报章：2024-05-03", "本期 2024年5月3日 星期五");
        assertKind(LineKind.OTHER, "2024年5月3日");
        assertKind(LineKind.PROSE, "今日上午,青河国际友城论坛在青河开幕。");
    }

    @Test
    void regionalPortalsSponsorBoxesListHeadingsAndNoticesAreFurniture() {
        assertKind(LineKind.END, "喜歡這篇文章嗎?", "來自贊助者的話", "《更多某某新聞網報導》", "最新政治新聞", "你可能也喜歡");
        assertKind(LineKind.JUNK, "【點擊看完整全文】", "【文章轉載請註明出處】", "下載",
                "Your browser may not display this page in Chinese. Read it in English?", "新聞熱圖 >>更多", "快訊",
                "- Advertisement -", "听文章 Powered by 某某网", "今日導讀", "本報新聞");
        assertKind(LineKind.PROSE, "青河市長表示,最新政治新聞不影響兩市交流。");
    }

    @Test
    void linksHeadingsCommentBoxesAndOneLinePagersEndTheArticle() {
        assertKind(LineKind.END, "相關鏈結", "相关连结:", "沒有留言:", "張貼留言", "網友回應", "说两句吧", "上一則 下一則");
    }

    @Test
    void metadataBarsWithWidgetsCodedSourcesAndUploaderLinesAreJunk() {
        assertKind(LineKind.JUNK, "时间：2023-04-02　打印　字号：大 中 小", "时间:2023-04-02      供稿单位 :某某部      打印",
                "发布时间:2023-04-02阅读数:57", "2023-04-02 08:10:11 作者:abc12 来源: 点击次数:0",
                "发布时间：2023-04-02 08:10:11 来源：sp20230402", "录入:某某资讯 编辑:某某资讯", "推荐给朋友：　全文打印　打印文字稿");
        assertNotEquals(LineKind.JUNK, classifier.classify("2023年4月2日,两市代表在白山签署合作协议,并打印了纪念册。"));
    }

    @Test
    void commentResidueStarsShortBreadcrumbsAndReadOnMarkersAreJunk() {
        assertKind(LineKind.JUNK, "--> 2023-04-02 2 2 某某日报 a1.html 1 某某获奖 /enpproperty-->", "★", "★ ★ ★",
                "某某在線 > 某省", "地方频道> 经济发展", "你現在的位置: 首頁 本局動態", "回首頁", "查看详情", "- 閱讀更多 -",
                "繼續閱讀下文↓", "為確保最佳閱讀體驗,請改用新版瀏覽器。");
    }

    @Test
    void numberedRepostDisclaimersEndTheArticle() {
        assertKind(LineKind.END, "1.《某市与某市结为友好城市》摘自网络,只代表作者看法,与本站无关,如有侵权请联系删除。",
                "3.转载请保留本页地址,https://example.org/a.html");
    }

    @Test
    void advertLabelsFontBarsWidgetLabelsWeatherAndBoardPostBarsAreJunk() {
        assertKind(LineKind.JUNK, "廣告 廣告", "【字號:", "[字体: ]      打印本页", "視頻", "更 多", "喜歡就分享這篇文章", "? 人氣",
                "18°", "( 19° / 12° )", "氣象", "楼主 | 发表于 2020-01-02 08:09:10 | 显示全部楼层", "• 分享 • 收藏 • 发帖");
        assertNotEquals(LineKind.JUNK, classifier.classify("视频会议上,两市市长签署了合作备忘录。"));
    }

    @Test
    void commentThreadAndPushedListHeadingsEndTheArticle() {
        assertKind(LineKind.END, "热门跟贴", "精彩推送", "最火资讯");
    }

    @Test
    void governmentPageAnchorsCountersBackLinksSkipLinksAndShareButtonsAreJunk() {
        assertKind(LineKind.JUNK, ":::", "點閱次數：1234", "回上一頁", "友善列印", "Jump to the beginning of content", "新聞公報",
                "Facebook", "Line", "複製連結", "社群", "在 Google News 上追蹤我們");
        assertNotEquals(LineKind.JUNK, classifier.classify("兩市代表在臉書與Line群組分享交流成果。"));
    }

    @Test
    void seeMoreHeadingsRepostOriginsAndJoinPrompts() {
        assertKind(LineKind.END, "【看更多】", "[看更多新聞]");
        assertKind(LineKind.JUNK, "本文章來自《某某日報》。原文：某市與某市結盟", "想知道更多？快點我加入某某新聞LINE好友！");
        assertNotEquals(LineKind.JUNK, classifier.classify("市长表示,欢迎更多青年加入志愿服务,共同建设美好家园。"));
    }

    @Test
    void aPipeRowWithACalendarDateIsATableOfTheArticleNotAMenu() {
        assertNotEquals(LineKind.JUNK, classifier.classify("3 | 北山市 Northhill | 某国 | 欧洲 | 1994年7月2日 | 12.5 | 88 |"));
        assertKind(LineKind.JUNK, "首页 | 新闻中心 | 政务公开 | 办事服务 | 互动交流 |");
    }

    @Test
    void editorsCreditedWithAQualifierOrWithNoSeparatorCloseTheArticle() {
        assertKind(LineKind.LAST, "(视频编辑:张小红 文字编辑:李大伟)", "责编王立", "【责任编辑陈思远】");
        assertNotEquals(LineKind.LAST, classifier.classify("责编们连夜赶稿,确保两市签约消息及时见报。"));
    }

    @Test
    void reprintBansWithAVerbBeforeTheReprintEndTheArticle() {
        assertKind(LineKind.END, "本站图文版权归某某网所有,未经许可禁止进行转载或镜像。");
    }

    @Test
    void aRepostBoardsSignatureLinesPushCommentsAndBracketedTitleLineAreThePages() {
        assertKind(LineKind.END, "※ 發信站: 某某實業坊(example.cc), 來自: 10.0.0.1", "※ 文章網址: https://example.cc/bbs/a.html");
        assertKind(LineKind.JUNK, "推 reader01: 兩市交流很好 09/15 10:42", "→ reader02: 同意 09/15 11:03",
                "標題[新聞] 甲市與乙市簽署交流協定");
        assertNotEquals(LineKind.JUNK, classifier.classify("推动两市在经贸、文化等领域合作:双方约定每年互访一次,首访定于8/24。"));
    }

    @Test
    void blogSidebarWidgetsEnglishRelatedHeadingsAndAShareBarsMoreButton() {
        assertKind(LineKind.END, "搜尋此網誌", "網誌封存", "博客归档", "More Related News", "Related Articles");
        assertKind(LineKind.JUNK, "分享更多", "分享到 更多");
    }

    @Test
    void readCountsScanLabelsAppSlogansAndEditOrIpStampsOfRepostsAreJunk() {
        assertKind(LineKind.JUNK, "10万+", "阅读 2.3万", "微信扫码 分享", "扫码阅读手机版", "二维码", "收藏本文",
                "海量资讯、精准解读，尽在某某财经APP", "编辑于 2024-01-02 10:00", "发布于 2024-01-02 10:00・IP 属地浙江",
                "IP属地：浙江", "文章已于2024-01-02修改", "↓↓↓");
        assertNotEquals(LineKind.JUNK, classifier.classify("两市友好交流项目已吸引10万人次参与,扫码报名通道同步开放。"));
    }

    @Test
    void anEndOfPostMarkEndsItAndTheIssuesEditorClosesIt() {
        assertKind(LineKind.END, "全文完", "-END-", "END", "- THE END -");
        assertKind(LineKind.LAST, "本期编辑 王立", "执行编辑:陈思远");
    }
}
