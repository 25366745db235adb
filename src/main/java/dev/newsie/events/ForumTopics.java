package dev.newsie.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A forum's theme (主题) and topics (议题, 分议题, sub-forum titles) from one sentence about it (GOLD.md §3).
 * Reads the constructions reports of the genre use, quoted or not:
 * <ul>
 *   <li>theme: 以“X”为主题, 主题为“X”, 主题:“X”, 围绕/聚焦/就“X”(这一)主题, and the unquoted 以X为主题 / 主题为X;</li>
 *   <li>topics: quoted titles before a topic head (设“A”“B”两个分论坛, “A”和“B”等议题, “A”“B”等六大议题, 围绕“A”、“B”等内容); a labelled list
 *       (分议题分别为…, 设4个分议题,分别是:…, 议题包括…); an unquoted list closed by a count and a head
 *       (设有A、B、C三个平行论坛, 围绕A、B、C三大主题); an unquoted list before 等议题/话题 (围绕A、B等议题); a list of three or more that is
 *       discussed (就A、B和C进行深入交流).</li>
 * </ul>
 * Unquoted lists count only with at least two items of title length: one phrase alone is too often not a topic.
 * Pure functions of the sentence text; stateless and thread-safe.
 */
final class ForumTopics {
    private static final String OPEN = "[“\"「『]", CLOSE = "[”\"」』]", INNER = "[^”\"」』]";
    private static final String COUNT = "(?:\\d+|[一二两三四五六七八九十]+)";
    private static final String HEADS = "(?:分议题|子议题|议题|议程|话题|(?:平行|专题|主题)?分论坛|子论坛|平行论坛|专题论坛|主题论坛|分会场|圆桌会议|圆桌论坛|专题研讨|专场|板块|(?:分组|圆桌|专题)讨论"
            // 设A、B两个专题/单元/分会/圆桌对话, 分为“A”和“B”两个环节: the other words reports use for a forum's parts
            // (专题讲座 and 专题报告 are talks, 分会长 a title)
            + "|专题(?!讲座|报告|演讲|片)|单元|分会(?!长)|圆桌对话|环节"
            // 分为“A”“B”及“C”三个场次, 三大子题: Taiwan reports call a forum's sessions 场次 and its sub-topics 子题
            + "|场次|子题"
            // 开设A、B等四个平行会议: the parallel, group or special sessions a forum opens are its parts as its sub-forums are
            + "|(?:平行|分组|专题)会议)";
    /** Several quoted titles in a row: separators stand between them, never after the last (“主题”,3个分论坛). */
    private static final String QUOTED_RUN = "((?:" + OPEN + INNER + "{2,40}" + CLOSE + "\\s*(?:[和与、及,，]|以及)?\\s*)*" + OPEN + INNER + "{2,40}" + CLOSE + ")";

    /** The gathering's own head nouns, which may stand before the word for its theme (论坛主题, 大会主轴). */
    private static final String HEAD_NOUN = "(?:论坛|大会|峰会|会议)";
    private static final String OWN_HEAD = HEAD_NOUN + "?";
    /** A quotation right after one of these continues a list (“A”和“B”为主题): it is no theme of its own. */
    private static final String NOT_AFTER_A_LIST = "(?<![、”」』\"和与及或])";
    /**
     * 主题为“X” / 以“X”为主题 / 围绕“X”主题: the theme in quotation marks; also with no verb between the theme's word
     * and the quotation (今年主题「X」), with the forum's head before that word (围绕“X”论坛主题), and 「X」为论坛主轴 without 以.
     */
    private static final Pattern THEME_QUOTED = Pattern.compile(
            "(?<!分论坛)(?<![个大项两三四五六七八九十])(?:主题|主轴)(?:(?:为|是|订为|定为|确定为)[:：]?|[:：])?" + OPEN + "(" + INNER + "{2,40})" + CLOSE
                    // 以「X」为主轴: Taiwan reports give a forum's theme as its main axis (主轴)
                    + "|(?:以|" + NOT_AFTER_A_LIST + ")" + OPEN + "(" + INNER + "{2,40})" + CLOSE + "为" + OWN_HEAD + "(?:主题|主旨|主轴)"
                    + "|(?:围绕|聚焦|紧扣|突出|就|针对)" + OPEN + "(" + INNER + "{2,40})" + CLOSE + "(?:这一|的)?" + OWN_HEAD + "(?:主题|主旨)");
    /**
     * A part's head (平行论坛, 子论坛, 分会) or another edition (上届, 明年) before the forum's head noun: the theme is
     * not the reported forum's own.
     */
    private static final String NOT_A_PART_OR_ANOTHER_EDITION =
            "(?<!分|子|平行|专题|主题|圆桌|上届|往届|历届|去年|明年|首届|下届|上一届|下一届|前几届)";
    /** 围绕“X”论坛主题, 「X」为论坛主轴, 大会主题为“X”: a quoted theme told as the theme of the forum, by its head noun. */
    private static final Pattern THEME_OF_THE_FORUM = Pattern.compile(
            NOT_A_PART_OR_ANOTHER_EDITION + HEAD_NOUN + "(?:主题|主轴)(?:为|是)?[:：]?" + OPEN + "(" + INNER + "{2,40})" + CLOSE
                    + "|" + NOT_AFTER_A_LIST + OPEN + "(" + INNER + "{2,40})" + CLOSE + "(?:这一|的)?为?" + HEAD_NOUN + "(?:主题|主轴)");

    /** The theme a sentence gives as the forum's own by its head noun (围绕“X”论坛主题), or null; a part's theme is a topic. */
    static String themeOfTheForum(String t) {
        String u = SUB_FORUM_THEME.matcher(t).replaceAll("");
        Matcher m = THEME_OF_THE_FORUM.matcher(u);
        while (m.find()) {
            if (!OF_A_TALK.matcher(u.substring(m.end())).lookingAt()) {
                return (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            }
        }
        return null;
    }

    /** 主题确定为“A”和“B”: a second quoted phrase joined to the first by 和 or 与 is the other half of one theme. */
    private static final Pattern JOINED_QUOTED = Pattern.compile("^([和与])" + OPEN + "(" + INNER + "{2,40})" + CLOSE);

    /**
     * 论坛主题是:甲,乙,推进“丙”。: after a colon the theme runs to the end of the sentence, its commas and its quoted
     * words included (the scorer drops the quotation marks).
     */
    private static final Pattern THEME_AFTER_COLON = Pattern.compile("(?<!分论坛)主题(?:为|是)?[:：]([^。;；:：]{4,60}?)[。;；]?$");

    /** 以开放合作为主题 / 主题为开放合作。: an unquoted theme, closed by 为主题 or by the clause's end. */
    private static final Pattern THEME_BARE = Pattern.compile(
            "以([^,，。;；:：“”「」\"、]{4,30}?)为主题|主题(?:为|是)([^,，。;；:：“”「」\"、]{4,30})(?=[,，。;；]|$)");
    /**
     * 以携手绿色转型、共享人文交流为主题 / 主题为城乡共荣、山海同行。: an unquoted theme may pair two parallel phrases of
     * the same length with a 、, as quoted themes often do; a list of unequal items (以城市治理、绿色发展为主题) is not read.
     */
    private static final Pattern THEME_BARE_PAIRED = Pattern.compile(
            "以([^,，。;；:：“”「」\"、]{4,8})、([^,，。;；:：“”「」\"、]{4,8})为主题"
                    + "|主题(?:为|是)([^,，。;；:：“”「」\"、]{4,8})、([^,，。;；:：“”「」\"、]{4,8})(?=[,，。;；]|$)");

    /** “A”“B”(等)(两个)分论坛: quoted titles before a topic head. */
    private static final Pattern QUOTED_BEFORE_HEAD = Pattern.compile(
            QUOTED_RUN + "(?:等|这一|这个)?" + COUNT + "?(?:个|场|项|大)?(?:为)?" + HEADS);
    /** 分别围绕“A”、“B”等主题: two or more quoted titles that parts of a forum discuss. */
    private static final Pattern QUOTED_BEFORE_THEMES = Pattern.compile(
            "(" + OPEN + INNER + "{2,40}" + CLOSE + "\\s*(?:[和与、及,，]|以及)?\\s*" + QUOTED_RUN.substring(1) + "(?:等)?" + COUNT
                    + "?(?:个|场|项|大)?(?:为)?(?:主题|内容|方面)");
    /** 三场平行论坛分别围绕“A”“B”“C”展开讨论: the parts named first, then the titles each takes up (two or more). */
    private static final Pattern HEAD_THEN_QUOTED = Pattern.compile(
            HEADS + "(?:上)?[,，]?(?:分别|则|还|也)?(?:围绕|聚焦|就|针对|以)(" + OPEN + INNER + "{2,40}" + CLOSE + "\\s*(?:[和与、及,，]|以及)?\\s*"
                    + QUOTED_RUN.substring(1) + "(?!为主题)");
    /**
     * 分别以「A」、「B」及「C」为题: Taiwan and Hong Kong reports title the parts of a forum with 以…为题; two or more
     * quoted titles, each a part's, are the topics.
     */
    private static final Pattern QUOTED_AS_TITLES = Pattern.compile(
            "分别以(" + OPEN + INNER + "{2,40}" + CLOSE + "\\s*(?:[和与、及,，]|以及)?\\s*" + QUOTED_RUN.substring(1) + "为题");
    /** 设三个分论坛,分别聚焦A、B和C: the parts counted first, then what each takes up, unquoted. */
    private static final Pattern HEAD_THEN_BARE = Pattern.compile(
            HEADS + "[,，]?(?:则)?分别(?:聚焦|围绕|就|探讨|讨论|关注)([^。;；:：“”「」]{5,160}?)(?:等(?:议题|话题|主题|领域|方面)?)?(?:展开|进行|[。;；]|$)");

    /** 分论坛一以“X”为主题 / 平行论坛围绕“X”主题: a sub-forum's theme, which is one of the forum's topics. */
    private static final Pattern SUB_FORUM_THEME = Pattern.compile(
            HEADS + "(?:" + COUNT + "|[(（]" + COUNT + "[)）])?[,，]?(?:则|还|也)?(?:以" + OPEN + "(" + INNER + "{2,40})" + CLOSE + "为(?:主题|主旨)"
                    + "|(?:围绕|聚焦)" + OPEN + "(" + INNER + "{2,40})" + CLOSE + "(?:这一|的)?(?:主题|主旨))"
                    // 还举行了以“X”为主题的分论坛: the theme named before the part it belongs to
                    + "|以" + OPEN + "(" + INNER + "{2,40})" + CLOSE + "为(?:主题|主旨)的" + HEADS);
    private static final Pattern QUOTE = Pattern.compile(OPEN + "(" + INNER + "{2,40})" + CLOSE);
    /**
     * 围绕“A”“B”“C”展开深入研讨: two or more quoted titles that the forum discusses are its topics, with no word for
     * topics — quotation marks set titles off (an unquoted list needs three items, `DISCUSSED`).
     */
    private static final Pattern QUOTED_DISCUSSED = Pattern.compile(
            "(?:围绕|聚焦|就|针对)(" + OPEN + INNER + "{2,40}" + CLOSE + "\\s*(?:[和与、及,，]|以及)?\\s*" + QUOTED_RUN.substring(1)
                    + "(?:等)?(?:进行|展开|开展)了?(?:深入|广泛|充分|热烈)?(?:的)?(?:交流|探讨|讨论|研讨|对话)");

    /**
     * 分议题分别为 / 设4个分议题,分别是: / 议题包括: / 议题聚焦 / 三个分论坛的规划分别是: the topics follow, to the end of
     * the sentence.
     */
    private static final Pattern LABELLED = Pattern.compile(
            // 四个主题分别为A、B、C、D: themes counted are several, the parts' titles (the forum's one theme is never counted)
            "(?:" + COUNT + "(?:个|项|大)主题(?:分别|依次)(?:为|是)[:：]?|"
            + HEADS + "(?:[,，]?(?:的)?(?:主题|议题|题目|名称|规划|安排|设置|设计)?(?:分别|主要)?(?:为|是|包括|有|涵盖|涉及|定为|设为|聚焦于?|集中于)[:：]?"
                    // 设三场平行论坛:A论坛、B论坛: a colon right after the counted parts introduces them
                    + "|(?<=" + COUNT + "(?:个|场|项|大)" + HEADS + ")[:：]"
                    // 本届论坛的主要议题:A,B,C等: 主要 or 的 before the word for topics makes it the label of what follows
                    + "|(?<=(?:主要|的)(?:分议题|议题|话题))[:：]))([^。]{4,200})");
    /**
     * 设有A、B、C三个平行论坛: an unquoted list closed by a count and a topic head. The dialogue on the topics may
     * be what is started or held (共同启动了A和B两个议题的对话, 开展A、B两个议题的讨论).
     */
    private static final String LIST_OPENERS = "举行|举办|设置|设立|设有|分设|开设|设|召开|包括|分为|就|围绕|聚焦|启动|开启|开展|展开";
    private static final String COUNTED_HEAD =
            // 围绕A、B、C这三个主题: a demonstrative may point back at the list before its count
            "(等|这|这些)?(" + COUNT + ")(?:个|场|项|大)"
                    // 围绕A、B、C三大主题展开: the themes counted after the list are the forum's topics (the forum's one
                    // theme is 以X为主题, never counted)
                    + "(?:" + HEADS + "|主题)";
    private static final Pattern BARE_COUNTED = Pattern.compile(
            "(?:" + LIST_OPENERS + ")了?([^,，。;；:：“”「」]{5,160}?)" + COUNTED_HEAD);
    /**
     * 围绕了“甲”框架下的A、B、C这三个主题: items may hold a quoted word. Read only when the plain list reads nothing, and
     * the list may hold neither a verb that opens one nor 主题 (围绕“X”主题设立A、B、C三个分论坛: the theme and its verb
     * stand before the list, no part of its first item).
     */
    private static final Pattern BARE_COUNTED_QUOTED = Pattern.compile(
            "(?:" + LIST_OPENERS + ")了?((?:(?!" + LIST_OPENERS + "|主题)(?:[^,，。;；:：“”「」]|“[^”]{1,20}”|「[^」]{1,20}」)){5,160}?)"
                    + COUNTED_HEAD);
    /** A sub-forum's own name: a title ending in a forum head (数字经济合作论坛, 青年分会场). */
    private static final String PART_NAME = "[^,，。;；:：“”「」、]{2,30}?(?:论坛|会场|研讨会|对话会|座谈会)";
    /**
     * 举办了A论坛,B论坛、C论坛等平行论坛: the parts of a forum named one by one, each with a forum head of its own,
     * then the word for them — titles of sub-forums (topics, GOLD.md §3), not forums. Real pages set the items off
     * with commas as often as with 、.
     */
    private static final Pattern PART_LIST = Pattern.compile(
            "(?:举行|举办|设置|设立|设有|分设|开设|召开|包括)了?(" + PART_NAME + "(?:(?:[、,，]|以及|及|和)" + PART_NAME + ")+)"
                    + "(?:等" + COUNT + "?|" + COUNT + ")(?:个|场|项|大)?(?:平行论坛|专题论坛|主题论坛|分论坛|分会场)");
    /** 设三场平行论坛:A论坛、B论坛、C论坛: the counted word for the parts first, then their names after a colon. */
    private static final Pattern PART_LIST_AFTER_COLON = Pattern.compile(
            COUNT + "(?:个|场|项|大)(?:平行论坛|专题论坛|主题论坛|分论坛|分会场)[:：](" + PART_NAME + "(?:(?:[、,，]|以及|及|和)" + PART_NAME + ")+)");
    private static final Pattern PART_HEAD = Pattern.compile("(?:论坛|会场)$");
    private static final Pattern PART_SPLIT = Pattern.compile("(?<=论坛|会场|研讨会|对话会|座谈会)(?:[、,，]|以及|及|和)");

    /** Where a list of named sub-forums stands in a sentence ({start, end}), or null: the names in it are parts, not forums. */
    static int[] partList(String t) {
        if (!t.contains("论坛") && !t.contains("会场")) {
            return null; // the word for the parts closes every such list: most sentences need no scan
        }
        Matcher m = PART_LIST.matcher(t);
        if (m.find()) {
            return new int[]{m.start(1), m.end(1)};
        }
        Matcher c = PART_LIST_AFTER_COLON.matcher(t);
        return c.find() ? new int[]{c.start(1), c.end(1)} : null;
    }

    /** 等多项青年议题, 等城市议题: a field word between 等 and the word for topics says whose topics, it is no item. */
    private static final String TOPIC_FIELD = "\\p{IsHan}{2}";
    /**
     * 探讨和交流A以及B等议题, 围绕A、B等话题: an unquoted list before the word for topics. The verbs of discussing may
     * come in a chain and take the aspect marker (通过交流探讨A、B等话题, 深入探讨了A、B等议题): the whole chain stands
     * before the list, so no verb opens its first item.
     */
    private static final Pattern BARE_BEFORE_HEAD = Pattern.compile(
            "(?:探讨|交流|围绕|聚焦|讨论|研讨|针对|就)(?:和交流|和探讨|和讨论|探讨|讨论|研讨|交流)?了?([^,，。;；“”「」]{5,160}?)(等(?:" + COUNT + "个|多项|多个|几项|几个)?(?:" + TOPIC_FIELD + ")?)?(?:议题|话题)");
    /** 就A、B和C进行深入交流: a list that the participants discussed. */
    private static final Pattern DISCUSSED = Pattern.compile(
            "(?:就|围绕|针对)([^,，。;；:：“”「」]{5,160}?)(?:等(?:问题|方面)?)?(?:进行|展开|开展)了?(?:深入|广泛|充分|热烈)?(?:的)?(?:交流|探讨|讨论|研讨|对话)");

    /**
     * 本次大会将就A、B、C等问题进行深入研讨: the forum itself (or its session) as the subject of the discussing verb
     * states its agenda, so 等问题 closes its topics; participants doing so (12位市长就…等问题进行了交流) raise issues.
     */
    private static final Pattern FORUM_SUBJECT = Pattern.compile(
            "(?:论坛|大会|会议|峰会|年会|研讨会|对话会|圆桌会|本届|本次|此次)(?:将|还|也|主要|重点|则)?$");
    /**
     * 围绕湿地修复的话题展开讨论: one unquoted title named as the topic (的话题, 这一议题) of a
     * discussion — the head word and the discussing verb both say it is a topic, so one item is enough.
     */
    private static final Pattern ONE_TOPIC_DISCUSSED = Pattern.compile(
            "(?:围绕|聚焦|就)([^,，。;；:：“”「」\"、]{4,30}?)(?:的|这一|这个)(?:话题|议题)(?:展开|进行|开展)了?(?:深入|广泛|充分|热烈)?的?(?:讨论|交流|探讨|研讨|对话)");

    /** 作主旨演讲, 进行交流发言: what follows a list that a speaker talked about — the speech's points, not the forum's topics. */
    private static final Pattern SPEECH_AFTER = Pattern.compile(
            "^(?:等)?(?:议题|话题|问题|方面|内容)?(?:进行了?|作了?|做了?|发表了?)?(?:主旨|主题|专题|交流|大会|精彩)*(?:演讲|发言|报告|致辞|分享)");

    /** 双方就…进行交流: the two sides of a meeting talking, not a forum's agenda. */
    private static final Pattern TWO_SIDES = Pattern.compile("(?:双方|两市|两城|宾主|两地)(?:还|也|并|又)?$");

    /**
     * 开幕式, 主旨演讲, 签约仪式, 三场平行论坛: a part of a forum's programme. A list holding one is the programme, not
     * the topics (topic titles name subjects, not sessions).
     */
    private static final Pattern PROGRAMME_PART = Pattern.compile(
            "(?:开幕式|闭幕式|主论坛|分论坛|平行论坛|全体会议|宴会|晚宴|招待会|仪式|演讲|致辞|签约|图片展|展览|洽谈会|推介会|演出|参观考察)$");

    /** 等, 等多个领域, 等方面, 等面向, 等六大议题: what closes a list after its last item. */
    private static final Pattern LIST_CLOSE = Pattern.compile(
            "等(?:" + COUNT + "?|多|几)?(?:个|项|大|类)?(?:方面|领域|内容|问题|议题|话题|主题|板块|面向)?$");
    /** The same close inside a longer text, with the word for the list's kind required: where a list ends. */
    private static final Pattern CLOSED_LIST = Pattern.compile(
            "等(?:" + COUNT + "|多|几)?(?:个|项|大|类)?(?:方面|领域|内容|问题|议题|话题|主题|板块|面向)");

    /**
     * 分为主论坛及A、B、C三个分论坛: the main session named before the counted parts is no part's title — the count
     * closing the list counts the parts after it.
     */
    private static final Pattern MAIN_SESSION_FIRST = Pattern.compile("^(?:主论坛|主会场|开幕式|全体会议|全体大会)(?:以及|及|和|与|、)");

    private static final Pattern COMMA_SPLIT = Pattern.compile("以及|、|[,，;；]");
    /**
     * 一是A，二是B; 其一A; (1)A; 1.A: the mainland's way of counting out a list's items; the ordinal opens the item
     * and is no part of its title.
     */
    private static final Pattern ENUMERATOR = Pattern.compile(
            "^(?:[一二三四五六七八九十]是|其[一二三四五六七八九十]是?|[（(](?:\\d|[一二三四五六七八九十])[)）]|\\d[.、．](?!\\d))");
    private static final Pattern LAST_SPLIT = Pattern.compile("以及|及|和");
    private static final Pattern TRAILING = Pattern.compile(
            "(?:等)?" + COUNT + "?(?:个|场|项)?(?:分议题|议题|话题|分论坛|平行论坛|专题论坛|主题论坛)?[。]?$");

    /** 分论坛一:A / 平行论坛2：A / 议题三 A: a line that numbers one sub-forum or topic and gives its title. */
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:(?:平行|专题|主题)?分论坛|平行论坛|专题论坛|分议题|议题)(?:" + COUNT + "|[(（]" + COUNT + "[)）])[:：\\s]\\s*[“「]?([^”」。;；,，]{3,40}?)[”」]?[。;；]?$");

    private ForumTopics() {
    }

    /** The title on a line that numbers one sub-forum or topic, or null: such lines list a forum's topics one by one. */
    static String numbered(String line) {
        Matcher m = NUMBERED.matcher(line.strip());
        return m.find() ? m.group(1).strip() : null;
    }

    /** The themes of sub-forums a sentence gives (分论坛一以“X”为主题), in order: topics of the forum, one sentence each or several. */
    static List<String> subForumThemes(String t) {
        List<String> out = new ArrayList<>();
        Matcher sub = SUB_FORUM_THEME.matcher(t);
        while (sub.find()) {
            out.add(sub.group(1) != null ? sub.group(1) : sub.group(2) != null ? sub.group(2) : sub.group(3));
        }
        return out;
    }

    /**
     * 作了题为/主题为“X”的演讲: a 主题 that a talk, a report or a speech carries is the speaker's title, not the
     * forum's theme; what follows the quotation says so.
     */
    private static final Pattern OF_A_TALK = Pattern.compile("^的?(?:主旨|主题|专题|大会|精彩)?(?:演讲|报告|发言|讲座|致辞|分享|讲话)");

    private static final Pattern TALK_AT_END = Pattern.compile("的(?:主旨|主题|专题|大会|精彩)?(?:演讲|报告|发言|讲座|致辞|分享|讲话)$");

    /** The theme a sentence gives, without quotation marks, or null. */
    static String theme(String t) {
        String u = SUB_FORUM_THEME.matcher(t).replaceAll(""); // a sub-forum's theme is a topic
        Matcher q = THEME_QUOTED.matcher(u);
        while (q.find()) {
            if (OF_A_TALK.matcher(u.substring(q.end())).lookingAt()) {
                continue; // 主题为“X”的演讲: a talk's title
            }
            for (int g = 1; g <= q.groupCount(); g++) {
                if (q.group(g) != null) {
                    Matcher joined = g == 1 ? JOINED_QUOTED.matcher(u.substring(q.end())) : null;
                    return joined != null && joined.lookingAt() ? q.group(g).strip() + joined.group(1) + joined.group(2).strip()
                            : q.group(g).strip();
                }
            }
        }
        Matcher colon = THEME_AFTER_COLON.matcher(u);
        // a quotation after the colon was read above, or passed over as a talk's title; 主题为:X的演讲 titles a talk too
        if (colon.find() && !colon.group(1).startsWith("“") && !colon.group(1).startsWith("「")
                && !TALK_AT_END.matcher(colon.group(1)).find()) {
            return colon.group(1).strip();
        }
        Matcher paired = THEME_BARE_PAIRED.matcher(t);
        while (paired.find()) {
            String a = paired.group(1) != null ? paired.group(1) : paired.group(3);
            String c = paired.group(1) != null ? paired.group(2) : paired.group(4);
            if (a.length() == c.length() && !TALK_AT_END.matcher(c).find()) {
                return a + "、" + c;
            }
        }
        Matcher b = THEME_BARE.matcher(t);
        if (b.find()) {
            String theme = b.group(1) != null ? b.group(1) : b.group(2);
            return TALK_AT_END.matcher(theme).find() ? null : theme.strip(); // 主题为加快转型的演讲: a talk's title
        }
        return null;
    }

    /** The topics a sentence lists, in order; empty if it lists none. */
    static List<String> topics(String t) {
        List<String> out = quoted(t, QUOTED_BEFORE_HEAD);
        if (out.isEmpty()) {
            out.addAll(subForumThemes(t));
        }
        if (out.isEmpty()) {
            out = quoted(t, QUOTED_BEFORE_THEMES);
        }
        if (out.isEmpty()) {
            out = quoted(t, HEAD_THEN_QUOTED);
        }
        if (out.isEmpty()) {
            out = quoted(t, QUOTED_AS_TITLES);
        }
        if (out.isEmpty()) {
            Matcher m = QUOTED_DISCUSSED.matcher(t);
            if (m.find() && !TWO_SIDES.matcher(t.substring(0, m.start())).find()) {
                out = quoted(t, QUOTED_DISCUSSED);
            }
        }
        if (out.isEmpty()) {
            Matcher m = HEAD_THEN_BARE.matcher(t);
            if (m.find()) {
                out.addAll(titles(m.group(1)));
            }
        }
        if (out.isEmpty()) {
            int[] parts = partList(t);
            if (parts != null) {
                for (String p : PART_SPLIT.split(t.substring(parts[0], parts[1]))) {
                    out.add(p.strip());
                }
            }
        }
        if (out.isEmpty()) {
            Matcher a = LABELLED.matcher(t);
            if (a.find()) {
                Matcher q = QUOTE.matcher(a.group(1));
                while (q.find()) {
                    out.add(q.group(1));
                }
                // 探讨甲的“A分论坛”…以及从乙开展“丙、丁”的“B分论坛”: where the quoted titles are sub-forums' names, a
                // quoted phrase that names none describes one of them
                if (out.stream().anyMatch(x -> PART_HEAD.matcher(x).find())) {
                    out.removeIf(x -> !PART_HEAD.matcher(x).find());
                }
                if (out.isEmpty()) {
                    // 议程涵盖A、B等面向,来自…: a list closed by 等 and a word for its kind ends there
                    String list = a.group(1);
                    Matcher close = CLOSED_LIST.matcher(list);
                    // (a close that runs on into its item, 拓展经贸、科技等领域合作的新途径, ends no list)
                    while (close.find()) {
                        if (close.end() == list.length() || "，,;；。".indexOf(list.charAt(close.end())) >= 0) {
                            list = list.substring(0, close.end());
                            break;
                        }
                    }
                    // 议题为:A;B;C — items may be set off by semicolons; else the list ends at the first one
                    List<String> byComma = commaItems(TRAILING.matcher(list).replaceFirst(""));
                    List<String> whole = !byComma.isEmpty() ? byComma : titles(TRAILING.matcher(list).replaceFirst(""));
                    out.addAll(whole.isEmpty() ? titles(TRAILING.matcher(list.split("[;；]")[0]).replaceFirst("")) : whole);
                }
            }
        }
        if (out.isEmpty()) {
            out.addAll(countedList(t, BARE_COUNTED));
            if (out.isEmpty()) {
                out.addAll(countedList(t, BARE_COUNTED_QUOTED));
            }
        }
        if (out.isEmpty()) {
            Matcher m = BARE_BEFORE_HEAD.matcher(t);
            // 双方围绕A、B等议题进行交流: the two sides of a meeting, not a forum's agenda
            if (m.find() && !SPEECH_AFTER.matcher(t.substring(m.end())).find() && !TWO_SIDES.matcher(t.substring(0, m.start())).find()) {
                List<String> listed = titles(m.group(1));
                // 围绕教育、创新、环保等议题: 等 and the word for topics say the items are topics, however short; three at least
                out.addAll(listed.isEmpty() && m.group(2) != null ? titles(m.group(1), 2, 3) : listed); // the closing 等, not one inside an item
            }
        }
        if (out.isEmpty()) {
            // without a word for topics, only a list of three or more reads as the forum's agenda
            Matcher m = DISCUSSED.matcher(t);
            List<String> discussed = m.find() && !SPEECH_AFTER.matcher(t.substring(m.end())).find()
                    && !TWO_SIDES.matcher(t.substring(0, m.start())).find() ? titles(m.group(1)) : List.of();
            // 就A、B和C等问题进行交流: issues raised, not the forum's agenda — unless the forum is the one discussing
            boolean forumDiscusses = !discussed.isEmpty() && FORUM_SUBJECT.matcher(t.substring(0, m.start())).find();
            if (discussed.size() >= 3 && (!m.group().contains("等问题") || forumDiscusses)) {
                out.addAll(discussed);
            }
        }
        if (out.isEmpty()) {
            Matcher one = ONE_TOPIC_DISCUSSED.matcher(t);
            if (one.find() && !TWO_SIDES.matcher(t.substring(0, one.start())).find()) {
                out.add(one.group(1).strip());
            }
        }
        return out;
    }

    /** The titles of a list closed by a count and a head ({@code BARE_COUNTED}'s shape), or empty. */
    private static List<String> countedList(String t, Pattern p) {
        Matcher m = p.matcher(t);
        if (m.find()) {
            List<String> listed = titles(MAIN_SESSION_FIRST.matcher(m.group(1)).replaceFirst(""));
            // 设有A、B、C三个平行论坛: without 等 the count says how many titles the list holds
            // (这三个主题 points back at the list, which must hold as many titles as it says)
            if ("等".equals(m.group(2)) || java.util.Objects.equals(listed.size(), ForumCounts.number(m.group(3)))) {
                return listed;
            }
        }
        return List.of();
    }

    private static List<String> quoted(String t, Pattern p) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(t);
        while (m.find()) {
            Matcher q = QUOTE.matcher(m.group(1));
            while (q.find()) {
                out.add(q.group(1));
            }
        }
        return out;
    }

    /**
     * 净零转型、海洋观光与青年交流, 科技医疗、轨道交通与乐龄健康: Taiwan and Hong Kong writing closes a list with 与 (與) where
     * the mainland writes 和. The last item is split at its 与 only when no item before it holds one (产业升级与绿色发展、
     * 人才引进与创新驱动 are titles), when it runs clearly longer than the items before it, and when both halves are as
     * short as those items: two parallel short topics, not one title coordinating two nouns.
     */
    static List<String> finalAnd(List<String> before, String last) {
        if (before.stream().anyMatch(p -> p.contains("与")) || last.indexOf('与') != last.lastIndexOf('与')) {
            return List.of(last);
        }
        int longest = before.stream().mapToInt(String::length).max().orElse(0);
        int at = last.indexOf('与');
        if (at < 0 || last.length() < longest + 3) {
            return List.of(last);
        }
        String a = last.substring(0, at).strip(), b = last.substring(at + 1).strip();
        boolean parallel = a.length() >= 3 && b.length() >= 3 && a.length() <= longest + 1 && b.length() <= longest + 1;
        return parallel ? List.of(a, b) : List.of(last);
    }

    private static final Pattern COMMA_ONLY = Pattern.compile("[,，;；]");

    /**
     * 议题:优化投资环境、扩大投资规模,拓展经贸、科技和旅游合作的新途径,项目推介等: a labelled list whose items are set off
     * by commas uses 、 inside its items — the comma is the coarser separator, so a comma-separated list of three or
     * more items, each of title length (4 to 40 characters) and two of them holding a 、, is split at its commas only.
     * Empty when the list is not so.
     */
    static List<String> commaItems(String list) {
        String body = LIST_CLOSE.matcher(list.strip()).replaceFirst("");
        if (!body.contains("、")) {
            return List.of(); // no finer separator inside: the plain reading splits the same
        }
        List<String> items = new ArrayList<>();
        for (String p : COMMA_ONLY.split(body)) {
            items.add(ENUMERATOR.matcher(p.strip()).replaceFirst("").strip());
        }
        // the finer separator inside at least two items: one 、 list followed by clauses (议题包括A、B、C,与会嘉宾进行了交流,
        // 达成多项共识) is a list and the story going on, not items set off by commas
        boolean titleLike = items.size() >= 3 && items.stream().filter(p -> p.contains("、")).count() >= 2
                && items.stream().allMatch(p -> p.length() >= 4 && p.length() <= 40)
                && items.stream().noneMatch(p -> PROGRAMME_PART.matcher(p).find());
        return titleLike ? items : List.of();
    }

    /**
     * 现代化、国际化、生态化; 系统性、整体性和协同性: nouns derived with 化 or 性 name qualities (what a city should become,
     * how a task should be done), not subjects. A list made only of them, after 围绕 or 就, says how the subject is to be
     * pursued — it is no list of topic titles, which name fields and subjects (城市更新, 青年交流). A list closed without
     * 等 keeps its head word on the last item (现代化、国际化、生态化问题): the head is no part of the quality.
     */
    private static final Pattern QUALITY = Pattern.compile("[化性](?:问题|方面)?$");

    /**
     * The items of an unquoted list, when there are at least two and each looks like a title (3 to 30
     * characters). Items are separated by 、 , ; and 以及; 和/及 separate only the last item (A、B和C), since a
     * title itself may coordinate two nouns with 与 (城市更新与治理).
     */
    static List<String> titles(String list) {
        return titles(list, 3, 2);
    }

    /** The same, with each item at least {@code shortest} characters and at least {@code fewest} items. */
    static List<String> titles(String list, int shortest, int fewest) {
        List<String> parts = new ArrayList<>();
        for (String p : COMMA_SPLIT.split(LIST_CLOSE.matcher(list.strip()).replaceFirst(""))) {
            if (!p.isBlank()) {
                parts.add(ENUMERATOR.matcher(p.strip()).replaceFirst("").strip());
            }
        }
        if (!parts.isEmpty()) {
            String last = parts.remove(parts.size() - 1);
            List<String> pieces = new ArrayList<>();
            for (String p : LAST_SPLIT.split(last)) {
                pieces.add(p.strip());
            }
            // 文化和旅游合作: 和 joining two short nouns inside one title does not separate two items
            boolean split = pieces.stream().allMatch(p -> p.length() >= 3);
            if (pieces.size() == 1 && !parts.isEmpty()) {
                pieces = finalAnd(parts, last.strip());
                split = pieces.size() == 2;
            }
            parts.addAll(split ? pieces : List.of(last.strip()));
        }
        boolean titleLike = parts.size() >= fewest && parts.stream().allMatch(p -> p.length() >= shortest && p.length() <= 30)
                && parts.stream().noneMatch(p -> PROGRAMME_PART.matcher(p).find()) // the programme, not the topics
                && !parts.stream().allMatch(p -> QUALITY.matcher(p).find());
        return titleLike ? parts : new ArrayList<>();
    }
}
