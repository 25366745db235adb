package dev.newsie.events;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A forum's hosts (GOLD.md §3 `organizers`: 主办, 承办, 共同举办) from one masked sentence. Every clause of the
 * form [由] A、B和C [共同/联合] + a hosting verb (`ORGANIZE` in the lexicon) names hosts, so a sentence that
 * chains them (由A、B共同主办, C承办, D协办) gives A, B and C; and a labelled list (主办单位: A、B / 承办单位为C)
 * does too. 协办, 支持 and 指导 bodies are not hosts: their verbs are not hosting verbs. A place is a host after 由
 * (由甲市政府和乙市主办) or as the subject of a hosting verb whose object is the forum (甲市承办大会); a place after 在
 * or 于 before 举办 is where, not who. Thread-safe.
 */
final class ForumHosts {
    /** Words that may stand between the hosts and the verb: 联合主办, 发起并主办, 等单位共同主办. */
    private static final List<String> MODIFIERS = List.of("发起并", "联合", "共同", "携手", "发起", "负责", "等单位", "等机构", "等",
            // 甲县亦成功举办, 甲协会还曾主办: the adverbs of addition, of time and of manner a subject may take before its verb
            "也", "亦", "还", "又", "曾", "已", "再次", "再度", "首次", "首度", "成功", "隆重");
    private static final String SEPARATORS = "、,，和与及";
    /**
     * 由甲协会等四方联合主办, 甲等5家单位共同主办: the hosts named, then a count of all of them; the count stands
     * between the named hosts and the verb like 等单位 does.
     */
    private static final Pattern COUNT_OF_HOSTS = Pattern.compile(
            "等(?:\\d+|[一二两三四五六七八九十]+)(?:方|家|个)(?:单位|机构|部门)?$");
    /**
     * 今天在某某大礼堂, 15日在某酒店: a time word, then 在 and a venue, ending right before a hosting verb. The venue may
     * be left out (甲市政府今（21）日举办, read as 今日(21日), 甲协会15日举办): the time alone
     * stands between the host and the verb.
     */
    private static final Pattern TIME_AND_VENUE_BEFORE_VERB = Pattern.compile(
            "(?:(?:今天|今日|昨天|昨日)(?:[（(]\\d{1,2}日?[）)])?|日前|近日|当天|[今昨][（(]\\d{1,2}[）)]日|\\d{1,2}日)(?:上午|下午|晚间|晚上)?(?:在[^,，。;；、:：“”「」]{2,24})?$");
    /** Verbs that join two hosts of one event (甲携手乙举办, 甲联合乙主办, 甲联同乙合办). */
    private static final List<String> JOINERS = List.of("携手", "联合", "联同", "会同", "以及");
    /** What may stand before a list of hosts: a clause's start or 由. */
    private static final String BOUNDARY = ",，;；:：。、由（(";
    private static final Pattern LABELLED = Pattern.compile(
            "(?:主办|承办|联合主办|共同主办)(?:单位|方|机构)(?:为|是|包括|有)?[:：]?((?:Ⓞ(?:、|,|，|和|与|及|\\s)*)+)");

    /**
     * 甲作为主办方, 乙为承办单位: a body named with the role it plays (作为/为/是 + 主办方, 承办单位) hosts; a role
     * word that is no host's (协办方, 支持单位) is not read.
     */
    private static final Pattern AS_HOST = Pattern.compile(
            "(Ⓞ)(?:作为|为|是)(?:本次|本届|此次)?(?:论坛|大会|峰会|会议|活动)?(?:的)?(?:主办|承办|联合主办|共同主办)(?:方|单位|机构)");

    /**
     * 我会与甲、乙共同主办: an association's own release names itself first by 我会/本会 (我院, 我校…), joined to
     * the other hosts by 与/和/同; after 是 (大会是我会与甲共同主办) the list opens as after 由.
     */
    private static final Pattern SELF_FIRST = Pattern.compile("(?:^|[,，;；:：。由是])((?:我|本)(?:会|协会|院|校|局|委|办))[与和同及、]$");

    /** 倡议并主办, 策划并承办: another verb of the hosts joined to the hosting verb by 并. */
    private static final Pattern VERB_AND = Pattern.compile("[\\u4e00-\\u9fff]{2}并$");
    /** Words that do not stand inside an organisation's name: a clause of place, time or manner. */
    private static final Pattern NOT_A_NAME = Pattern.compile("[的在于将已曾]|今天|昨天|日前|近日|成功|隆重");
    /**
     * 两市政府, 双方政府, 该市政府, 当地政府, 各成员城市: a body pointed at or counted, not named (GOLD.md §7 labels
     * bare references only by the full name the article implies, which this run does not give).
     */
    private static final Pattern POINTING = Pattern.compile("^(?:两|双|该|当地|本|我|各|中外|有关|相关|多|其|此|这)");
    /** How long an unrecognised host's name may be, in characters. */
    private static final int HOST_NAME_MAX = 30, HOST_NAME_MIN = 4;

    private final List<String> verbs;
    /**
     * 由甲市发起的乙论坛, 甲协会创立了乙论坛: verbs of founding (`FOUND`), which name the founder of what they govern; the
     * founder of a forum hosts it (as 共同发起, a hosting verb, says), of anything else (发起倡议) it does not.
     */
    private final List<String> founding;
    private final List<String> forumHeads;
    /** Head nouns of the bodies that host forums and are missing from the general list (`HOST_HEAD`: 联络会, 知事会). */
    private final List<String> hostHeads;
    private final List<String> forumBodies;
    private final List<String> venueHeads;
    /** Activities beside a forum (`SIDE_EVENT`: 图片展, 晚宴, 签约仪式) whose hosts are their own. */
    private final List<String> sideEvents;
    private final List<String> anyForumHead;

    ForumHosts(EventLexicon lexicon) {
        List<String> v = new ArrayList<>(lexicon.words(EventLexicon.Role.ORGANIZE));
        v.sort(Comparator.comparingInt(String::length).reversed());
        this.verbs = v;
        this.founding = lexicon.words(EventLexicon.Role.FOUND);
        this.forumHeads = lexicon.words(EventLexicon.Role.FORUM_HEAD);
        this.hostHeads = lexicon.words(EventLexicon.Role.HOST_HEAD);
        this.forumBodies = lexicon.words(EventLexicon.Role.FORUM_BODY);
        this.venueHeads = lexicon.words(EventLexicon.Role.VENUE_HEAD);
        this.sideEvents = lexicon.words(EventLexicon.Role.SIDE_EVENT);
        List<String> heads = new ArrayList<>(forumHeads);
        heads.addAll(lexicon.words(EventLexicon.Role.MEETING_HEAD));
        this.anyForumHead = heads;
    }

    /** The hosts the sentence names, in order of mention, without repeats. */
    List<String> hosts(MaskedSentence ms) {
        String m = ms.masked();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < m.length(); i++) {
            String hosting = wordAt(verbs, m, i), verb = hosting != null ? hosting : wordAt(founding, m, i);
            if (verb == null) {
                continue;
            }
            boolean founded = hosting == null;
            boolean relative = namesTheForum(m, i + verb.length()), object = forumIsTheObject(m, i + verb.length());
            if ((!founded || relative || object) && !hostsASideEvent(m, i, i + verb.length())) {
                addHostsBefore(ms, i, out, relative, object);
            }
            i += verb.length() - 1;
        }
        Matcher as = AS_HOST.matcher(m);
        while (as.find()) {
            for (MaskedSentence.Slot s : ms.slots(as.start(1), as.end(1))) {
                add(out, s, false);
            }
        }
        Matcher h = LABELLED.matcher(m);
        while (h.find()) {
            if (hostsASideEvent(m, h.start(), h.start())) {
                continue;
            }
            for (MaskedSentence.Slot s : ms.slots(h.start(1), h.end(1))) {
                add(out, s, false);
            }
        }
        return out;
    }

    /**
     * Whether the hosting verb at [verb, after) is told of an activity beside the forum rather than the forum:
     * that activity is named after the last forum head before the verb (论坛期间还举办了文化之夜,活动由甲承办;
     * 同期举办的图片展由乙主办), or the verb opens a relative clause of one (参观了由丙举办的成果展).
     */
    private boolean hostsASideEvent(String m, int verb, int after) {
        int forum = lastIndexOfAny(m.substring(0, verb), anyForumHead);
        int side = lastSideEventOutsideAVenue(m.substring(0, verb));
        if (side > forum) {
            return true;
        }
        if (after < m.length() && m.charAt(after) == '的') {
            int stop = after + 1;
            while (stop < m.length() && ",，。;；:：!！?？".indexOf(m.charAt(stop)) < 0) {
                stop++;
            }
            String object = m.substring(after + 1, stop);
            int sideIn = firstIndexOfAny(object, sideEvents);
            int forumIn = firstIndexOfAny(object, anyForumHead);
            return sideIn >= 0 && (forumIn < 0 || sideIn < forumIn);
        }
        return false;
    }

    /** 展览馆, 展览中心, 晚会厅: a side event's word that opens a venue's head names the building, not an activity. */
    private static final Pattern VENUE_AFTER_SIDE_WORD = Pattern.compile("^(?:馆|中心|厅|大厅|大楼)");

    /**
     * Where the last side event's word stands, or -1; one that opens a venue's name (在甲南港展览馆开幕,由乙主办) is
     * where the forum was held, and the hosts after it are the forum's.
     */
    private int lastSideEventOutsideAVenue(String s) {
        int best = -1;
        for (String w : sideEvents) {
            for (int at = s.lastIndexOf(w); at >= 0; at = at == 0 ? -1 : s.lastIndexOf(w, at - 1)) {
                if (!VENUE_AFTER_SIDE_WORD.matcher(s.substring(at + w.length())).lookingAt()) {
                    best = Math.max(best, at);
                    break;
                }
            }
        }
        return best;
    }

    private static int lastIndexOfAny(String s, List<String> words) {
        int best = -1;
        for (String w : words) {
            best = Math.max(best, s.lastIndexOf(w));
        }
        return best;
    }

    private static int firstIndexOfAny(String s, List<String> words) {
        int best = -1;
        for (String w : words) {
            int at = s.indexOf(w);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    /** The word of {@code words} the masked sentence holds at {@code i}, or null. */
    private static String wordAt(List<String> words, String m, int i) {
        for (String v : words) {
            if (m.startsWith(v, i)) {
                return v;
            }
        }
        return null;
    }

    /**
     * 2019年甲协会举办的第五届乙论坛 / 同年甲县举办第五届乙论坛: a relative clause before the forum's name ([在] time + hosts
     * + verb + 的), or a clause whose object is the forum, states its hosts though a time (or the occasion pointed at,
     * 此次), not a clause break, stands before them; the object holds a forum head before any clause break.
     */
    private static final Pattern TIME_BEFORE_HOSTS = Pattern.compile(
            "(?:^|[在于,，;；:：。])(?:\\d{4}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?|\\d{1,2}月(?:\\d{1,2}日)?|\\d{1,2}日|今年|去年|同年|当年|次年|当天|当日|日前|近日"
            // 此次甲市承办大会: the occasion pointed at, as a time word, before the subject
            + "|此次|这次|本次|本届|这届)$");

    /**
     * 由六省省会城市政府以及甲协会主办, 由两市政府和甲协会联合主办: a 由 list may open with bodies counted, not named (a
     * numeral before the kind of place whose bodies they are); the named hosts after it, joined by 以及/和/与/及/、,
     * are hosts all the same. Matches the list's start up to the separator before the named hosts.
     */
    private static final Pattern COUNTED_ITEM_AFTER_BY = Pattern.compile(
            "由[^,，;；。:：、由]*?(?:\\d+|[一二两三四五六七八九十]+)个?(?:省|市|国|县|区|州|方|地)[^,，;；。:：、由]*?(?:以及|[、和与及])$");
    /** 五省省会城市政府, 两市政府: a body named by counting the places it stands for is no host named (see above). */
    private static final Pattern COUNTED_BODY = Pattern.compile("(?:\\d+|[一二两三四五六七八九十]+)个?(?:省|市|国|县|区|州|地)");

    private boolean namesTheForum(String m, int after) {
        if (after >= m.length() || m.charAt(after) != '的') {
            return false;
        }
        int stop = after + 1;
        while (stop < m.length() && ",，。;；:：!！?？".indexOf(m.charAt(stop)) < 0) {
            stop++;
        }
        return firstIndexOfAny(m.substring(after + 1, stop), anyForumHead) >= 0;
    }

    /**
     * 甲市主办论坛 / 甲县亦成功举办了第16届乙论坛: the hosting verb's object, up to its clause's end, names a forum
     * before any activity beside one.
     */
    private boolean forumIsTheObject(String m, int after) {
        int from = after < m.length() && m.charAt(after) == '了' ? after + 1 : after;
        int stop = from;
        while (stop < m.length() && ",，。;；:：!！?？".indexOf(m.charAt(stop)) < 0) {
            stop++;
        }
        String object = m.substring(from, stop);
        int forumIn = firstIndexOfAny(object, anyForumHead);
        int sideIn = firstIndexOfAny(object, sideEvents);
        return forumIn >= 0 && (sideIn < 0 || forumIn < sideIn);
    }

    /**
     * The run of hosts ending just before a hosting verb at {@code verb}, if a clause opens it. A place hosts after 由,
     * or as the subject of a verb whose object is the forum (甲市承办大会; 甲县举办的第二届论坛): then it is who, not
     * where, since a place that is where stands after 在 or 于.
     */
    private void addHostsBefore(MaskedSentence ms, int verb, List<String> out, boolean relativeOfForum, boolean forumObject) {
        String m = ms.masked();
        int j = verb;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String mod : MODIFIERS) {
                if (j >= mod.length() && m.startsWith(mod, j - mod.length())) {
                    j -= mod.length();
                    changed = true;
                }
            }
            Matcher counted = COUNT_OF_HOSTS.matcher(m.substring(0, j));
            if (counted.find()) {
                j = counted.start();
                changed = true;
            }
            // 甲市政府今天在甲市政府大礼堂举办: a time and a venue between the host and the verb are when and where
            Matcher at = TIME_AND_VENUE_BEFORE_VERB.matcher(m.substring(0, j));
            if (at.find() && at.start() > 0 && isSlot(m.charAt(at.start() - 1))) {
                j = at.start();
                changed = true;
            }
            // 由甲协会在乙市举办: the place between the hosts and the verb is where it was held
            int k = j;
            while (k > 0 && m.charAt(k - 1) == MaskedSentence.PLACE) {
                k--;
            }
            if (k < j && k > 0 && m.charAt(k - 1) == '在') {
                j = k - 1;
                changed = true;
            }
            Matcher and = VERB_AND.matcher(m.substring(0, j));
            if (and.find()) {
                j = and.start(); // 由甲市人民政府倡议并主办
                changed = true;
            }
        }
        int k = j;
        List<int[]> unrecognised = new ArrayList<>();
        List<Integer> afterSeparators = new ArrayList<>();
        while (k > 0) {
            if (k >= 3 && m.startsWith("以及", k - 2) && isSlot(m.charAt(k - 3))) {
                afterSeparators.add(k);
                k -= 2; // 甲以及乙: 以及 joins two hosts as 和 does (its 及 alone would leave 以 ending no name)
                continue;
            }
            if (SEPARATORS.indexOf(m.charAt(k - 1)) >= 0) {
                afterSeparators.add(k);
            }
            if (isSlot(m.charAt(k - 1)) || SEPARATORS.indexOf(m.charAt(k - 1)) >= 0
                    || (k >= 2 && dev.newsie.canon.PlaceLevelWords.isCommon(m.charAt(k - 1)) && m.charAt(k - 2) == MaskedSentence.PLACE)) {
                k--; // a place's suffix the recogniser left outside its name (北九州|市) is still the place
                continue;
            }
            int named = unrecognisedHostStart(ms, k);
            if (named >= 0) {
                unrecognised.add(new int[]{named, k});
                k = named;
                continue;
            }
            int at = k;
            String joiner = JOINERS.stream().filter(w -> m.startsWith(w, at - w.length())).findFirst().orElse(null);
            if (joiner == null || at - joiner.length() == 0 || !isSlot(m.charAt(at - joiner.length() - 1))) {
                break;
            }
            k -= joiner.length(); // 甲携手乙举办: a verb joining two hosts
        }
        while (k < j && SEPARATORS.indexOf(m.charAt(k)) >= 0) {
            k++;
        }
        Matcher self = SELF_FIRST.matcher(m.substring(0, k));
        boolean selfFirst = k < j && self.find();
        if (selfFirst) {
            k = self.start(1) + self.group(1).length() + 1; // (由/是)我会与甲、乙共同主办: the writer's own body opens the list
        }
        boolean timedRelative = (relativeOfForum || forumObject) && k > 0 && TIME_BEFORE_HOSTS.matcher(m.substring(0, k)).find();
        boolean afterCounted = false;
        if (!selfFirst && !timedRelative && k > 0 && BOUNDARY.indexOf(m.charAt(k - 1)) < 0) {
            for (int i = afterSeparators.size() - 1; i >= 0 && !afterCounted; i--) {
                int after = afterSeparators.get(i); // the leftmost separator first: the walk recorded them right to left
                if (after >= k && COUNTED_ITEM_AFTER_BY.matcher(m.substring(0, after)).find()) {
                    k = after;
                    afterCounted = true;
                }
            }
            while (k < j && SEPARATORS.indexOf(m.charAt(k)) >= 0) {
                k++;
            }
        }
        if (k >= j || (!selfFirst && !timedRelative && !afterCounted && k > 0 && BOUNDARY.indexOf(m.charAt(k - 1)) < 0)) {
            return;
        }
        boolean placesHost = (k > 0 && m.charAt(k - 1) == '由') || afterCounted || relativeOfForum || forumObject;
        int from = k;
        List<int[]> runs = new ArrayList<>(unrecognised);
        runs.sort(Comparator.comparingInt(r -> r[0]));
        for (int[] r : runs) {
            if (r[0] < from) {
                continue;
            }
            for (MaskedSentence.Slot s : ms.slots(from, r[0])) {
                add(out, s, placesHost);
            }
            String text = ms.sentence().text();
            String name = text.substring(ms.textOffset(r[0]) - ms.sentence().start(), ms.textOffset(r[1]) - ms.sentence().start()).strip();
            if (!out.contains(name)) {
                out.add(name);
            }
            from = r[1];
        }
        for (MaskedSentence.Slot s : ms.slots(from, j)) {
            add(out, s, placesHost);
        }
    }

    /**
     * 由甲国际友好联络会和乙—丙中心共同主办: in the run of hosts a name the recogniser missed is still a host when
     * it ends in a head noun of the bodies that host such meetings and that the recogniser lacks (`HOST_HEAD`:
     * 联络会, 知事会, 联席会), in the organ that runs a forum (`FORUM_BODY`: 甲论坛常设秘书处) or in 中心 that is no
     * venue, and holds no forum head. Names ending in the general heads (局, 议会) are left to the recogniser: on
     * the development set's checked half such a name read here was no host of the forum (round 8). Returns where the name starts
     * (after a separator, 由 or a clause break), or -1. A place or country inside it (Ⓟ全国知事会) stays inside.
     */
    private int unrecognisedHostStart(MaskedSentence ms, int end) {
        String m = ms.masked();
        int b = end;
        // an organisation recognised inside a longer name (Ⓞ中心 for 中国—东盟中心) is part of it; a person never is
        while (b > 0 && end - b < HOST_NAME_MAX && m.charAt(b - 1) != MaskedSentence.PERSON) {
            char c = m.charAt(b - 1);
            boolean openingInside = (c == '(' || c == '（') && m.substring(b, end).matches("^[^()（）]*[)）].*");
            if (!openingInside && (SEPARATORS.indexOf(c) >= 0 || BOUNDARY.indexOf(c) >= 0)) {
                break; // 甲论坛(某市)常设秘书处: a bracket closed inside the name is part of it
            }
            b--;
        }
        if (end - b < HOST_NAME_MIN || (b > 0 && SEPARATORS.indexOf(m.charAt(b - 1)) < 0 && BOUNDARY.indexOf(m.charAt(b - 1)) < 0)) {
            return -1;
        }
        String name = m.substring(b, end);
        // heads are read on the text: a place cut out of the name (日本|全国市|长会) hides them in the masked form
        String text = ms.sentence().text().substring(ms.textOffset(b) - ms.sentence().start(), ms.textOffset(end) - ms.sentence().start());
        boolean runsAForum = forumBodies.stream().anyMatch(text::endsWith); // 甲论坛常设秘书处
        if (name.chars().allMatch(c -> c == MaskedSentence.PLACE) || NOT_A_NAME.matcher(name).find() || POINTING.matcher(text).find()
                || (!runsAForum && forumHeads.stream().anyMatch(text::contains))) {
            return -1; // 论坛于某中心举办, 在某地举办: where and when, not who
        }
        // 甲—乙中心 hosts; 国际会议中心, 会展中心 are venues (`VENUE_HEAD`), never hosts
        boolean centre = text.endsWith("中心") && venueHeads.stream().noneMatch(v -> v.length() > 2 && text.endsWith(v));
        boolean head = hostHeads.stream().anyMatch(text::endsWith) || runsAForum || centre;
        return head ? b : -1;
    }

    private static boolean isSlot(char c) {
        return c == MaskedSentence.ORG || c == MaskedSentence.PLACE || c == MaskedSentence.PERSON;
    }

    private static void add(List<String> out, MaskedSentence.Slot s, boolean placesToo) {
        EntityType t = s.entity().type();
        if (t == EntityType.ORGANIZATION && COUNTED_BODY.matcher(s.entity().name()).find()) {
            return;
        }
        boolean host = t == EntityType.ORGANIZATION || (placesToo && t != EntityType.PERSON && t != EntityType.COUNTRY);
        if (host && !out.contains(s.entity().name())) {
            out.add(s.entity().name());
        }
    }
}
