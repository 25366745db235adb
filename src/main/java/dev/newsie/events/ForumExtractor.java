package dev.newsie.events;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.model.Entity;
import dev.newsie.model.Event;
import dev.newsie.model.EntityType;
import dev.newsie.model.EventBuilder;
import dev.newsie.model.EventType;
import dev.newsie.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FORUM events: a name ending in a forum head noun (论坛, 大会…) in a sentence that reports it held, opened
 * or closed. Mentions of one forum across sentences are merged (the same name, or the same name without
 * its year); the fullest name with its year is kept, other forms become aliases. Theme, topics, organisers,
 * counts, venue and dates are read from the sentences about the forum.
 */
final class ForumExtractor {
    private static final Pattern QUOTED = Pattern.compile("[“\"「『]([^”\"」』]{2,60})[”\"」』]");
    private static final Pattern LEADING_JUNK = Pattern.compile(
            "^(?:\\d{1,2}月\\d{1,2}日(?:晚上|上午|下午|晚间|早上)?|\\d{1,2}日|\\d+个|同期|期间|参加|出席|举办|举行|召开|宣布|成立|本届|本次|此次|这次)+");
    private static final Pattern YEAR_PREFIX = Pattern.compile("^(\\d{4})年?");
    private static final Pattern COUNTRIES = Pattern.compile("(\\d+)(?:个|多个)?国家");
    private static final Pattern CITIES = Pattern.compile("(\\d+)(?:个|座|多个)(?:友好)?城市(?!代表团)");
    private static final Pattern DELEGATIONS = Pattern.compile("(\\d+)个(?:[\\p{IsHan}]{0,6})代表团");
    private static final Pattern ATTENDEES = Pattern.compile("(?:约|近|逾|超过)?(\\d+)(?:余|多)?(?:位|名|人)(?:嘉宾|代表|人士|与会者)?(?:[^,。]{0,4})?(?:参会|出席|与会|齐聚|参加)?");
    private static final Pattern THEME = Pattern.compile("(?:主题为|主题是|以)[“\"「]([^”\"」]{2,40})[”\"」](?:为主题)?");
    private static final String NAME_STOP = "的与和在及是等了为对将向从把被让给并或、,，。;；:：!！?？“”\"「」『』()（）《》【】 \n";

    private final EventLexicon lexicon;
    private final CanonicalNames names;

    ForumExtractor(EventLexicon lexicon, CanonicalNames names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /** A forum being built: its builder and the sentence where it was first reported. */
    static final class Forum {
        final EventBuilder b = dev.newsie.model.Event.builder(EventType.FORUM);
        final Set<String> aliases = new LinkedHashSet<>();
        String name;
        int firstSentence;
        int start, end;
        String openDate, closeDate;
    }

    List<Forum> extract(DocumentContext ctx) {
        List<Forum> forums = new ArrayList<>();
        Forum main = null;
        for (int si = 0; si < ctx.sentences.size(); si++) {
            Sentence s = ctx.sentences.get(si);
            boolean held = lexicon.contains(EventLexicon.Role.HELD, s.text()) || s.text().contains("参加") || s.text().contains("齐聚");
            List<int[]> spans = names(s.text());
            Forum firstHere = null;
            for (int[] sp : spans) {
                String name = s.text().substring(sp[0], sp[1]);
                Forum f = forums.stream().filter(x -> sameForum(x, name)).findFirst().orElse(null);
                if (f == null) {
                    if (!held) {
                        continue;
                    }
                    f = new Forum();
                    f.name = name;
                    f.firstSentence = si;
                    f.start = s.start();
                    f.end = s.end();
                    forums.add(f);
                } else if (fuller(name, f.name)) {
                    f.aliases.add(f.name);
                    f.name = name;
                } else if (!f.name.contains(name) && (held || key(name).equals(key(f.name)))) {
                    addAlias(f, name); // an alias is a name the article gives the forum it reports, not any passing mention
                }
                if (name.contains("暨")) {
                    for (String part : name.split("暨")) {
                        if (part.length() >= 2) {
                            addAlias(f, part);
                        }
                    }
                }
                if (firstHere == null) {
                    firstHere = f;
                }
            }
            boolean backReference = lexicon.words(EventLexicon.Role.BACK_REFERENCE).stream().anyMatch(s.text()::startsWith);
            Forum target = backReference && main != null ? main : firstHere;
            if (target != null && (held || backReference || firstHere == null)) {
                readDetails(ctx, si, target);
            } else if (firstHere == null && main != null && (refersToForum(s.text()) || (held && BARE_HEAD.matcher(s.text()).find()))) {
                readDetails(ctx, si, main);
            }
            if (firstHere != null && held) {
                main = firstHere;
            }
        }
        for (Forum f : forums) {
            finishDates(f);
        }
        for (Forum f : forums) {
            inferLocation(ctx, f, forums);
        }
        for (Forum f : forums) {
            finish(ctx, f);
        }
        return forums;
    }

    /** Adds an alias unless it is the name or a piece of another alias (a caption's truncated tail). */
    private static void addAlias(Forum f, String alias) {
        if (alias.equals(f.name) || f.aliases.stream().anyMatch(a -> a.contains(alias))) {
            return;
        }
        f.aliases.removeIf(alias::contains);
        f.aliases.add(alias);
    }

    /** A bare head noun (论坛在南宁闭幕): the forum already named. */
    private static final Pattern BARE_HEAD = Pattern.compile("(?:^|[,，])(?:论坛|大会|峰会|会议|对话会)");


    private static final Pattern THIS_FORUM = Pattern.compile("(本届|本次|此次|该|这次)(论坛|大会|活动|会议|峰会|对话)");
    private static final Pattern PARTICIPANT_COUNT = Pattern.compile("来自.{0,40}?\\d+(?:多)?(?:个|座|位|名)?(?:国家|城市|地区|代表|嘉宾|人)");
    private static final Pattern ANY_YEAR = Pattern.compile("\\d{4}");
    private static final Pattern SHORT_COUNTRY_COUNT = Pattern.compile("(\\d+)国(?!际|家|内|外)");
    private static final Pattern PEOPLE_COUNT = Pattern.compile("(\\d+)(?:余|多)?(?:位|名)");
    private static final Pattern PEOPLE_ATTENDING = Pattern.compile("(\\d+)(?:余|多)?人(?:参会|参加|出席|与会)");
    /** 甲协会、乙政府(等)联合在丙举办…论坛: the organisations opening a clause host what it holds. */
    private static final Pattern HOSTS_FIRST = Pattern.compile("(?:^|[,，])((?:Ⓞ(?:、|和|与|及)?)+)(?:等)?(?:联合|共同)?(?:在Ⓟ+)?(?:主办|举办|承办|共同举办|联合举办|共同主办)");
    private static final Pattern ONLY_SLOTS = Pattern.compile("[ⓅⓄⓇ、,，和与及]+");

    /** 本届论坛, 本次活动, 大会…, or the count of participants: a sentence about the forum last reported. */
    private static boolean refersToForum(String s) {
        return THIS_FORUM.matcher(s).find() || s.startsWith("大会") || s.startsWith("论坛")
                || s.contains("分议题") || s.contains("分论坛") || PARTICIPANT_COUNT.matcher(s).find();
    }

    /** Forum names in a sentence: quoted names with a forum head, then bare names ending in one. */
    List<int[]> names(String s) {
        List<int[]> out = new ArrayList<>();
        Matcher q = QUOTED.matcher(s);
        while (q.find()) {
            String inner = q.group(1);
            if ((lexicon.endsWith(EventLexicon.Role.FORUM_HEAD, inner) != null || endsWithHeadAndCity(inner)) && !inner.contains("、")) {
                out.add(new int[]{q.start(1), q.end(1)});
            }
        }
        for (String head : lexicon.words(EventLexicon.Role.FORUM_HEAD)) {
            for (int i = s.indexOf(head); i >= 0; i = s.indexOf(head, i + 1)) {
                int end = i + head.length();
                if (s.startsWith("中心", end) || s.startsWith("室", end) || s.startsWith("厅", end) || s.startsWith("馆", end)) {
                    continue; // 国际会议中心 is a venue
                }
                final int e0 = end;
                if (out.stream().anyMatch(o -> o[0] < e0 && e0 <= o[1])) {
                    continue;
                }
                int start = i;
                while (start > 0 && (NAME_STOP.indexOf(s.charAt(start - 1)) < 0 || s.startsWith("对话", start - 1))) {
                    start--; // 对 is a preposition, except in the head noun 对话
                }
                // …代表约300人参加论坛: a name starts after the last verb before its head
                String before = s.substring(start, i);
                int lastVerbEnd = 0;
                for (String v : lexicon.words(EventLexicon.Role.NAME_BREAK)) {
                    int at = before.lastIndexOf(v);
                    if (at >= 0) {
                        lastVerbEnd = Math.max(lastVerbEnd, at + v.length());
                    }
                }
                start += lastVerbEnd;
                // 合作与发展大会: a name may coordinate two abstract nouns; it goes on before the 与
                while (start >= 3 && "与和".indexOf(s.charAt(start - 1)) >= 0 && endsWithCoordinate(s.substring(0, start - 1))) {
                    int k = start - 1;
                    while (k > 0 && NAME_STOP.indexOf(s.charAt(k - 1)) < 0) {
                        k--;
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
                String name = s.substring(start, end);
                if (end - start <= head.length() + 1 || lexicon.endsWith(EventLexicon.Role.FORUM_HEAD, name.substring(0, name.length() - head.length())) != null && name.length() <= head.length() + 2) {
                    continue; // a bare head (论坛, 大会) refers to a forum, it does not name one
                }
                final int s0 = start;
                if (out.stream().anyMatch(o -> o[0] <= s0 && e0 <= o[1])) {
                    continue;
                }
                // keep the longest name ending at this head: 全体大会 inside 论坛全体大会
                out.removeIf(o -> o[1] == e0 && o[0] >= s0);
                out.add(new int[]{start, end});
            }
        }
        out.sort((a, b) -> a[0] - b[0]);
        return out;
    }

    private boolean endsWithCoordinate(String before) {
        return lexicon.endsWith(EventLexicon.Role.NAME_COORDINATE, before) != null;
    }

    /** 世界市长对话·上海: a forum head followed by an interpunct and a short place name. */
    private boolean endsWithHeadAndCity(String inner) {
        int dot = inner.lastIndexOf('·');
        return dot > 0 && inner.length() - dot <= 5 && lexicon.endsWith(EventLexicon.Role.FORUM_HEAD, inner.substring(0, dot)) != null;
    }

    private boolean sameForum(Forum f, String name) {
        String b = key(name);
        List<String> known = new ArrayList<>(List.of(f.name));
        known.addAll(f.aliases);
        for (String k : known) {
            String kk = key(k);
            // the same name, or one with a modifier in front (宁波国际友城市长对话会 / 国际友城市长对话会); a name
            // with more after it is a part of the forum (全球市长论坛全体大会), not the forum
            if (kk.equals(b) || (kk.length() >= 6 && b.length() >= 6 && (kk.endsWith(b) || b.endsWith(kk)))) {
                return true;
            }
            if (k.contains("暨") && List.of(k.split("暨")).stream().map(this::key).anyMatch(b::equals)) {
                return true;
            }
            if (name.contains("暨") && List.of(name.split("暨")).stream().map(this::key).anyMatch(key(k)::equals)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A forum's name without quotes or a leading year, and with 友好城市 in its standard short form 友城, for
     * matching the mentions of one forum (2024中国国际友城大会 is 2024中国国际友好城市大会).
     */
    private String key(String name) {
        return YEAR_PREFIX.matcher(CanonicalNames.surfaceForm(name)).replaceFirst("").replace("友好城市", "友城");
    }

    private static boolean fuller(String a, String b) {
        boolean ay = ANY_YEAR.matcher(a).find(), by = ANY_YEAR.matcher(b).find();
        if (ay != by) {
            return ay;
        }
        return a.length() > b.length();
    }

    private void readDetails(DocumentContext ctx, int si, Forum f) {
        Sentence s = ctx.sentences.get(si);
        String t = s.text();
        MaskedSentence ms = ctx.masked.get(si);
        DateResolver.DateMention d = ctx.bestDate(si);
        if (d != null && !(d.first() != null && d.first().length() == 4 && f.name.contains(d.first()))) {
            if (d.isSpan()) {
                f.b.start(d.spanStart()).end(d.spanEnd());
            } else if (t.contains("闭幕") && d.first() != null) {
                f.closeDate = d.first();
            } else if (t.contains("开幕") && d.first() != null) {
                f.openDate = d.first();
            } else if (f.b.date() == null && d.first() != null) {
                f.b.date(d.first());
            }
        }
        if (f.b.location() == null) {
            String loc = location(ms);
            if (loc != null) {
                f.b.location(loc);
            }
        }
        Matcher th = THEME.matcher(t);
        if (th.find() && (t.contains("主题") )) {
            f.b.theme(th.group(1));
        }
        List<String> topics = topics(t);
        if (!topics.isEmpty()) {
            f.b.topics(topics);
        }
        readCounts(t, f);
        List<String> organizers = organizers(ms);
        if (!organizers.isEmpty()) {
            f.b.organizers(organizers);
        }
        String venue = venue(t);
        if (venue != null) {
            f.b.venue(venue);
        }
        f.end = Math.max(f.end, s.end());
    }

    /** 在 + place (+ venue) + 举行/举办: the place; or 齐聚 + place. */
    private static String location(MaskedSentence ms) {
        String m = ms.masked();
        for (String cue : List.of("在", "于", "齐聚", "相聚", "聚首", "来到")) {
            for (int i = m.indexOf(cue); i >= 0; i = m.indexOf(cue, i + 1)) {
                int j = i + cue.length();
                int k = j;
                while (k < m.length() && m.charAt(k) == MaskedSentence.PLACE) {
                    k++;
                    // 保加利亚首都索非亚: the chain goes on through its capital
                    for (String link : List.of("首都", "首府", "省会")) {
                        if (m.startsWith(link, k) && k + 2 < m.length() && m.charAt(k + 2) == MaskedSentence.PLACE) {
                            k += 2;
                        }
                    }
                }
                if (k > j) {
                    MaskedSentence.Slot slot = ms.lastPlace(j, k);
                    if (slot != null && slot.entity().type() != EntityType.COUNTRY) {
                        return slot.entity().name();
                    }
                }
            }
        }
        return null;
    }

    private static final Pattern TOPIC_CLAUSE = Pattern.compile("((?:[“「][^”」]{2,40}[”」][和与、及,，]?\\s*){1,10})(?:等)?(?:\\d+|[一二三四五六七八九十两]+)?(?:个|场)?(?:为)?(?:分议题|议题|分论坛|平行论坛|专题论坛|主题论坛|分会场|圆桌会议|圆桌论坛|专题研讨|专场)");
    private static final Pattern TOPIC_INTRO = Pattern.compile("(?:设定|设置|设立|围绕|举行|以)((?:[“「][^”」]{2,40}[”」][和与、及,，]?\\s*){1,10})");
    private static final Pattern QUOTE = Pattern.compile("[“「]([^”」]{2,40})[”」]");

    /** 探讨和交流A以及B等议题, 聚焦A、B、C议题: topics written without quotation marks, listed with 以及/及/、. */
    private static final Pattern UNQUOTED_TOPICS = Pattern.compile(
            "(?:探讨|交流|围绕|聚焦|讨论|研讨|就)(?:和交流|和探讨|和讨论)?([^,，。;；“”「」]{8,120}?)(?:等(?:\\d+个|[一二三四五六七八九十两]个)?)?(?:议题|话题)");

    /** 分议题分别为 / 议题包括 / 设有…分论坛: the sub-topics follow, to the end of the sentence. */
    private static final Pattern TOPICS_AFTER = Pattern.compile(
            "(?:分议题|议题|分论坛|平行论坛|专题论坛|主题论坛)(?:分别|主要)?(?:为|是|包括|有|涵盖)[:：]?([^。;；]{4,200})");
    /** A、B、C三场分论坛 / 就A、B等议题: unquoted topics closed by a count or 等 and a topic head. */
    private static final Pattern UNQUOTED_COUNTED = Pattern.compile(
            "(?:举行|举办|设置|设立|设有|召开|包括|分为|就)了?([^,，。;；:：“”「」]{8,120}?)(?:等)?(?:\\d+|[两三四五六七八九十]+)(?:个|场)(?:分议题|议题|分论坛|平行论坛|专题论坛|主题论坛)");
    private static final Pattern LIST_SPLIT = Pattern.compile("以及|及|、|和|与|[,，]");

    /** The items of an unquoted list, when there are at least two and each looks like a title (4 to 30 characters). */
    private static List<String> listedTitles(String list) {
        List<String> parts = new ArrayList<>();
        for (String p : LIST_SPLIT.split(list.replaceAll("等$", ""))) {
            parts.add(p.trim());
        }
        return parts.size() >= 2 && parts.stream().allMatch(p -> p.length() >= 4 && p.length() <= 30) ? parts : List.of();
    }

    private static List<String> topics(String t) {
        List<String> out = topicsQuotedOrListed(t);
        if (out.isEmpty()) {
            Matcher a = TOPICS_AFTER.matcher(t);
            if (a.find()) {
                Matcher q = QUOTE.matcher(a.group(1));
                while (q.find()) {
                    out.add(q.group(1));
                }
                if (out.isEmpty()) {
                    String list = a.group(1).replaceAll("(?:等)?(?:\\d+|[两三四五六七八九十]+)?(?:个|场)?(?:分议题|议题|分论坛|平行论坛)?$", "");
                    out.addAll(listedTitles(list));
                }
            }
        }
        if (out.isEmpty()) {
            Matcher c = UNQUOTED_COUNTED.matcher(t);
            if (c.find()) {
                out.addAll(listedTitles(c.group(1)));
            }
        }
        return out;
    }

    private static List<String> topicsQuotedOrListed(String t) {
        List<String> out = new ArrayList<>();
        Matcher m = TOPIC_CLAUSE.matcher(t);
        while (m.find()) {
            Matcher q = QUOTE.matcher(m.group(1));
            while (q.find()) {
                out.add(q.group(1));
            }
        }
        if (out.isEmpty()) {
            Matcher u = UNQUOTED_TOPICS.matcher(t);
            if (u.find()) {
                List<String> parts = List.of(u.group(1).split("以及|及|、"));
                if (parts.size() >= 2 && parts.stream().allMatch(p -> p.length() >= 4)) {
                    out.addAll(parts);
                }
            }
        }
        return out;
    }

    private static void readCounts(String t, Forum f) {
        if (!(t.contains("来自") || t.contains("参会") || t.contains("与会") || t.contains("出席") || t.contains("齐聚") || t.contains("参加"))) {
            return;
        }
        Event known = f.b.build();
        if (known.countries() != null || known.cities() != null || known.attendees() != null || known.delegations() != null) {
            return; // the first report of who came is the forum's; later figures are of a part of it
        }
        Matcher m = COUNTRIES.matcher(t);
        Matcher shortForm = SHORT_COUNTRY_COUNT.matcher(t);
        if (m.find()) {
            f.b.countries(Integer.parseInt(m.group(1)));
        } else if (shortForm.find()) {
            f.b.countries(Integer.parseInt(shortForm.group(1))); // 东盟10国
        }
        m = DELEGATIONS.matcher(t);
        if (m.find()) {
            f.b.delegations(Integer.parseInt(m.group(1)));
        }
        m = CITIES.matcher(t);
        while (m.find()) {
            int after = m.end();
            if (!t.startsWith("代表团", after) && !t.substring(after, Math.min(t.length(), after + 6)).contains("代表团")) {
                f.b.cities(Integer.parseInt(m.group(1)));
                break;
            }
        }
        Matcher a = PEOPLE_COUNT.matcher(t);
        Matcher b = PEOPLE_ATTENDING.matcher(t);
        if (a.find()) {
            f.b.attendees(Integer.parseInt(a.group(1)));
        } else if (b.find()) {
            f.b.attendees(Integer.parseInt(b.group(1)));
        }
    }

    /** 主办单位:A、B / 承办单位为C: a labelled list of hosts (协办, 支持 and 指导 bodies are not hosts). */
    private static final Pattern HOSTS_LABELLED = Pattern.compile(
            "(?:主办|承办)(?:单位|方)(?:为|是|包括|有)?[:：]?((?:Ⓞ(?:、|,|，|和|与|及|\\s)*)+)");

    /** Every host the sentence names: 由…主办 or A主办 (see {@link #hostsBy}), then 主办单位: lists. */
    private List<String> organizers(MaskedSentence ms) {
        List<String> out = new ArrayList<>(hostsBy(ms));
        String m = ms.masked();
        for (Pattern p : List.of(HOSTS_LABELLED)) {
            Matcher h = p.matcher(m);
            while (h.find()) {
                for (MaskedSentence.Slot s : ms.slots(h.start(1), h.end(1))) {
                    if (s.entity().type() == EntityType.ORGANIZATION && !out.contains(s.entity().name())) {
                        out.add(s.entity().name());
                    }
                }
            }
        }
        return out;
    }

    /** 由 A、B、C 共同举办: the organisations and places between 由 and the hosting verb. */
    private List<String> hostsBy(MaskedSentence ms) {
        String m = ms.masked();
        int by = m.indexOf('由');
        if (by < 0) {
            Matcher h = HOSTS_FIRST.matcher(m);
            if (!h.find()) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (MaskedSentence.Slot s : ms.slots(h.start(1), h.end(1))) {
                if (s.entity().type() == EntityType.ORGANIZATION) {
                    out.add(s.entity().name());
                }
            }
            return out;
        }
        int[] verb = lexicon.find(EventLexicon.Role.ORGANIZE, m, by);
        if (verb == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        String between = m.substring(by + 1, verb[0]);
        if (!ONLY_SLOTS.matcher(between).matches()) {
            return List.of();
        }
        for (MaskedSentence.Slot s : ms.slots(by + 1, verb[0])) {
            if (s.entity().type() != EntityType.PERSON) {
                out.add(s.entity().name());
            }
        }
        return out;
    }

    private String venue(String t) {
        for (String head : lexicon.words(EventLexicon.Role.VENUE_HEAD)) {
            int i = t.indexOf(head);
            if (i < 0) {
                continue;
            }
            int at = t.lastIndexOf('在', i);
            if (at < 0 || i - at > 20) {
                continue;
            }
            String v = t.substring(at + 1, i + head.length());
            // drop the city that comes first: 在广州越秀国际会议中心 → 越秀国际会议中心
            String rest = t.substring(i + head.length());
            if (!(rest.startsWith("举行") || rest.startsWith("举办") || rest.startsWith("召开") || rest.startsWith("开幕") || rest.startsWith("闭幕"))) {
                continue;
            }
            return v;
        }
        return null;
    }

    /**
     * Where no sentence says where a forum was held: the place of a related forum (one name containing the
     * other, 全球市长论坛 and its 全体大会), else — for a forum reported with a date — the city its name carries.
     */
    private static void inferLocation(DocumentContext ctx, Forum f, List<Forum> all) {
        if (f.b.location() != null) {
            return;
        }
        String bare = f.name.replaceFirst("^\\d{4}年?", "");
        for (Forum o : all) {
            String ob = o.name.replaceFirst("^\\d{4}年?", "");
            if (o != f && o.b.location() != null && (ob.contains(bare) || bare.contains(ob))) {
                f.b.location(o.b.location());
                return;
            }
        }
        Event built = f.b.build();
        if (built.date() == null && built.start() == null) {
            return;
        }
        int best = Integer.MAX_VALUE, named = 0;
        for (Entity e : ctx.entities) {
            int at = f.name.indexOf(e.name());
            if (e.type() == EntityType.CITY && at >= 0) {
                named++;
                if (at < best) {
                    best = at;
                    f.b.location(e.name());
                }
            }
        }
        String dateline = ctx.datelineCity();
        if (named > 1 && dateline != null && f.name.contains(dateline)) {
            f.b.location(dateline); // 台北上海城市论坛 alternates between its cities: the dateline says which
        }
    }

    private static void finishDates(Forum f) {
        if (f.openDate != null && f.closeDate != null && !f.openDate.equals(f.closeDate)) {
            f.b.start(f.openDate).end(f.closeDate);
        } else if (f.b.date() == null && f.openDate != null) {
            f.b.date(f.openDate);
        } else if (f.b.date() == null && f.closeDate != null) {
            f.b.date(f.closeDate);
        }
    }

    private void finish(DocumentContext ctx, Forum f) {
        if (f.b.date() == null && f.b.build().start() == null) {
            Matcher y = YEAR_PREFIX.matcher(f.name);
            if (y.find()) {
                f.b.date(y.group(1)); // only the year the name gives (2023上海国际友好城市合作论坛)
            }
        }
        String venue = f.b.build().venue();
        if (venue != null && f.b.location() != null && venue.startsWith(f.b.location())) {
            String v = venue.substring(f.b.location().length());
            f.b.venue(v.startsWith("市") ? v.substring(1) : v);
        }
        f.aliases.remove(f.name);
        f.b.name(f.name).aliases(new ArrayList<>(f.aliases)).evidence(new Span(f.start, f.end));
    }
}
