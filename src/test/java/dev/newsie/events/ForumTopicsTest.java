package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences in the constructions forum reports use for their theme and topics. */
class ForumTopicsTest {
    @Test
    void quotedThemeAfter主题为OrBetween以And为主题() {
        assertEquals("携手同行 共创未来", ForumTopics.theme("本届论坛主题为“携手同行 共创未来”。"));
        assertEquals("开放包容", ForumTopics.theme("大会以“开放包容”为主题,吸引各方参与。"));
    }

    @Test
    void quotedThemeThatTheParticipantsDiscussed() {
        assertEquals("合作共赢 共同发展", ForumTopics.theme("与会代表围绕“合作共赢 共同发展”主题进行深入探讨。"));
        assertEquals("绿色转型", ForumTopics.theme("峰会聚焦“绿色转型”这一主题。"));
    }

    @Test
    void quotedThemeBesideTheForumsHeadOrWithNoVerb() {
        // made up: the forum's head before the word for theme, a main axis without 以, the theme word right before the quote
        assertEquals("山海相连 共享繁荣", ForumTopics.theme("与会代表围绕“山海相连 共享繁荣”论坛主题展开交流。"));
        assertEquals("乡村振兴,城乡融合", ForumTopics.theme("市长强调,「乡村振兴,城乡融合」为论坛主轴。"));
        assertEquals("数字赋能", ForumTopics.theme("呼应今年论坛主题「数字赋能」,市长介绍了本市经验。"));
        // a count before the word lists the parts' themes, and a quote after a list's 、 is no theme of its own
        assertNull(ForumTopics.theme("论坛设三个主题“城市更新”“青年交流”“绿色发展”。"));
        assertNull(ForumTopics.theme("论坛围绕“城市更新”、“青年交流”为主题。"));
        // a quote after 和, 与, 及 continues a list: 以“A”和“B”为主题 names no one theme
        assertNull(ForumTopics.theme("论坛以“城市更新”和“青年交流”为主题。"));
    }

    @Test
    void aThemeToldAsTheForumsOwnByItsHeadNoun() {
        assertEquals("山海相连", ForumTopics.themeOfTheForum("与会代表围绕“山海相连”论坛主题展开交流。"));
        assertEquals("乡村振兴,城乡融合", ForumTopics.themeOfTheForum("市长强调,「乡村振兴,城乡融合」为论坛主轴。"));
        assertNull(ForumTopics.themeOfTheForum("代表们围绕“山海相连”主题展开交流。")); // no head: whose theme is not said
        assertNull(ForumTopics.themeOfTheForum("与会代表围绕“山海相连”分论坛主题展开交流。")); // a part's theme
        assertNull(ForumTopics.themeOfTheForum("平行论坛主题为“山海相连”。"));
        assertNull(ForumTopics.themeOfTheForum("专题论坛主题:“山海相连”。"));
        assertNull(ForumTopics.themeOfTheForum("“城市更新”和“山海相连”为论坛主题。")); // a list's last item
        // another edition's theme
        assertNull(ForumTopics.themeOfTheForum("上届论坛主题为“山海相连”。"));
        assertNull(ForumTopics.themeOfTheForum("明年大会主题是“山海相连”。"));
        // a talk's title first, then the forum's theme: every match is tried
        assertEquals("山海相连", ForumTopics.themeOfTheForum("市长作了大会主题“青山绿水”的演讲,呼应大会主题“山海相连”。"));
    }

    @Test
    void unquotedThemeClosedBy为主题() {
        assertEquals("城市数字化转型", ForumTopics.theme("论坛以城市数字化转型为主题。"));
    }

    @Test
    void aSentenceWithoutTheWordForThemeHasNone() {
        assertNull(ForumTopics.theme("与会嘉宾就“智慧交通”进行了交流。"));
    }

    @Test
    void anUnquotedCountedListWhoseDialogueIsStarted() {
        // made up: the heads start the dialogue on two topics named before their count
        assertEquals(List.of("促进城市更新", "促进青年交流"),
                ForumTopics.topics("随后,甲会会长和乙州州长共同启动了促进城市更新和促进青年交流两个议题的对话。"));
    }

    @Test
    void adjacentQuotedTitlesBeforeACountedSubForumHead() {
        assertEquals(List.of("数字经济", "生态保护", "青年交往"),
                ForumTopics.topics("大会分设“数字经济”“生态保护”“青年交往”三个平行论坛。"));
    }

    @Test
    void quotedTitlesBeforeAQualifiedSubForumHead() {
        assertEquals(List.of("港口合作", "人才培养"), ForumTopics.topics("论坛设“港口合作”“人才培养”两场平行分论坛。"));
    }

    @Test
    void quotedTitlesBeforeACountOfAgendaItems() {
        assertEquals(List.of("低碳城市", "智慧医疗"), ForumTopics.topics("分论坛针对「低碳城市」、「智慧医疗」等2项议程展开讨论。"));
    }

    @Test
    void quotedTitlesBeforeACountWith大() {
        assertEquals(List.of("港口合作", "人才培养"), ForumTopics.topics("论坛围绕“港口合作”“人才培养”两大议题展开。"));
    }

    @Test
    void twoQuotedTitlesBefore等内容AreTopics() {
        assertEquals(List.of("文化遗产保护", "青年交流"),
                ForumTopics.topics("分论坛将围绕“文化遗产保护”、“青年交流”等内容开展研讨。"));
    }

    @Test
    void unquotedListAfterALabelSeparatedByAComma() {
        assertEquals(List.of("城市建设与金融服务", "城市发展与科技创新", "跨境合作创新"),
                ForumTopics.topics("设3个分议题,分别是:城市建设与金融服务、城市发展与科技创新、跨境合作创新。"));
    }

    @Test
    void unquotedListClosedByACountedHeadKeeps与InsideATitle() {
        assertEquals(List.of("智慧交通", "城市更新与治理", "医疗卫生"),
                ForumTopics.topics("论坛设有智慧交通、城市更新与治理、医疗卫生三个分论坛。"));
    }

    @Test
    void unquotedListBefore等议题SplitsItsLastItemAt和() {
        // (a list of 化 qualities is no topics, QualitiesAreNoTopicsTest: the split is shown on subjects)
        assertEquals(List.of("城市更新", "港口物流", "生态保护"),
                ForumTopics.topics("代表们围绕城市更新、港口物流和生态保护等议题展开讨论。"));
    }

    @Test
    void aListThatTheParticipantsDiscussedIsTheTopics() {
        assertEquals(List.of("城市减贫", "气候变化应对", "青年就业"),
                ForumTopics.topics("与会嘉宾就城市减贫、气候变化应对和青年就业进行深入交流。"));
    }

    @Test
    void twoThingsDiscussedWithoutAWordForTopicsAreNoTopicList() {
        assertTrue(ForumTopics.topics("双方就经贸合作和人文交流进行深入交流。").isEmpty());
    }

    @Test
    void oneUnquotedPhraseAloneIsNoTopicList() {
        assertTrue(ForumTopics.topics("与会嘉宾就城市治理进行了交流。").isEmpty());
        assertTrue(ForumTopics.topics("两市在经贸、文化等领域开展合作。").isEmpty());
    }

    @Test
    void aLineNumberingOneSubForumGivesItsTitle() {
        assertEquals("数字城市建设", ForumTopics.numbered("分论坛一:数字城市建设"));
        assertEquals("绿色低碳转型", ForumTopics.numbered("平行论坛(二):“绿色低碳转型”"));
        assertNull(ForumTopics.numbered("分论坛上,与会嘉宾发言踊跃。"));
    }
    @Test
    void theProgrammeOfAForumIsNotItsTopics() {
        assertTrue(ForumTopics.topics("论坛举行了开幕式、主论坛、三场平行论坛和闭幕式。").isEmpty());
        assertTrue(ForumTopics.topics("会议议程包括开幕式、主旨演讲、圆桌对话和签约仪式。").isEmpty());
    }

    @Test
    void aCountBeforeTheHeadMustMatchTheUnquotedList() {
        assertEquals(List.of("城市更新与治理", "产业协作与投资", "青年交流与教育"),
                ForumTopics.topics("本次论坛设置城市更新与治理、产业协作与投资、青年交流与教育三个分论坛。"));
        assertTrue(ForumTopics.topics("本届大会设有主论坛、青年论坛两个平行论坛之外的展览。").isEmpty());
    }

    @Test
    void whatASpeakerTalkedAboutIsNotTheForumsTopics() {
        assertTrue(ForumTopics.topics("乙市市长围绕社区营造、数字治理、文旅融合等议题作主旨演讲。").isEmpty());
        assertTrue(ForumTopics.topics("各代表团分别就港口物流、旅游推广、职业教育等进行了交流发言。").isEmpty());
    }

    @Test
    void twoSidesOfAMeetingTalkingIsNotAnAgenda() {
        assertTrue(ForumTopics.topics("双方就扩大贸易往来、深化青年交流、推动低碳发展进行了深入交流。").isEmpty());
    }

    @Test
    void subForumTitlesLabelledBy主题分别为() {
        assertEquals(List.of("海洋经济与港口", "智慧医疗", "城市记忆"),
                ForumTopics.topics("大会设三个平行分论坛,主题分别为“海洋经济与港口”“智慧医疗”“城市记忆”。"));
    }

    @Test
    void labelledTopicsSetOffBySemicolons() {
        assertEquals(List.of("城市低碳转型", "公共服务均等化", "社区文化建设"),
                ForumTopics.topics("两个分论坛的议题为:城市低碳转型;公共服务均等化;社区文化建设。"));
    }
    @Test
    void subForumThemesAreTopicsNotTheForumsTheme() {
        String t = "平行论坛一以“智慧港口”为主题,平行论坛二以“跨境电商”为主题。";
        assertEquals(List.of("智慧港口", "跨境电商"), ForumTopics.topics(t));
        assertNull(ForumTopics.theme(t));
        assertEquals(List.of("港口合作", "青年创业", "文化遗产"),
                ForumTopics.topics("三场平行论坛分别以“港口合作”“青年创业”“文化遗产”为主题展开。"));
    }

    @Test
    void quotedTitlesBeforeACountOfSections() {
        assertEquals(List.of("友城合作", "经贸对接", "人文交流"),
                ForumTopics.topics("论坛分为“友城合作”、“经贸对接”和“人文交流”三个板块。"));
    }
    @Test
    void aShortCoordinationInsideTheLastTitleIsKeptWhole() {
        assertEquals(List.of("城市规划与建设", "港口物流", "文化和旅游合作"),
                ForumTopics.topics("与会代表围绕城市规划与建设、港口物流、文化和旅游合作等议题展开讨论。"));
    }

    @Test
    void aLabelledListLosesWhatClosesIt() {
        assertEquals(List.of("智慧城市建设", "低碳交通", "社区养老服务"),
                ForumTopics.topics("分议题涵盖智慧城市建设、低碳交通、社区养老服务等多个领域。"));
    }

    @Test
    void aQuotedThemeBeforeACountOfSubForumsIsNoTopic() {
        assertEquals(List.of(), ForumTopics.topics("大会主题为“开放共赢”,设两个分论坛。"));
    }

    @Test
    void subForumsNamedFirstThenTheQuotedTitlesTheyTookUp() {
        assertEquals(List.of("城市更新", "港口合作", "青年交往"),
                ForumTopics.topics("大会期间举行的三场平行论坛分别围绕“城市更新”“港口合作”“青年交往”展开讨论。"));
    }

    @Test
    void quotedTitlesOfRoundTablesAndGroupDiscussions() {
        assertEquals(List.of("清洁能源", "港口贸易"), ForumTopics.topics("峰会并举行「清洁能源」与「港口贸易」两场圆桌讨论。"));
        assertEquals(List.of("气候行动", "文化创生"), ForumTopics.topics("论坛并设「气候行动」及「文化创生」两场分组讨论。"));
    }

    @Test
    void aLabelledListEndsAtItsClosingWordNotAtTheSentencesEnd() {
        assertEquals(List.of("净零转型", "港口观光", "青年交流"),
                ForumTopics.topics("论坛议程涵盖净零转型、港口观光、青年交流等面向,来自9个国家的代表出席。"));
    }

    @Test
    void issuesRaisedAreNoAgenda() {
        assertEquals(List.of(), ForumTopics.topics("会上,市长们就城市交通、垃圾分类和养老服务等问题进行了交流。"));
    }

    @Test
    void namedSubForumsBeforeTheirWordAreTopicsThoughSetOffByCommas() {
        assertEquals(List.of("青年创业合作论坛", "港口物流发展论坛", "乡村旅游合作论坛"),
                ForumTopics.topics("开幕式后,还举办了青年创业合作论坛,港口物流发展论坛、乡村旅游合作论坛等平行论坛。"));
    }

    @Test
    void aListClosedBy与SplitsItsLastItemWhenTheHalvesAreParallel() {
        assertEquals(List.of("智慧医疗", "低碳交通", "社区照护"), ForumTopics.titles("智慧医疗、低碳交通与社区照护"));
        // titles that coordinate with 与 stay whole
        assertEquals(List.of("城市治理现代化", "城市更新与产业升级"), ForumTopics.titles("城市治理现代化、城市更新与产业升级"));
        assertEquals(List.of("港口合作与物流发展", "文化交流", "城市规划与建设管理"), ForumTopics.titles("港口合作与物流发展、文化交流、城市规划与建设管理"));
    }

    @Test
    void subForumsNamedInAPlanAreTopicsAndTheirDescriptionsAreNot() {
        assertEquals(List.of("空港经济分论坛", "健康乐龄分论坛", "青年筑梦分论坛"), ForumTopics.topics(
                "本届论坛主题为“韧性城市 共好未来”,三个分论坛的规划分别是:探讨港口物流的“空港经济分论坛”、探讨长者照护的“健康乐龄分论坛”,"
                        + "以及从青年视角出发“创业、新世代”的“青年筑梦分论坛”。"));
    }

    @Test
    void theForumDiscussingIssuesStatesItsAgendaButParticipantsRaisingThemDoNot() {
        assertEquals(List.of("河道治理", "古城保护", "青年交流"), ForumTopics.topics("本次大会将就河道治理、古城保护、青年交流等问题进行深入研讨。"));
        assertEquals(List.of(), ForumTopics.topics("来自8个国家的市长就河道治理、古城保护和青年交流等问题进行了交流。"));
    }

    @Test
    void oneUnquotedTitleNamedAsTheTopicOfADiscussion() {
        assertEquals(List.of("湿地修复与候鸟保护"), ForumTopics.topics("与会嘉宾主要围绕湿地修复与候鸟保护的话题进行了热烈讨论。"));
        assertEquals(List.of(), ForumTopics.topics("与会嘉宾主要围绕湿地修复进行了热烈讨论。"));
    }

    @Test
    void partsTitledWith以为题AreTopics() {
        assertEquals(List.of("河道治理", "古城保护", "青年交流"), ForumTopics.topics("论坛分别以“河道治理”、“古城保护”及“青年交流”为题进行讨论。"));
    }

    @Test
    void partsCountedThenWhatEachTakesUp() {
        assertEquals(List.of("河道治理", "古城保护", "青年交流"), ForumTopics.topics("论坛设三个分论坛,分别聚焦河道治理、古城保护和青年交流。"));
    }

    @Test
    void oneQuotedTitleCalledThisTopic() {
        assertEquals(List.of("河道治理"), ForumTopics.topics("会议围绕“河道治理”这一议题展开讨论。"));
    }

    @Test
    void theTwoSidesOfAMeetingTalkingGiveNoTopics() {
        assertEquals(List.of(), ForumTopics.topics("双方围绕河道治理、古城保护、青年交流等议题进行了深入交流。"));
    }

    @Test
    void aFieldWordBetween等AndTheTopicsHeadIsNoItem() {
        assertEquals(List.of("港口建设", "航运金融", "海洋环境"),
                ForumTopics.topics("论坛邀请各方专家围绕港口建设、航运金融、海洋环境等多项城市议题深入研讨。"));
    }

    @Test
    void aThemeAfterAColonRunsToTheEndOfTheSentence() {
        assertEquals("绿色转型,共享机遇,打造“双港”联动",
                ForumTopics.theme("大会由甲协会承办,大会主题是:绿色转型,共享机遇,打造“双港”联动。"));
    }

    @Test
    void aTalksTitleAfterAColonIsNoTheme() {
        assertNull(ForumTopics.theme("甲教授在大会上作了主题为:港口城市的绿色转型之路的主旨演讲。"));
    }

    @Test
    void twoQuotedHalvesJoinedBy和AreOneTheme() {
        assertEquals("蓝色经济与港口城市在航运转型中的角色",
                ForumTopics.theme("今年年会主题确定为“蓝色经济”与“港口城市在航运转型中的角色”,吸引百余位代表参会。"));
    }
}
