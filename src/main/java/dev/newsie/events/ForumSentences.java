package dev.newsie.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a sentence says of forums: whether it reports one held, opened or closed, and whether, naming none,
 * it tells about the forum last reported (本届论坛, 与会代表, 来自20个国家的嘉宾).
 */
final class ForumSentences {
    private final EventLexicon lexicon;

    /**
     * 会上各方一致同意, 两市商定: a verb of agreeing or deciding (lexicon.tsv {@code AGREED}) closing its clause takes the
     * next clause as its object — what was agreed is to be done, and the holding told there is a plan, as when the verb
     * stands in the clause itself (`PLANNED`). Only a verb closing the clause: 同意加强合作,论坛于今天闭幕 reports the
     * forum held.
     */
    private final Pattern decidedBefore;
    /** Words of manner opening a clause of agreeing (lexicon.tsv {@code AGREED_MANNER}), read once. */
    private final List<String> mannerWords;
    /** Verbs that take an edition as their object (lexicon.tsv {@code GOVERNS_EDITION} and {@code AGREED}), read once. */
    private final List<String> governingWords;

    ForumSentences(EventLexicon lexicon) {
        this.lexicon = lexicon;
        this.decidedBefore = Pattern.compile("(?:" + RoleWords.alternationOf(lexicon.words(EventLexicon.Role.AGREED)) + ")$");
        this.mannerWords = List.copyOf(lexicon.words(EventLexicon.Role.AGREED_MANNER));
        List<String> governing = new ArrayList<>(lexicon.words(EventLexicon.Role.GOVERNS_EDITION));
        governing.addAll(lexicon.words(EventLexicon.Role.AGREED));
        this.governingWords = List.copyOf(governing);
    }

    /** Where the clause holding position {@code pos} of {@code t} starts: after the last clause break before it. */
    private static int clauseStart(String t, int pos) {
        int start = pos;
        while (start > 0 && CLAUSE_BREAK.indexOf(t.charAt(start - 1)) < 0) {
            start--;
        }
        return start;
    }

    /** A future marker before a verb of holding: 将于…举行, 拟在…召开, 计划…举办 report a plan, not an event. */
    private static final Pattern PLANNED = Pattern.compile(
            "即将|将(?:于|在|会|要|举行|举办|召开|开幕|闭幕|登场)|拟(?:于|在)|计划(?:于|在)|预计(?:将|于|在)|定于"
                    // 将分别在甲、乙举办, 将继续举办: an adverb may stand between 将 and the preposition or the verb
                    + "|将(?:分别|先后|陆续|相继|同时|同期|再次|首次|正式|继续|共同|联合|也|还|又)(?:于|在|举行|举办|召开|开幕|登场)"
                    // 未来研议常态性举办, 期待在甲市举行: a verb of intending, hoping or bidding governs the holding — an
                    // intention, not a report that the forum was held (verbs of agreeing and deciding: below, wider)
                    + "|(?:约定|筹划|准备|打算|研议|考虑|申办|希望|期待|期盼|有望)[^,，。;；!！?？]{0,12}$"
                    // 欢迎更多伙伴参加甲论坛, 相信随着甲会议的再次召开: an invitation or a belief governs the verb — the
                    // forum is one to come (not 欢迎晚宴, 欢迎仪式: a reception, no verb of inviting; not 受欢迎, 欢迎的:
                    // welcomed, said of what is held)
                    + "|(?:(?<!受)欢迎(?!宴|晚宴|午宴|酒会|仪式|会|词|辞|式|的)|相信)[^,，。;；!！?？]{0,12}$"
                    // 今年将与甲市陆续举办一系列活动: 将 before the verb of the same clause, whatever stands between
                    // (not 将近, nearly; 将军, 将士, 将领)
                    + "|将(?![近军士领])[^,，。;；!！?？]{1,12}$"
                    // 大会还将举行甲对话: 将 right before the verb, with nothing between
                    + "|将$"
                    // 论坛希于12月17日举办: a hope to hold it (希于, 希望在) is a plan
                    + "|希望?(?:于|在)"
                    // 双方同意举办甲论坛, 两市决定…举办, 确定了大会于10月在甲市举办, 确保大会顺利召开: a decision, an
                    // agreement or an aim before the verb of its own clause tells what is to be held, not what was
                    + "|(?:同意|决定|商定|确定|敲定|议定|确保|争取)[^,，。;；!！?？]{0,30}$"
                    // 甲市友城大会月底举行, 论坛下月开幕, 峰会明日登场: a time still ahead, which headlines write without 将
                    // (not 上月底, 去年年底: a time past; nor 延后至年底举行: the end of a delay, told once it is over)
                    + "|(?<![上去前至到]|上个|去年|前年)(?:月底|年底)[^,，。;；!！?？]{0,20}$"
                    + "|(?:下(?:个)?(?:月|周|星期|旬)|明(?:天|日|年)|后天)[^,，。;；!！?？]{0,20}$");
    /**
     * 开幕式, 闭幕词, 开幕辞: a verb of opening or closing with a noun suffix is the ceremony or the speech, not the
     * verb — 大会开幕式将于…举行 plans an opening, it reports none.
     */
    private static final Pattern NOUN_SUFFIX = Pattern.compile("^(?:[式词辞]"
            // 举办城市, 举办地, 举办权, 举办方: the verb modifies a noun (the host city, the right to host), a compound that
            // tells no session held — unless a forum head follows as the verb's object (举办城市发展论坛; 举办地方合作论坛)
            + "|城市(?![^,，。;；]{0,12}(?:论坛|会|对话|活动|周|节))|地(?![方区])|权|方(?![式面案法])|国(?![际内外家])"
            + ")");
    /** 每两年举办一次, 每年轮流举行: a habit of the series, not a report of one forum held. */
    private static final Pattern HABITUAL = Pattern.compile("每(?:隔)?(?:年|[两二三四五]年|届)");
    private static final String CLAUSE_BREAK = ",，。;；!！?？";
    /** 已成功举办六届, 召开了5次: a count of editions tells the series' past, not this report's forum. */
    private static final Pattern EDITIONS = Pattern.compile("了?(?:\\d+|[一二两三四五六七八九十]+)(?:届|次)");

    /**
     * 每两年举办一次, 自2010年起每年轮流举办, 由甲、乙共同创办, 已先后在甲、乙举办: a sentence that tells of the series, not of the
     * forum this report is about. The names in it are the series' (中国国际友好城市大会), not aliases.
     */
    private static final Pattern SERIES = Pattern.compile("每(?:隔)?(?:年|[两二三四五]年|届)|轮流举办|(?:共同|联合)?(?:创办|发起)|创立于|始于\\d{4}年"
            // 自2011年开始,已分别在甲、乙等地举办: the places of the editions held so far, the series' history
            + "|已(?:分别|先后|相继)在[^,，。;；]{1,40}?(?:举办|举行|召开)");

    static boolean describesSeries(String t) {
        return SERIES.matcher(t).find() || EDITIONS_HELD.matcher(t).find();
    }

    /** 已在北京、上海举办六届, 已连续举办14届: the editions held so far. */
    private static final Pattern EDITIONS_HELD = Pattern.compile("(?:举办|举行|召开)了?(?:\\d+|[一二两三四五六七八九十]+)(?:届|次)");

    /**
     * Whether a sentence reports a forum held, opened or closed (GOLD.md §3): a holding verb (`HELD`), 参加,
     * 出席 or 齐聚, at least once outside a clause that plans it (planned events are not events, GOLD.md §7) and not
     * before a count of editions (成功举办六届 is the series' history). Read on
     * the masked sentence, so that 计划 inside an organisation's name (…开发计划署) plans nothing.
     */
    boolean reportsHeld(String t) {
        List<String> verbs = new ArrayList<>(lexicon.words(EventLexicon.Role.HELD));
        verbs.add("参加");
        verbs.add("齐聚");
        verbs.add("出席"); // attending a meeting, like 参加, tells that it was held
        for (String v : verbs) {
            for (int i = t.indexOf(v); i >= 0; i = t.indexOf(v, i + 1)) {
                int clause = clauseStart(t, i);
                if (!planned(t, clause, i) && !HABITUAL.matcher(t.substring(clause, i)).find()
                        && !EDITIONS.matcher(t).region(i + v.length(), t.length()).lookingAt()
                        && !t.startsWith("以来", i + v.length()) // 自首届论坛举办以来: since then, no report
                        && !NOUN_SUFFIX.matcher(t).region(i + v.length(), t.length()).lookingAt()
                        && !holdsSideEvent(t, i + v.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * 经两市商定,论坛于17日举办: a clause opening with a word of manner (lexicon.tsv {@code AGREED_MANNER}: 经, by way of)
     * makes the agreement the manner of the act told next, which is then reported done, not governed as an object.
     */
    private boolean agreedAsAManner(String t, int comma) {
        int from = clauseStart(t, comma);
        return mannerWords.stream().anyMatch(w -> t.startsWith(w, from));
    }

    /** 并举行, 并召开: a clause opening with 并 shares the verb phrase's time with the clause before it. */
    private static final Pattern COORDINATED = Pattern.compile("^并(?:且)?");
    /**
     * 市长将于下月出访甲市,参加乙论坛: a clause with no subject of its own that opens with a verb of going or attending
     * chains the act to the clause before (a serial verb phrase), whose plan it shares like a clause opening with 并.
     */
    private static final Pattern SERIAL = Pattern.compile("(?:再|随后|顺道)?(?:参加|出席|参与|前往|出访|访问|赴|率团|率队|到访"
            // 将派团访问甲州,举办乙研讨会: a clause opening with the verb of holding itself goes on the same subject's plan
            + "|举办|举行|召开)");

    /**
     * Whether the verb at {@code verb}, whose clause starts at {@code clause}, is planned: a future marker before it
     * in its clause, or, when the clause is coordinated by 并 or chained to it by a verb of going or attending (`SERIAL`), in
     * the clause before — 论坛预计将发表宣言,并举行签字仪式
     * plans both acts, the second as much as the first.
     */
    private boolean planned(String t, int clause, int verb) {
        if (PLANNED.matcher(t.substring(clause, verb)).find()) {
            return true;
        }
        if (clause > 0 && (t.charAt(clause - 1) == ',' || t.charAt(clause - 1) == '，')
                && decidedBefore.matcher(t.substring(0, clause - 1)).find() && !agreedAsAManner(t, clause - 1)) {
            return true; // 各方一致同意,第四届甲会议于某年在乙市举办: the clause is what was agreed, not a report
        }
        String opening = t.substring(clause, verb);
        if (clause == 0 || !COORDINATED.matcher(opening).find() && !SERIAL.matcher(t).region(clause, t.length()).lookingAt()
                || t.charAt(clause - 1) != ',' && t.charAt(clause - 1) != '，') {
            return false;
        }
        int before = clauseStart(t, clause - 1);
        return PLANNED.matcher(t.substring(before, clause - 1)).find();
    }

    /**
     * Whether some verb of holding in the sentence is planned (论坛将于17日登场, 双方同意举办甲论坛): the sentence
     * tells of a forum to come. A verb kept from counting for other reasons (每年举办, 已举办六届) is no plan.
     */
    boolean plansAForum(String t) {
        for (String v : lexicon.words(EventLexicon.Role.HELD)) {
            for (int i = t.indexOf(v); i >= 0; i = t.indexOf(v, i + 1)) {
                int clause = clauseStart(t, i);
                if (planned(t, clause, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the clause holding the span [from, to) itself reports something held: 支持乙市申办某年大会 does not, though
     * another clause of its sentence reports a forum held.
     */
    boolean reportsHeldInItsClause(String t, int from, int to) {
        return reportsHeld(clauseAround(t, from, to));
    }

    /**
     * Whether, in the clause holding the position {@code from}, a verb that takes an edition as its object (lexicon.tsv
     * {@code GOVERNS_EDITION}: 申办, 支持; or an {@code AGREED} verb: 决定) stands before it: 支持乙市申办某年大会 names
     * an edition to come, while 某年议程城市论坛,今天在丙市开幕 — no such verb, its holding verb in the next clause —
     * still reports a forum held.
     */
    boolean governedInItsClause(String t, int from) {
        int start = clauseStart(t, from);
        String before = t.substring(start, from);
        return governingWords.stream().anyMatch(before::contains);
    }

    /** The clause of {@code t} (between clause breaks) that holds the span [from, to). */
    private static String clauseAround(String t, int from, int to) {
        int start = clauseStart(t, from);
        int end = to;
        while (end < t.length() && CLAUSE_BREAK.indexOf(t.charAt(end)) < 0) {
            end++;
        }
        return t.substring(start, end);
    }

    /**
     * Whether the clause holding the span [from, to) only plans what it names: it has a verb of holding, and every
     * such verb is planned — 甲论坛在青河举行,同期还将举行乙大会 reports 甲 held, and 乙 only to come, though the sentence
     * reports something held.
     */
    boolean plannedInItsClause(String t, int from, int to) {
        String clause = clauseAround(t, from, to);
        boolean holdingVerb = lexicon.words(EventLexicon.Role.HELD).stream().anyMatch(clause::contains);
        return holdingVerb && !reportsHeld(clause);
    }

    /**
     * Meals and receptions (`SIDE_EVENT` rows of that kind): held by a forum they are its eve or its evening, never
     * its session; a ceremony, a gala or an exhibition a forum holds (举行颁奖仪式, 颁奖晚会) is part of the session and
     * tells it was held.
     */
    private static final List<String> RECEPTIONS = List.of("晚宴", "宴会", "午宴", "欢迎宴", "招待会", "酒会");

    /** The most characters of a side event's modifier between the verb and its head noun (举行 + 迎宾 + 晚宴). */
    static final int MAX_SIDE_EVENT_MODIFIER = 4;

    /**
     * 论坛在某饭店举行迎宾晚宴, 举办欢迎酒会: what the verb holds is a meal or reception beside the forum, named
     * as its object in the same clause; the forum's own holding is not told by it (the eve of a forum is reported so).
     */
    private boolean holdsSideEvent(String t, int from) {
        int end = from;
        while (end < t.length() && end - from <= MAX_SIDE_EVENT_MODIFIER + 4 && CLAUSE_BREAK.indexOf(t.charAt(end)) < 0) {
            end++;
        }
        String object = t.substring(from, end);
        for (String w : RECEPTIONS) {
            int at = object.indexOf(w);
            if (at >= 0 && at <= MAX_SIDE_EVENT_MODIFIER) {
                return true;
            }
        }
        return false;
    }

    /** A bare head noun (论坛在南宁闭幕): the forum already named. */
    static final Pattern BARE_HEAD = Pattern.compile("(?:^|[,，])(?:论坛|大会|峰会|会议|对话会)");

    private static final Pattern THIS_FORUM = Pattern.compile("(本届|本次|今次|此次|该|这次|今年的?|(?:本|今)年度的?)(论坛|大会|活动|会议|峰会|对话)");
    /**
     * 约250人以线上线下相结合的方式与会, 通过视频方式参会: how the counted people took part may stand between the count and
     * the verb of attending, as reports of hybrid sessions write.
     */
    private static final String MANNER = "(?:(?:以|通过)[^,，。;；]{1,12}?方式)?";
    /** 500, 三百, 一千二百: a number of people, as ForumCounts reads it (its 余/多 stays with each pattern here). */
    private static final String HEADCOUNT = "(?:" + ForumCounts.NUMBER_OF_PEOPLE + ")";
    private static final Pattern PARTICIPANT_COUNT = Pattern.compile(
            // 与12座友城的市长开展交流: the mayors of counted cities, the forum's participants
            "(?:\\d+|[一二两三四五六七八九十]+)(?:多)?(?:个|座)(?:友好城市|友城|城市)的市长|来自.{0,40}?(?:\\d+|[一二两三四五六七八九十百]+)(?:多)?(?:个|座|位|名)?(?:国家|城市|地区|代表|嘉宾|人)"
            + "|(?:约|逾|近|共)" + HEADCOUNT + "(?:余|多)?人" + MANNER + "(?:出席|参加|与会|参会)"
            // 会长或副会长100余人参会: a head count given as approximate (余, 多) is a count of who came
            + "|" + HEADCOUNT + "(?:余|多)人" + MANNER + "(?:出席|参加|与会|参会)"
            // N个国家和地区、M个城市的P多名嘉宾与会: people counted by 位/名 and named by what guests of a gathering
            // are (代表, 嘉宾, 来宾), then a verb of attending with no object — the attendance of the gathering just
            // reported, though no 来自 opens it; 10名志愿者参加 counts others, not its guests
            + "|" + HEADCOUNT + "(?:余|多)?(?:位|名)\\p{IsHan}{0,4}?"
            + "(?:代表|嘉宾|来宾|贵宾)" + MANNER + "(?:出席|参加|与会|参会)(?=了?(?:[,，。;；]|$))");

    /** Words that, in a sentence naming no other forum, show it tells about the forum last reported. */
    private static final Pattern ABOUT_THE_FORUM = Pattern.compile(
            "^(?:与会|参会|会议|会上|活动)|^在?(?:论坛|大会|会议|峰会|对话会?|活动)(?:上|期间|现场)|分议题|议题|分论坛|平行论坛|专题论坛|与会代表|与会嘉宾|参会代表|参会嘉宾|与会者|主题为|为主题"
                    // 主办单位:甲;承办单位:乙, 甲作为主办方: the hosts given by their role tell of the forum
                    + "|^(?:主办|承办|联合主办|共同主办)(?:单位|方)|作为(?:主办|承办)(?:方|单位)");

    /**
     * 本届论坛, 本次活动, a sentence opening with a forum head (峰会由…主办, 论坛设有…), the forum's topics or the
     * count of participants: a sentence about the forum last reported.
     */
    boolean refersToForum(String s) {
        return THIS_FORUM.matcher(s).find() || lexicon.words(EventLexicon.Role.FORUM_HEAD).stream().anyMatch(s::startsWith)
                || ABOUT_THE_FORUM.matcher(s).find() || PARTICIPANT_COUNT.matcher(s).find()
                || ForumCounts.ATTENDERS_COUNTED.matcher(s).find(); // 出席论坛的900余名嘉宾: those who attended it, counted
    }
}
