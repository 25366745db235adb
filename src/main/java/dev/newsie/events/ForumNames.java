package dev.newsie.events;

import dev.newsie.text.CharacterPresence;
import dev.newsie.text.RequiredCharacters;
import dev.newsie.text.Stretches;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Forum names in a sentence (GOLD.md §3 `name`): quoted names with a forum head, and bare names ending in one,
 * read back from the head to the first word that cannot stand inside a name (`NAME_BREAK`, the stop
 * characters), through a short bracketed place (中国（青河）国际友城大会) or quoted tag, a quoted word (第三届“一带一路”城市
 * 合作论坛) and coordinated abstract nouns (合作与发展大会). Also says which names can start a forum of their own
 * and which bracketed names are short names of the one before. Thread-safe: the lexicon is read-only.
 */
final class ForumNames {
    private static final Pattern QUOTED = Pattern.compile("[“\"「『]([^”\"」』]{2,60})[”\"」』]");
    private static final Pattern LEADING_JUNK = Pattern.compile(
            // ——甲论坛举行 (a subtitle's dash), 本报12日讯甲论坛… (the lead's opener run into the name): punctuation and a
            // report's opener (讯 only: 12日电 may open 电子…) stand before a name, never in it; a dash joining two sides inside a name
            // (中国—东盟) never opens one
            "^(?:[—–－\\-]+|(?:本报|本刊|本台|本网)?(?:\\d{1,2}月)?\\d{1,2}日讯|(?:本报|本刊|本台|本网)讯"
                    + "|\\d{1,2}月\\d{1,2}日(?:晚上|上午|下午|晚间|早上)?|\\d{1,2}日|\\d+个|同期|期间|参加|出席|举办|举行|召开|宣布|成立|本届|本次|此次|这次|以下简称|简称|下称|又称|暨|由"
                    // 除甲论坛外: the preposition of exception is no part of the name it takes
                    + "|除了?"
                    // 希望甲论坛成为…, 祝贺甲论坛举行: a verb that takes the forum as its object is no part of its name
                    + "|希望|期望|期待|祝愿|祝贺|感谢|欢迎|支持"
                    // 为期四天的论坛: how long it lasted (为 stops the scan, leaving 期四天) is no part of a name
                    + "|期(?:\\d+|[一二两三四五六七八九十]+)(?:天|日|周|个月)的?)+");
    /**
     * Characters that cannot stand inside a name. 〔 〕 and ［ ］ bracket a Taiwan daily's byline (〔记者甲／乙报道〕2024丙论坛
     * 今日举行): a name starts after them, as after 【】. Pages that lost their title marks write >>甲论坛北京宣言<< for
     * 《》: the angle brackets stop a name too.
     */
    private static final String NAME_STOP = "的与和在及是等了为对将向从把被让给并或于就、,，。;；:：!！?？“”\"「」『』()（）《》【】〔〕［］ \n▲▼■□●◆★<>";
    /**
     * Words inside names that open with a character that is otherwise a function word (国际和平城市论坛, 市长对话,
     * 青年就业论坛). The prepositions 于 and 就 stop a name (各自于三场平行论坛, 两市就论坛筹备事宜交换意见): the
     * place, time or matter they introduce follows them, and what stands before them is the clause's subject.
     */
    // 对口 (counterpart: 甲·乙对口合作交流会, the pairing of a richer and a poorer city) is a word, no preposition 对
    private static final List<String> WORDS_OPENING_WITH_A_STOP = List.of("对话", "对外", "对口", "和平", "和谐", "就业");
    /** 数字经济分论坛, 青年平行论坛: the title of a part of a forum (a topic, GOLD.md §3), not a forum's name. */
    private static final Pattern SUB_FORUM = Pattern.compile("(?:分|主|主旨|平行|专题|分组)(?:论坛|会场|会议)$");
    /** What stands before the head in 三个平行论坛, 两场专题论坛, 四大分论坛: a count of parts, nothing that names one. */
    private static final Pattern COUNTED_PART = Pattern.compile(
            // 论坛设三场平行论坛, 大会共设四个分论坛: the forum setting up its parts before the count names none either;
            // 已召开7次会议, 连续举办五届大会: a count of sessions (no 第) names none of them
            "(?:(?:论坛|大会|峰会|会议|年会)?(?:还|共|另|同时)?(?:设|设有|设置|分设|下设|开设)了?(?=\\d|[一二两三四五六七八九十多几]))?"
                    // 三个圆桌对话, 两场圆桌会议: round tables counted are parts of the forum too
                    // 共举行一百二十场会议: a count in hundreds as well
                    // 三场高级别论坛, 两场闭门会议: after a count and its measure word any short qualifier is a kind of part,
                    // for a name is never counted (a session of a series takes 第); not after 大, which also opens names
                    // (五大连池论坛, 五大湖区论坛)
                    + "(?:(?:\\d+|[一二两三四五六七八九十百千多几]+)(?:(?:个|场|项|次|届)(?:平行|专题|主题|主旨|分组|分|主|圆桌|\\p{IsHan}{1,3})?"
                    + "|大(?:平行|专题|主题|主旨|分组|分|主|圆桌)?)"
                    + "|(?:平行|专题|主题|主旨|分组|分|主|圆桌)?)");

    private final EventLexicon lexicon;

    /** GENERIC_SCOPE and GENERIC_SUBJECT words together, longest first. */
    private final List<String> scopeAndSubjectWords;

    /** What a session's name adds to its series' name; shared with {@link ForumExtractor}. */
    private final SeriesSessions sessions;

    ForumNames(EventLexicon lexicon) {
        this.lexicon = lexicon;
        this.sessions = new SeriesSessions(lexicon);
        List<String> words = new ArrayList<>(lexicon.words(EventLexicon.Role.GENERIC_SUBJECT));
        words.addAll(lexicon.words(EventLexicon.Role.GENERIC_SCOPE));
        words.sort(Comparator.comparingInt(String::length).reversed());
        this.scopeAndSubjectWords = List.copyOf(words);
    }

    /** Forum names in a sentence: quoted names with a forum head, then bare names ending in one. */
    /**
     * Whether the span lies inside a 《》 title that goes on after it (《甲论坛北京宣言》, 《甲大会倡议书》): the title names
     * a document the forum issues or will issue, and tells nothing of the forum being held.
     */
    static boolean insideADocumentTitle(String s, int[] span) {
        int open = s.lastIndexOf('《', span[0]);
        if (open < 0 || s.lastIndexOf('》', span[0]) > open) {
            return false;
        }
        int close = s.indexOf('》', span[1]);
        return close > span[1];
    }

    List<int[]> find(String s) {
        List<int[]> out = new ArrayList<>();
        Matcher q = QUOTED.matcher(s);
        while (q.find()) {
            String inner = q.group(1);
            // “大会”于9日举行: a head alone in quotation marks is the short name of a forum named before, not a name
            if (quotedForumName(inner) && !lexicon.words(EventLexicon.Role.FORUM_HEAD).contains(inner)) {
                // 2022年“甲乙对话”, 第三届“甲论坛”: a year or an ordinal right before the quotes is part of the name
                Matcher edition = EDITION_BEFORE_QUOTE.matcher(s.substring(0, q.start()));
                out.add(edition.find() ? new int[]{edition.start(), q.end()} : new int[]{q.start(1), q.end(1)});
            }
        }
        for (String head : lexicon.words(EventLexicon.Role.FORUM_HEAD)) {
            for (int i = s.indexOf(head); i >= 0; i = s.indexOf(head, i + 1)) {
                int end = i + head.length();
                if (s.startsWith("中心", end) || s.startsWith("室", end) || s.startsWith("厅", end) || s.startsWith("馆", end)
                        || s.startsWith("展览", end) || s.startsWith("堂", end)) {
                    continue; // 国际会议中心, 会议展览中心, 人民大会堂 are venues
                }
                if (head.endsWith("会议") && CHAMBER_AFTER_会议.matcher(s.substring(end)).lookingAt()) {
                    continue; // 甲商工会议所、乙观光协会: Japan's chamber of commerce (会议所) is a body, no meeting
                }
                if (head.endsWith("会") && continuesInto会议(s, end)) {
                    continue; // 甲交流会议: the 会 of a longer head 会议 closes no name; the name ends at 议
                }
                if (head.endsWith("议") && end < s.length() && WORDS_AFTER_议.indexOf(s.charAt(end)) >= 0) {
                    continue; // 市议会议长, 议会议员: the 议 opens 议长 or 议员, so no meeting is named
                }
                final int e0 = end;
                if (out.stream().anyMatch(o -> o[0] < e0 && e0 <= o[1])) {
                    continue;
                }
                int start = i;
                while (start > 0) {
                    final int at = start - 1;
                    int glossOpen;
                    if (NAME_STOP.indexOf(s.charAt(start - 1)) < 0 || WORDS_OPENING_WITH_A_STOP.stream().anyMatch(w -> s.startsWith(w, at))) {
                        start--; // 对 and 和 are function words, except in 对话, 和平, 和谐
                    } else if (bracketedPlaceInName(s, start)) {
                        start = s.lastIndexOf(s.charAt(start - 1) == '）' ? '（' : '(', start - 1);
                    } else if ((glossOpen = latinGlossedSeriesBeforeItsSession(s, start, end)) >= 0) {
                        // 甲论坛(AF)第四次全体会议: the series glossed by its Latin abbreviation, then the session: one name
                        start = glossOpen;
                    } else if (quotedWordInName(s, start)) {
                        start = s.lastIndexOf('“', start - 1);
                    } else if (quotedTitleBeforeABareHead(s, start, i)) {
                        start = s.lastIndexOf(OPENING_OF.get(s.charAt(start - 1)), start - 2);
                    } else if (quotedSeriesBeforeItsSession(s, start, i)) {
                        // “甲合作论坛”第二届部长级会议: the quoted series and the session of it are one name, the session's
                        start = s.lastIndexOf('“', start - 1);
                        final int open = start;
                        out.removeIf(o -> o[0] >= open && o[1] <= e0);
                    } else if (quotedForumBefore暨(s, start)) {
                        // “甲对话·某地”暨第五届乙论坛: two names of one event joined by 暨 are read as one name
                        start = s.lastIndexOf('“', start - 1);
                        final int open = start;
                        out.removeIf(o -> o[0] >= open && o[1] <= e0);
                    } else {
                        break;
                    }
                }
                // …代表约300人参加论坛: a name starts after the last verb before its head
                String before = s.substring(start, i);
                int lastVerbEnd = 0;
                for (String v : lexicon.words(EventLexicon.Role.NAME_BREAK)) {
                    int at = lastOutsideQuotes(before, v);
                    if (at >= 0) {
                        lastVerbEnd = Math.max(lastVerbEnd, at + v.length());
                    }
                }
                final int walked = start;
                start += lastVerbEnd;
                start = commemoratedFrom(s, walked, start, end);
                start = celebrationJoinedFrom(s, start);
                // 合作与发展大会: a name may coordinate two abstract nouns; it goes on before the 与
                while (start >= 3 && "与和".indexOf(s.charAt(start - 1)) >= 0 && endsWithCoordinate(s.substring(0, start - 1))) {
                    int k = start - 1;
                    while (k > 0) {
                        if (NAME_STOP.indexOf(s.charAt(k - 1)) < 0) {
                            k--;
                        } else if (bracketedPlaceInName(s, k)) {
                            // 甲国(乙市)—丙国(丁市)人文与科技合作会: the sides glossed by their places open the name
                            // before the coordinated nouns, as before any other head
                            k = s.lastIndexOf(s.charAt(k - 1) == '）' ? '（' : '(', k - 1);
                        } else if (quotedWordInName(s, k)) {
                            // 2019“一带一路”甲合作与发展论坛: a quoted word before the coordinated nouns is in the name, as
                            // before any other head, and so is the year before it
                            k = s.lastIndexOf('“', k - 1);
                        } else {
                            break;
                        }
                    }
                    start = k;
                }
                if (i > 0 && (s.charAt(i - 1) == '主' || s.charAt(i - 1) == '分')) {
                    continue; // 主论坛, 分论坛: a part of a forum (a sub-forum's title is a topic)
                }
                Matcher lead = LEADING_JUNK.matcher(s.substring(start, end));
                if (lead.find()) {
                    start += lead.end();
                }
                Matcher pointer = POINTER.matcher(s.substring(start, i));
                while (pointer.find()) {
                    start += pointer.end(); // 盼借此次大会: 此次 points at the forum reported; the words before it name nothing
                    pointer = POINTER.matcher(s.substring(start, i));
                }
                if (lexicon.words(EventLexicon.Role.MODIFIED_NOUN).stream().anyMatch(w -> s.startsWith(w, e0))) {
                    continue; // 双边民间对话机制, 重要对话平台: the head modifies a noun, and names no gathering
                }
                if (ANNIVERSARY_AFTER.matcher(s).region(end, s.length()).lookingAt()) {
                    continue; // 甲论坛五周年图片展: the series' anniversary, marked by something else, is no session held
                }
                if (runBy(s, end)) {
                    continue; // 甲合作论坛(乙市)常设秘书处: the body that runs a forum is an organisation, not the forum
                }
                String name = s.substring(start, end);
                String modifier = name.substring(0, name.length() - head.length());
                String afterQuotes = modifier.substring(modifier.lastIndexOf('”') + 1);
                if (COUNTED_PART.matcher(afterQuotes).matches() && (afterQuotes.length() > 0 || modifier.isEmpty())) {
                    continue; // 三个平行论坛, “甲”“乙”两场专题论坛: a count of a forum's parts names no forum
                }
                if (countedAfterAName(modifier)) {
                    continue; // 甲论坛、乙论坛和丙论坛三场平行论坛: the count after the last part's name closes the list, it names none
                }
                if (lexicon.words(EventLexicon.Role.FORUM_HEAD).contains(s.substring(start, end))) {
                    continue; // 出席全体大会: a longer head word alone (全体大会, 圆桌会议) refers to a forum, it names none
                }
                if (end - start <= head.length() + 1 || lexicon.endsWith(EventLexicon.Role.FORUM_HEAD, name.substring(0, name.length() - head.length())) != null && name.length() <= head.length() + 2) {
                    continue; // a bare head (论坛, 大会) refers to a forum, it does not name one
                }
                if (insideAQuotedTheme(s, start, end)) {
                    continue; // 主题为“文明对话 古都新生”: a head inside the theme's words names no forum
                }
                final int s0 = start;
                if (out.stream().anyMatch(o -> o[0] <= s0 && e0 <= o[1])) {
                    continue;
                }
                // keep the longest name ending at this head: 全体大会 inside 论坛全体大会
                out.removeIf(o -> o[1] == e0 && o[0] >= s0);
                // 甲乙人民论坛第八次会议, 甲论坛全体会议: a series' name and the session are one name, the session's
                out.removeIf(o -> o[0] == s0 && o[1] < e0 && sessions.session(SeriesSessions.afterLatinGloss(s.substring(o[1], e0))));
                // 甲发展论坛乙城市主题论坛: the series' name is the themed forum's modifier, not a forum before it
                out.removeIf(o -> o[0] == s0 && o[1] < e0 && THEMED_FORUM_OF_SERIES.matcher(s.substring(o[1], e0)).matches());
                out.add(new int[]{start, withJoinedGathering(s, withPlaceInBrackets(s, withPlaceAfterDot(s, end)))});
            }
        }
        // most sentences lack a bracket, a dash or 会: the pattern, tried at every position, cannot match them
        Matcher paired = PAIRED_SIDES_GATHERING.matcher(PAIRED_SIDES_REQUIRE.mayOccurIn(new CharacterPresence(s)) ? s : "");
        while (paired.find()) {
            final int from = paired.start(1), to = paired.end(1);
            boolean afterStop = from == 0 || NAME_STOP.indexOf(s.charAt(from - 1)) >= 0;
            if (afterStop && startsHoldingOrPlacing(s, to) && out.stream().noneMatch(o -> o[0] < to && from < o[1])) {
                out.add(new int[]{from, to});
            }
        }
        Matcher sessionLists = SESSION_LIST.matcher(s);
        // the list holds no ,，。;；, and needs 、, 等 and 场: only the stretches between those marks holding them can match
        for (int[] stretch : Stretches.holding(s, SESSION_LIST_DELIMITERS, SESSION_LIST_REQUIRES)) {
            Stretches.on(sessionLists, stretch);
            while (sessionLists.find()) {
                final int from = sessionLists.start(), to = sessionLists.end();
                out.removeIf(o -> o[0] >= from && o[1] <= to); // 举行全体会议、圆桌会议等共30场会议: the sessions a forum held
            }
        }
        int[] parts = ForumTopics.partList(s);
        if (parts != null) {
            out.removeIf(o -> o[0] >= parts[0] && o[1] <= parts[1]); // 举办了A论坛、B论坛等平行论坛: parts, not forums
        }
        out.sort((a, b) -> a[0] - b[0]);
        return out;
    }

    /**
     * One character of the clause a commemoration or celebration takes: none of {@code stops} (the stops of a name)
     * and not the start of a verb of holding a gathering (举行, 召开, 举办), which tells where it is held, not what it marks.
     */
    private static String clauseCharacter(String stops) {
        return "(?:(?!举行|召开|举办)[^" + stops.chars().mapToObj(c -> String.format("\\x{%x}", c))
                .collect(java.util.stream.Collectors.joining()) + "])";
    }

    /** A jubilee assembly's head: 40周年大会, 30周年纪念大会. */
    private static final Pattern JUBILEE_HEAD = Pattern.compile("周年(?:纪念)?大会$");
    /**
     * 纪念 and the clause it takes, up to where a name read back from the head stopped: 纪念甲开展…; the clause holds no
     * stop character of a name ({@link #NAME_STOP}: 在, 的, punctuation) and no verb of holding a gathering (举行, 召开,
     * 举办: 在纪念馆召开…大会 tells where the assembly is held, not what it commemorates).
     */
    private static final Pattern COMMEMORATING = Pattern.compile("纪念" + clauseCharacter(NAME_STOP) + "{1,12}$");
    private static final int COMMEMORATED_REACH = 14;

    /**
     * 纪念甲开展国际友好城市工作40周年大会: 纪念 takes a clause whose verb (开展) stops the name read back from the head,
     * yet the whole, from 纪念, names the jubilee assembly; the start moves back to 纪念 when one opens that clause
     * inside the stretch the name walk covered ({@code walked} up to {@code start}).
     */
    static int commemoratedFrom(String s, int walked, int start, int end) {
        if (!JUBILEE_HEAD.matcher(s.substring(start, end)).find()) {
            return start;
        }
        int from = Math.max(walked, start - COMMEMORATED_REACH);
        Matcher m = COMMEMORATING.matcher(s.substring(from, start));
        return m.find() ? from + m.start() : start;
    }

    /**
     * 庆祝甲乙建交50周年暨: a celebration of a jubilee, joined by 暨 to the name that follows it; the gathering marks
     * both, and its name opens with the celebration. The clause holds no stop of a name but the 与 and 和 that pair
     * the two sides (甲与乙建交), and no verb of holding.
     */
    private static final Pattern CELEBRATION_JOINED = Pattern.compile("(?:庆祝|纪念)"
            + clauseCharacter(NAME_STOP.replace("与", "").replace("和", "")) + "{2,20}?周年暨$");
    private static final int CELEBRATION_REACH = 26;

    /** The start of a name moved back to a celebration joined by 暨 right before it, if one is. */
    static int celebrationJoinedFrom(String s, int start) {
        int from = Math.max(0, start - CELEBRATION_REACH);
        Matcher m = CELEBRATION_JOINED.matcher(s.substring(from, start));
        return m.find() ? from + m.start() : start;
    }

    /** 甲论坛五周年, 大会十周年: an anniversary right after a forum's head. */
    private static final Pattern ANNIVERSARY_AFTER = Pattern.compile("(?:\\d+|[一二两三四五六七八九十]+)周年");

    /**
     * 会上举办了开幕会、圆桌会、青年会等共90场会议: kinds of sessions listed and closed by their count
     * are what a forum held, each kind many times over; neither a listed kind nor the count names a forum.
     * {@link #find} scans it only between the marks of {@link #SESSION_LIST_DELIMITERS} and where 、, 等 and 场 all
     * stand: that gate relies on every match holding none of ,，。;； (its runs are {@code [^,，。;；、]}, its count and
     * words Han or digits) and holding 、, 等 and 场, which a change here must keep.
     */
    private static final Pattern SESSION_LIST = Pattern.compile(
            "(?:[^,，。;；、]{2,16}?(?:会议|会)、)+[^,，。;；、]{2,16}?(?:会议|会)等(?:共计?|总共)?(?:\\d+|[一二两三四五六七八九十百千]+)(?:余|多)?场(?:会议|活动)");
    /** The marks no match of {@link #SESSION_LIST} holds: its scan runs only between them. */
    private static final String SESSION_LIST_DELIMITERS = ",，。;；";
    /** The characters every match of {@link #SESSION_LIST} holds: a stretch lacking one of them is not scanned. */
    private static final String SESSION_LIST_REQUIRES = "、等场";

    /** A count of parts (三场平行, 两个专题) closing a modifier, with its numeral. */
    private static final Pattern COUNT_CLOSING = Pattern.compile(
            "(?:\\d+|[一二两三四五六七八九十几]+)(?:个|场|大|项)(?:平行|专题|主题|分组)?$");

    /**
     * 举办甲论坛、乙论坛和丙论坛三场平行论坛: a list of parts' names closed by their count and the word for them reads,
     * back from the last head, as one name (丙论坛三场平行论坛); a forum head right before the count says the count
     * closes a list of names, and the run names no forum.
     */
    private boolean countedAfterAName(String modifier) {
        Matcher c = COUNT_CLOSING.matcher(modifier);
        return c.find() && c.start() > 0 && lexicon.endsWith(EventLexicon.Role.FORUM_HEAD, modifier.substring(0, c.start())) != null;
    }

    /**
     * The last place {@code word} stands in {@code before} outside a quotation opened there, or -1. A quoted word
     * inside a name (第十三届“成功之路”国际论坛, “携手推动”合作大会) is the name's own, so a verb in it (成功, 推动) is
     * no verb of the clause before the name, and the name does not start after it.
     */
    static int lastOutsideQuotes(String before, String word) {
        for (int at = before.lastIndexOf(word); at >= 0; at = before.lastIndexOf(word, at - 1)) {
            if (before.lastIndexOf('“', at) <= before.lastIndexOf('”', at)) {
                return at;
            }
        }
        return -1;
    }

    /**
     * 青年城市主题论坛, 港口合作专题论坛 after a series' name: a themed forum held within the series, named with the
     * series' name in front; the whole is its name, the series' name alone no forum held of its own.
     */
    private static final Pattern THEMED_FORUM_OF_SERIES = Pattern.compile("[\\p{IsHan}A-Za-z0-9·]{2,16}(?:主题|专题)论坛");

    /** The longest run after 暨 that a joined gathering's name may take. */
    private static final int MAX_JOINED = 12;

    /**
     * 年度会员大会暨联谊会, 友城论坛暨经贸洽谈会, 市长论坛暨友城交流节, 城市论坛暨展览: two occasions joined by 暨 (and) are one
     * event, named by both; the name goes on to the second occasion's head — a forum's, or any gathering's (联谊会),
     * exposition's or festival's ({@link JoinedOccasionHeads}: they name no forum alone, but end a joined name). A head
     * alone after 暨 (暨展览) is the joined occasion's whole name.
     */
    private int withJoinedGathering(String s, int end) {
        if (!s.startsWith("暨", end)) {
            return end;
        }
        int best = end;
        for (int j = end + 2; j <= Math.min(s.length(), end + 1 + MAX_JOINED); j++) {
            final int at = j - 1;
            if (Character.UnicodeScript.of(s.charAt(at)) != Character.UnicodeScript.HAN
                    || NAME_STOP.indexOf(s.charAt(at)) >= 0 && WORDS_OPENING_WITH_A_STOP.stream().noneMatch(w -> s.startsWith(w, at))) {
                break; // 暨展览在甲馆举行: a function word ends the joined name, as it ends any other
            }
            String joined = s.substring(end + 1, j);
            // a forum's head needs three characters (论坛 alone joins nothing); an occasion's own head (展览, 交流节) may stand alone
            boolean forumHead = joined.length() >= 3 && lexicon.endsWith(EventLexicon.Role.FORUM_HEAD, joined) != null;
            if (forumHead || JoinedOccasionHeads.endsOnOne(joined)) {
                best = j;
            }
        }
        return best;
    }

    /** Characters that make a word with a preceding 议 (议长, 议员, 议题, 议程, 议案): a head cut out of such a word. */
    private static final String WORDS_AFTER_议 = "长员题程案";

    /** Whether the 会 ending at {@code end} opens 会议 (a meeting), not 议程, 议题, 议案 or 议长 read after a name. */
    private static boolean continuesInto会议(String s, int end) {
        return end < s.length() && s.charAt(end) == '议'
                && (end + 1 >= s.length() || WORDS_AFTER_议.indexOf(s.charAt(end + 1)) < 0);
    }

    /** 此次, 本届, 这一, 该, 今次 (the Hong Kong and Macau press)…: a word pointing at an edition or a forum already named; what stands before it is no part of a name. */
    private static final Pattern POINTER = Pattern.compile("(?:此次|本次|今次|本届|这次|该次|此届|这届|上届|这一|这个|该|今年的?|(?:本|今)年度的?)");
    private static final Pattern BRACKETED_AFTER = Pattern.compile("^[（(][^（()）]{1,8}[）)]");

    /**
     * 本次, 本届, 此次, 该, 今年(的), 本年度: a word pointing at the forum being reported (not 上届, an earlier edition).
     * A yearly forum's report calls this year's session 本年度/今年度 as it calls it 今年.
     */
    private static final Pattern THIS_ONE = Pattern.compile("(?:此次|本次|今次|本届|这次|该次|此届|这届|这一|该|今年的?|(?:本|今)年度的?)$");

    /** Whether the name starting at {@code start} follows a word that points back at the forum being reported. */
    static boolean pointsBack(String s, int start) {
        return THIS_ONE.matcher(s.substring(0, start)).find();
    }

    /**
     * 所 after 会议 that closes a body's name (商工会议所, 会议所会头, 会议所等): Japan's chambers of commerce and
     * industry, met in Taiwan–Japan twinning reports among the bodies attending. 所 as a particle (会议所达成的共识) goes
     * on into a verb and is not matched.
     */
    private static final Pattern CHAMBER_AFTER_会议 = Pattern.compile("所(?:$|[、,，。;；)）]|会头|会长|会员|理事|等|及|与|和|代表|一行|副|的)");

    /**
     * A place's name with its suffix (乙市, 丙省), the seat of a standing assembly's local committee; not a clause
     * placing something there (论坛在乙市委员会礼堂举行), so never opening with 在 or 于.
     */
    private static final Pattern SEAT_AFTER = Pattern.compile("^(?![在于])\\p{IsHan}{1,3}[" + dev.newsie.canon.PlaceLevelWords.COMMON + "]");

    /**
     * Whether a forum name goes on, after an optional bracketed place, into the name of the body that runs it
     * (`FORUM_BODY`) or of a standing assembly's chamber or committee (`STANDING_BODY`), which may name its seat first
     * (甲国协商会议乙市委员会). The standing bodies are a role of their own so that only this reading takes them, not
     * {@link ForumHosts}.
     */
    private boolean runBy(String s, int end) {
        Matcher b = BRACKETED_AFTER.matcher(s.substring(end));
        int at = b.find() ? end + b.end() : end;
        List<String> standing = lexicon.words(EventLexicon.Role.STANDING_BODY);
        if (lexicon.words(EventLexicon.Role.FORUM_BODY).stream().anyMatch(w -> s.startsWith(w, at))
                || standing.stream().anyMatch(w -> s.startsWith(w, at))) {
            return true;
        }
        Matcher seat = SEAT_AFTER.matcher(s.substring(at));
        return seat.find() && standing.stream().anyMatch(w -> s.startsWith(w, at + seat.end()));
    }

    /** 2022年, 第三届, 首届 (the first edition, an ordinal without 第): a year or an edition right before the quotes. */
    private static final Pattern EDITION_BEFORE_QUOTE = Pattern.compile("(?:\\d{4}年?|第[0-9一二三四五六七八九十百]+[届次]|首届)$");

    private boolean quotedForumName(String inner) {
        Matcher bracket = PLACE_CLOSING_QUOTED.matcher(inner);
        if (bracket.matches() && placeInBrackets(bracket.group(2))) {
            inner = bracket.group(1); // 「甲城市发展论坛(澳门)」: the place the edition is held in closes the quoted name
        }
        return (lexicon.endsWith(EventLexicon.Role.FORUM_HEAD, inner) != null || endsWithHeadAndCity(inner)) && !inner.contains("、")
                && !SUB_FORUM.matcher(inner).find();
    }

    /** A quoted name ending in a short bracketed word: the name before it, and the word. */
    private static final Pattern PLACE_CLOSING_QUOTED = Pattern.compile("(.+)[（(](\\p{IsHan}{2,4})[）)]");
    /** A short bracketed word right after a forum's head. */
    private static final Pattern PLACE_CLOSING = Pattern.compile("^[（(](\\p{IsHan}{2,4})[）)]");
    /** What follows a bracketed place that closes a bare name: a verb of holding, or the time or place of the session. */
    private static final Pattern AFTER_CLOSING_PLACE = Pattern.compile("^(?:在|于|今日|今天|昨日|昨天|日前|近日|\\d)");
    /** Words that make a bracket a gloss, an edition or a short name rather than a place: 简称, 下称, 第三届, 筹. */
    private static final Pattern NOT_A_PLACE = Pattern.compile("简称|称|第|届|次|筹|年|暨");

    /**
     * 甲发展论坛(澳门), 乙合作论坛（海口）: a forum held in turn in several places adds the place of an edition in brackets
     * after its head, and the bracket is part of the name. A bracket holding a short name, a gloss or a credit is not.
     */
    private boolean placeInBrackets(String inside) {
        return lexicon.endsWith(EventLexicon.Role.FORUM_HEAD, inside) == null && !NOT_A_PLACE.matcher(inside).find()
                && !BYLINE.matcher(inside).find();
    }

    /** The end of a bare name closed by a bracketed place that a verb of holding, a time or 在 follows, or {@code end}. */
    private int withPlaceInBrackets(String s, int end) {
        Matcher b = PLACE_CLOSING.matcher(s.substring(end));
        if (!b.find() || !placeInBrackets(b.group(1))) {
            return end;
        }
        int after = end + b.end();
        return startsHoldingOrPlacing(s, after) ? after : end;
    }

    /** Whether the scan stands at 暨 right after a quoted forum name (“甲对话·某地”暨乙论坛). */
    /** The ordinal of a session and at most a short qualifier (第二届部长级) between a quoted series and the head. */
    private static final Pattern SESSION_AFTER_QUOTED_SERIES = Pattern.compile("第[0-9一二三四五六七八九十百]+[届次]\\p{IsHan}{0,4}");

    private boolean quotedSeriesBeforeItsSession(String s, int at, int head) {
        if (at < 2 || s.charAt(at - 1) != '”' || !SESSION_AFTER_QUOTED_SERIES.matcher(s.substring(at, head)).matches()) {
            return false;
        }
        int open = s.lastIndexOf('“', at - 1);
        return open >= 0 && quotedForumName(s.substring(open + 1, at - 1));
    }

    private boolean quotedForumBefore暨(String s, int at) {
        if (at < 2 || s.charAt(at - 1) != '”' || at >= s.length() || s.charAt(at) != '暨') {
            return false;
        }
        int open = s.lastIndexOf('“', at - 1);
        return open >= 0 && quotedForumName(s.substring(open + 1, at - 1));
    }

    /**
     * 第三届“一带一路”城市合作论坛: a short quoted word directly before the rest of a name is part of it. A quoted
     * theme is not reached: 以“…”为主题的 ends the scan at 的. The quotation marks close the word, so inside them a
     * coordinating 与/和 or a blank between two slogans (甲市“乙与丙”市长论坛, “丁 戊”甲乙交流会)
     * belongs to the word, as it does not outside a name.
     */
    private static boolean quotedWordInName(String s, int at) {
        if (s.charAt(at - 1) != '”' || at >= s.length() || NAME_STOP.indexOf(s.charAt(at)) >= 0) {
            return false;
        }
        int open = s.lastIndexOf('“', at - 1);
        return open >= 0 && at - 1 - open >= 2 && at - 1 - open <= 10
                && s.substring(open + 1, at - 1).chars().noneMatch(c -> NAME_STOP.indexOf(c) >= 0 && QUOTED_WORD_JOINERS.indexOf(c) < 0);
    }

    /** What joins the parts of a quoted word inside a name and stops a name outside quotation marks: 与, 和, a blank. */
    private static final String QUOTED_WORD_JOINERS = "与和 ";

    /** What introduces a quoted theme: 主题为, 主题是, 主题：, 主轴为, 以 (以“X”为主题). */
    private static final Pattern THEME_BEFORE_QUOTE = Pattern.compile("(?:(?:主题|主轴)(?:为|是|定为)?[:：]?|以)$");

    /** Whether [start, end) stands inside a quotation that a sentence gives as a theme. */
    private static boolean insideAQuotedTheme(String s, int start, int end) {
        for (java.util.Map.Entry<Character, Character> q : OPENING_OF.entrySet()) {
            int open = s.lastIndexOf(q.getValue(), start - 1);
            if (open < 0 || s.lastIndexOf(q.getKey(), start - 1) > open) {
                continue; // no quotation open at the name's start
            }
            int close = s.indexOf(q.getKey(), end);
            if (close >= 0 && close - open <= 42 && THEME_BEFORE_QUOTE.matcher(s.substring(0, open)).find()
                    && !s.substring(close + 1).startsWith("为题")) {
                return true;
            }
        }
        return false;
    }

    /** The opening quotation mark of each closing one. */
    private static final java.util.Map<Character, Character> OPENING_OF = java.util.Map.of('”', '“', '」', '「', '』', '『');

    /**
     * 举办「城市外交与地方治理」国际研讨会, “数字丝路”高峰论坛: a quoted title right before a head that alone, or with
     * only a word of scope (国际, 全球), names no event is the event's name with it; the title may hold 与 and 和, as
     * titles do (a quoted title before a fuller modifier, 第三届“一带一路”城市合作论坛, is `quotedWordInName`).
     */
    private boolean quotedTitleBeforeABareHead(String s, int at, int head) {
        if (at < 4 || !OPENING_OF.containsKey(s.charAt(at - 1))) {
            return false;
        }
        String between = s.substring(at, head);
        if (!between.isEmpty() && !genericScope(between) && !TITLE_HEAD_WORDS.contains(between)) {
            return false;
        }
        int open = s.lastIndexOf(OPENING_OF.get(s.charAt(at - 1)), at - 2);
        if (open < 0 || at - 1 - open < 3 || at - 1 - open > 30) {
            return false;
        }
        String inner = s.substring(open + 1, at - 1);
        // 「城市合作:路径、经验与展望」研讨会: a symposium's title may hold a colon before its subtitle and a
        // list of its subjects; a comma or a full stop ends a clause, no title
        return inner.chars().noneMatch(c -> ",，。;；!！?？“”「」『』".indexOf(c) >= 0)
                && lexicon.endsWith(EventLexicon.Role.FORUM_HEAD, inner) == null;
    }

    /** Words between a quoted title and its head that still leave the head bare: 高峰, 学术 (高峰论坛, 学术研讨会). */
    private static final List<String> TITLE_HEAD_WORDS = List.of("高峰", "学术", "国际学术", "国际高峰");

    /** The longest quoted tag a bracket inside a name holds (“16+1”, “丝路”): a short label, no clause. */
    private static final int QUOTED_TAG_MAX = 8;
    /** A quoted tag alone in a bracket: quotation marks around a short run of letters, digits and joiners. */
    private static final Pattern QUOTED_TAG = Pattern.compile("[“\"「][\\p{IsHan}A-Za-z0-9+·.\\-]{1," + QUOTED_TAG_MAX + "}[”\"」]");

    /** A bracket that credits a report (中新网(记者张三)2024…论坛) is no part of the name after it. */
    private static final Pattern BYLINE = Pattern.compile("记者|通讯员|摄|图|电|讯|报道|编辑");

    /**
     * 中国（青河）国际友城大会: a short bracketed word inside a name, with the name going on on both sides, is
     * part of it; a bracket that opens a clause or follows a stop is not. A place glossed in brackets may run longer: a
     * chain of places (甲国·乙省·丙市) or a long foreign name with its level word.
     */
    private static boolean bracketedPlaceInName(String s, int at) {
        char close = s.charAt(at - 1);
        if (close != '）' && close != ')') {
            return false;
        }
        int open = s.lastIndexOf(close == '）' ? '（' : '(', at - 1);
        if (open < 1 || at - 1 - open < 2 || at >= s.length() || NAME_STOP.indexOf(s.charAt(at)) >= 0) {
            return false;
        }
        String inside = s.substring(open + 1, at - 1);
        if (QUOTED_TAG.matcher(inside).matches() && NAME_STOP.indexOf(s.charAt(open - 1)) < 0) {
            return true; // 甲-乙国家(“8+1”)首都市长论坛: the quoted tag of the grouping named before it, inside the name
        }
        boolean chain = PLACE_CHAIN.matcher(inside).matches();
        if (at - 1 - open > 6 && !chain && !PLACE_WITH_LEVEL.matcher(inside).matches()) {
            return false;
        }
        return (chain || inside.codePoints().allMatch(Character::isIdeographic))
                && NAME_STOP.indexOf(s.charAt(open - 1)) < 0 && !Character.isDigit(s.charAt(at)) && !BYLINE.matcher(inside).find();
    }

    /** 甲国(乙市)—丙国(丁市): two sides, each glossed by its place in brackets, paired by a dash (ForumLocation reads it too). */
    static final String PAIRED_SIDES = "\\p{IsHan}{2,8}[(（]\\p{IsHan}{2,10}[)）][—–\\-－]{1,2}\\p{IsHan}{2,8}[(（]\\p{IsHan}{2,10}[)）]";

    /**
     * 甲国(乙市)—丙国(丁市)人文与科技合作会: a gathering named by its two sides, each glossed by its place in
     * brackets and paired by a dash, is named as a whole whatever its head (…合作会, …交流会); the pairing says it
     * is a meeting of the two sides. The name may coordinate its nouns (与, 和) after the sides.
     */
    private static final Pattern PAIRED_SIDES_GATHERING = Pattern.compile("(" + PAIRED_SIDES + "\\p{IsHan}{2,16}?会)(?!议|长|员|谈)");
    /** The characters every match of {@link #PAIRED_SIDES_GATHERING} holds (a bracket, a dash, 会): read once, tested per sentence. */
    private static final RequiredCharacters PAIRED_SIDES_REQUIRE = RequiredCharacters.of(PAIRED_SIDES_GATHERING);

    /** Whether a verb of holding, or the time or place of the session (在, 于, 今天), follows at {@code at}. */
    private boolean startsHoldingOrPlacing(String s, int at) {
        return at < s.length() && (AFTER_CLOSING_PLACE.matcher(s.substring(at)).lookingAt() || startsHolding(s, at));
    }

    /**
     * 2031(中国·甲省·乙市)国际友城交流会: a place given with the places that hold it, from the widest, joined by
     * interpuncts; each part is a short name, so the chain is a place, not a clause. Group 1 is the last, narrowest
     * place (ForumLocation reads the chain in brackets for it).
     */
    static final Pattern PLACE_CHAIN = Pattern.compile("(?:\\p{IsHan}{2,8}[·・•]){1,3}(\\p{IsHan}{2,8})");
    /**
     * 甲国(乙丙丁戊己区)友好交流会: a foreign place's transliteration runs longer than a Chinese name; with its own level
     * word (区, 县, 市, 州, 省) it is still a place glossed in the name.
     */
    private static final Pattern PLACE_WITH_LEVEL = Pattern.compile(
            "\\p{IsHan}{2,9}[" + dev.newsie.canon.PlaceLevelWords.COMMON + "]");

    /**
     * Whether the scan stands right after a bracketed Latin abbreviation that follows a forum's head, with only a
     * session's words from there to the head being read (甲论坛(AF)第四次全体会议): the bracket's opening, or -1.
     */
    private int latinGlossedSeriesBeforeItsSession(String s, int at, int end) {
        char close = s.charAt(at - 1);
        if (close != '）' && close != ')') {
            return -1;
        }
        int open = s.lastIndexOf(close == '）' ? '（' : '(', at - 1);
        boolean glossed = open >= 2 && SeriesSessions.latinGloss(s.substring(open, at))
                && lexicon.endsWith(EventLexicon.Role.FORUM_HEAD, s.substring(0, open)) != null
                && sessions.session(s.substring(at, end));
        return glossed ? open : -1;
    }

    /** What a session's name adds to its series' name, as these names read it. */
    SeriesSessions sessions() {
        return sessions;
    }

    private boolean endsWithCoordinate(String before) {
        return lexicon.endsWith(EventLexicon.Role.NAME_COORDINATE, before) != null;
    }

    /**
     * 世界市长对话·杭州举行: a head, an interpunct and a short place name after it are one name, unquoted as quoted
     * (`endsWithHeadAndCity`); the place ends at a stop character or a verb of holding.
     */
    private int withPlaceAfterDot(String s, int end) {
        if (end >= s.length() || s.charAt(end) != '·') {
            return end;
        }
        int k = end + 1;
        while (k < s.length() && k - end - 1 < 4 && Character.isIdeographic(s.charAt(k)) && NAME_STOP.indexOf(s.charAt(k)) < 0
                && !startsHolding(s, k)) {
            k++;
        }
        return k - end - 1 >= 2 ? k : end;
    }

    private boolean startsHolding(String s, int at) {
        return lexicon.words(EventLexicon.Role.HELD).stream().anyMatch(v -> s.startsWith(v, at));
    }

    /** 世界市长对话·上海: a forum head followed by an interpunct and a short place name. */
    boolean endsWithHeadAndCity(String inner) {
        int dot = inner.lastIndexOf('·');
        return dot > 0 && inner.length() - dot <= 5 && lexicon.endsWith(EventLexicon.Role.FORUM_HEAD, inner.substring(0, dot)) != null;
    }

    /** 甲论坛(以下简称“乙”), 「甲论坛」（以下简称乙）, 甲论坛（乙）: a short name in brackets right after the full one. */
    // 甲论坛（下称乙论坛）: Taiwan reports write 下称 for 以下简称, often without quotation marks
    private static final Pattern SHORT_NAME_OPENING = Pattern.compile("[”\"」』]?[（(](?:以下)?(?:简称|称|又称|下称)?[:：]?[“\"「]?");
    private static final Pattern SHORT_NAME_CLOSING = Pattern.compile("[”\"」]?[）)]");

    static boolean isShortNameAfter(String s, int[] full, int[] shortName) {
        return full[1] < shortName[0] && SHORT_NAME_OPENING.matcher(s.substring(full[1], shortName[0])).matches()
                && SHORT_NAME_CLOSING.matcher(s).region(shortName[1], s.length()).lookingAt();
    }

    /** What stands before a bare head in 上届论坛, 本届大会, 2015年首届论坛: a pointer to an edition, not a name. */
    private static final Pattern EDITION_REFERENCE = Pattern.compile("自?(?:\\d{4}年?)?(?:上|下|本|首|每|历|这|该|此)届?");

    /**
     * 2031年峰会, 前天下午3时会议, 当天下午大会: a point in time alone before a head (a year, a day, a part of the day, the
     * clock) tells when a session met, as an edition pointer does; it names no forum. The relative days and the parts of
     * the day are the closed sets of Chinese time words.
     */
    private static final Pattern TIME_POINT = Pattern.compile("(?:\\d{4}年?)?(?:\\d{1,2}月)?(?:\\d{1,2}日)?"
            + "(?:昨天|今天|前天|明天|昨日|今日|当天|当日|次日|翌日|同日|是日)?"
            + "(?:上午|下午|中午|晚上|晚间|早上|凌晨|傍晚|夜间)?(?:\\d{1,2}(?:时|点)(?:\\d{1,2}分|半)?(?:许)?)?的?");

    /** 第四次, 第12届, 首届: the ordinal of a session or an edition. */
    private static final Pattern ORDINAL = Pattern.compile("(?:第[一二三四五六七八九十百零〇\\d]+|首)(?:届|次|期)");

    /** 前三届, 头两届, 历届, 往届: several editions taken together, whose sessions were held in turn, no one event. */
    private static final Pattern SEVERAL_EDITIONS = Pattern.compile("^(?:(?:前|头|近)(?:\\d+|[两二三四五六七八九十]+)|历|往)届");
    /** 隆重的颁奖大会, 表彰大会, 庆祝大会: a gathering named only for the ceremony it holds. */
    private static final Pattern CEREMONY = Pattern.compile("(?:隆重的)?(?:颁奖|表彰|授奖|颁证|庆祝|庆功|纪念|总结|动员|誓师)(?:大会|典礼|仪式)");
    /**
     * 华侨节庆祝大会, 结好20周年纪念大会: whatever comes before it, a gathering whose head says it celebrates,
     * commemorates or marks an anniversary is a ceremony, not a forum (GOLD.md §3), except an assembly marking the years
     * of a place's whole friendship-city work ({@link #FRIENDSHIP_WORK_JUBILEE}); so is one held to
     * confer an honorary title (授予荣誉市民称号大会, 荣誉市民授证大会), an AWARD's setting.
     */
    private static final Pattern CEREMONY_END = Pattern.compile("(?:颁奖|表彰|授奖|颁证|授证|称号|庆祝|庆功|纪念|誓师|周年)(?:大会|典礼|座谈会)$"
            // 新春座谈会, 友城工作座谈会: a symposium held for the season's greetings or to review a body's own work is a
            // ceremony or an office's meeting, not a forum (GOLD.md §3), whatever stands before it
            + "|(?:新春|春节|迎春|新年|工作)座谈会$");
    /**
     * 纪念甲开展国际友好城市工作40周年大会, 乙省国际友好城市交流30周年纪念大会: an assembly marking the years of a place's
     * whole friendship-city work or exchange gathers delegations of many partners, as a congress does, and is held as
     * one (GOLD.md §3, "assembly"); it is no ceremony of {@link #CEREMONY_END}, unlike one pair's jubilee
     * (甲乙结好20周年纪念大会).
     */
    private static final Pattern FRIENDSHIP_WORK_JUBILEE = Pattern.compile(
            "(?:友好城市|友城)(?:工作|交流)(?:\\d+|[一二两三四五六七八九十]+)周年(?:纪念)?大会$");

    /** Whether a head's modifier is only words of scope or level (`GENERIC_SCOPE`: 国际, 高层, 国际性高端), one or more. */
    private boolean genericScope(String modifier) {
        return madeOf(modifier, lexicon.words(EventLexicon.Role.GENERIC_SCOPE));
    }

    /**
     * Whether a head's modifier is only words of scope and of the genre's common subjects (`GENERIC_SCOPE`,
     * `GENERIC_SUBJECT`: 交流合作, 国际经贸), one or more: the kind of a gathering, not its name.
     */
    private boolean genericModifier(String modifier) {
        return madeOf(modifier, scopeAndSubjectWords);
    }

    /** Whether a head's modifier is a point in time and nothing else ({@link #TIME_POINT}). */
    private static boolean timePointOnly(String modifier) {
        return !modifier.isEmpty() && TIME_POINT.matcher(modifier).matches();
    }

    /**
     * Whether a head's modifier is an ordinal (after a point in time, if any), then at most words of scope and common
     * subjects (第六次会议, 第六次合作会议, 2031年第二届国际交流会): which session of what kind, with nothing saying whose.
     * A year alone before such words (2031友好交流会) is left to name the year's one gathering.
     */
    private boolean ordinalOfAKind(String modifier) {
        Matcher t = TIME_POINT.matcher(modifier);
        int at = t.lookingAt() ? t.end() : 0;
        Matcher o = ORDINAL.matcher(modifier).region(at, modifier.length());
        if (!o.lookingAt()) {
            return false;
        }
        String kind = modifier.substring(o.end());
        return kind.isEmpty() || genericModifier(kind);
    }

    /** Whether {@code modifier} is one or more of {@code words} (longest first) and nothing else. */
    private static boolean madeOf(String modifier, List<String> words) {
        String rest = modifier;
        while (!rest.isEmpty()) {
            String w = words.stream().filter(rest::startsWith).findFirst().orElse(null);
            if (w == null) {
                return false;
            }
            rest = rest.substring(w.length());
        }
        return !modifier.isEmpty();
    }

    private static final Pattern QUOTE_MARKS = Pattern.compile("[“”\"「」『』]");

    /** 更多, 各类, 一系列…: a quantifier or a word for sorts before a head speaks of meetings in general. */
    private static final Pattern KIND = Pattern.compile("(?:更多|许多|诸多|众多|各类|各种|各项|各大|一系列|一批|多场|多个|多项|系列)");
    private static final Pattern SPECIFIC = Pattern.compile("\\d|第|届|首|·|—|-|[“「]");

    /**
     * Whether a name can start a forum of its own: it names one event, not a kind of meeting. 视频会议 and
     * 工作座谈会 put a two-character word before a head of meetings in general (`MEETING_HEAD`) and name no
     * particular event; a year, an ordinal or a longer modifier (第三次地方领导人会议) does. A short name still
     * serves as an alias.
     */
    boolean properName(String name) {
        // “授予乙丙两人甲市荣誉公民称号”大会: the quotation marks set off words of the name, they do not change what it holds
        String unquoted = QUOTE_MARKS.matcher(name).replaceAll("");
        if (CEREMONY.matcher(unquoted).matches()
                || CEREMONY_END.matcher(unquoted).find() && !FRIENDSHIP_WORK_JUBILEE.matcher(unquoted).find()) {
            return false; // 颁奖大会, 表彰大会: the ceremony of an award (an AWARD's setting), not a forum
        }
        if (KIND.matcher(name).lookingAt()) {
            return false; // 更多高层次国际会议, 各类论坛: a kind of meeting counted or sorted, not one event
        }
        String head = lexicon.endsWith(EventLexicon.Role.FORUM_HEAD, name);
        String modifier = head == null ? null : name.substring(0, name.length() - head.length());
        if (StatutorySessions.isStatutory(name, modifier)) {
            return false; // 人大常委会第三次会议, 第三届理事会第二次全体会议, 执行局会议: a statutory session, not a forum
        }
        if (head != null && genericScope(modifier)) {
            return false; // 在国际论坛上, 出席高层论坛: a kind of meeting, not one event
        }
        if (head != null && genericModifier(modifier)) {
            return false; // 友好交流会, 经贸合作研讨会: what a gathering is about, not its name
        }
        if (SEVERAL_EDITIONS.matcher(name).find()) {
            return false; // 历届年会依次在甲、乙两市召开: the series' past, told edition by edition, names no forum
        }
        if (head != null && EDITION_REFERENCE.matcher(modifier).matches()) {
            return false; // 上届论坛, 2015年首届论坛: an edition pointed at, not named
        }
        if (head != null && timePointOnly(modifier)) {
            return false; // 2031年峰会, 前天下午3时会议: when a session met, not its name
        }
        if (head != null && ordinalOfAKind(modifier)) {
            return false; // 第六次合作会议: which session of a kind, not whose
        }
        if (head == null || !lexicon.words(EventLexicon.Role.MEETING_HEAD).contains(head)) {
            return true; // 论坛, 峰会, 大会 name events even with a short modifier (金砖峰会, 博鳌论坛)
        }
        return name.length() - head.length() >= 3 || SPECIFIC.matcher(name).find();
    }
}
