package dev.newsie.events;

import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;
import dev.newsie.model.EventBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The giver of an award: the bodies (or the place) the text says set it up or confer it — written next to
 * the award, 由…颁发, 甲协会、乙联合会评选出…颁发, “X奖”是甲授予的.
 */
final class AwardGivers {
    private AwardGivers() {
    }

    /** 为表彰…而: a purpose clause between the body and its verb of setting up or conferring (甲政府为表彰…而设立). */
    static final String PURPOSE = "(?:为(?:了)?(?:表彰|鼓励|感谢|奖励|表扬)[^。;；“\"「『]{1,60}?而?)?";

    /** 9日上午, 昨天, 今(8)日 (今日(8日) once normalised), 周一, 日前: when, written between the body and its verb (甲市政府9日颁发). */
    static final String WHEN = "(?:\\d{1,2}日|(?:今|昨|前)?[(（]\\d{1,2}[)）]日|(?:周|星期)[一二三四五六日天]|今天|今日|昨天|昨日|日前|近日|当天|当日)?"
            + "(?:[(（]\\d{1,2}日[)）])?(?:上午|下午|晚上|晚间|晚)?";

    /** 颁赠, 致赠, 颁给, 颁予, 授与: the verbs of handing an honour over (Taiwan's and Hong Kong's usage among them). */
    static final String HANDED = "颁赠|致赠|颁给|颁予|授与";

    /** 甲人大常委会决定授予 / 经审议决定: the body's decision before its verb of conferring. */
    static final String DECIDED = "(?:审议|研究)?决定|(?:审议|研究)通过[,，]?";

    /** Bodies named together: 甲协会、乙联合会 / 甲协会和乙联合会. */
    static final String BODIES = "Ⓞ(?:(?:、|和|与|及|以及)Ⓞ)*";

    /** 甲协会设立的“X奖” / 甲协会颁发“X奖” / 由甲协会颁发: the body that gives the award, written next to it. */
    static final Pattern GIVER_BEFORE_AWARD = Pattern.compile(
            "(" + BODIES + "|Ⓟ+)(?:人民政府|政府)?" + WHEN + "(?:于[^。,，“\"「『ⓅⓄⓇ]{1,12}?)?" + PURPOSE
            + "(?:共同|联合)?(?:设立|颁发|授予|颁授|评选|评定|" + HANDED + ")(?:了)?的?[“\"「『]?$");

    /** 向/为/给 and the names listed after it, up to where the run before the verb starts: those names receive. */
    private static final Pattern OBJECT_OF_GIVING = Pattern.compile("(?:向|为|给)(?:[ⓅⓄⓇ]+(?:、|和|与|及|以及))*$");

    static final Pattern GIVER_BY = Pattern.compile(
            "由(" + BODIES + "|Ⓟ+)(?:政府)?(?:于[^。,，]{1,12}?)?(?:共同|联合)?(?:颁发|授予|颁授|设立|评选|创立|创设|设置|发起|" + HANDED + ")");

    /**
     * 甲协会、乙联合会评选出…,分别颁发“X奖”与“Y奖” / 甲协会向来自20个国家的专家颁发X奖: bodies that open a
     * clause and are the subject of its verb of conferring, the award following in the same clause.
     */
    /** “X”是甲市授予…的 / X奖由甲协会于2010年设立 / X奖是甲协会设立的: the award defined by who gives it. */
    static final Pattern GIVER_DEFINED = Pattern.compile(
            "^[”\"」』]?(?:称号|奖项)?(?:是|系|为)?由?(" + BODIES + "|Ⓟ+)(?:人民政府|政府)?(?:于[^。,，]{1,12}?)?" + PURPOSE
            + "(?:共同|联合)?(?:授予|颁发|颁授|设立|创立|创设|设置)");

    /** 甲政府(在乙市)举行仪式,向…颁发: the body holds the ceremony at which it confers the award. */
    private static final String CEREMONY_HELD = "(?:(?:在[^,，。;；向]{1,12}?)?(?:举行|举办|召开)了?(?:隆重的?|简短的?)?" + ReaderWords.CEREMONY_VERBS.alternation("giver-held") + "?(?:仪式|典礼|大会)[,，]?)";

    // the clause may open right after a dateline's byline bracket (…电(记者乙)甲省政府27日向…), the day between body and verb
    static final Pattern GIVER_SUBJECT = Pattern.compile(
            "(?:^|[,，:：;；)）\\s]|日|上|中)(" + BODIES + ")" + WHEN + CEREMONY_HELD + "?(?:共同|联合|还|也|首次|正式|分别)?(?:" + DECIDED + ")?(?:评选出了?|评出了?|表彰了?|向|为|给|颁发|颁授|授予|" + HANDED + ")"
            + "[^。;；]{0,120}?(?:颁发|颁授|授予|" + HANDED + ")?(?:了)?[^。;；向]{0,40}$");

    /**
     * 甲市人民政府举行“…”称号授予仪式 / 甲市22日在市政厅举行仪式,授予… / 甲政府舉行頒獎典禮: the body (or place) that opens a
     * clause and holds a ceremony of conferring — the giver of the awards the report names from there on.
     */
    static final Pattern CEREMONY_HOST = Pattern.compile(
            "(?:^|[,，;；:：)）\\s])(" + BODIES + "|Ⓟ+|(?:我|本)[市省])(?:人民政府|政府)?" + WHEN + "(?:在(Ⓟ*)[^,，。;；ⓅⓄⓇ]{0,12}?)?(?:隆重)?举行了?"
            + "(?:[^,，。;；]{0,30}?" + ReaderWords.CEREMONY_VERBS.alternation("host") + "(?:仪式|典礼|大会|晚会)|(?:隆重的?)?(?:仪式|典礼)[,，]?(?:授予|颁授|颁发|颁赠|向|为|[^。;；]{0,80}?被授予))");

    /**
     * “2031年甲市授予荣誉市民称号”大会, 乙省人民政府颁授荣誉称号仪式: a ceremony named for its act, the place or body
     * conferring the title written as the subject inside the ceremony's name.
     */
    static final Pattern CEREMONY_NAMED_FOR_ITS_GIVER = Pattern.compile(
            "(" + BODIES + "|Ⓟ+)(?:人民政府|政府)?(?:授予|颁授|颁发)([^,，。;；“”「」ⓅⓄⓇ]{2,16}?)称号[”」』\"]?(?:大会|仪式|典礼)");

    /** 我市, 本省: local media name their own place so; it holds the ceremony as a named place would. */
    private static final Pattern HOME_PLACE = Pattern.compile("^(?:我|本)([市省])$");

    /** The giver and the ceremony's place a sentence names by {@link #CEREMONY_HOST}; null if it names none. */
    /**
     * 甲政府公布…,向下列人士及实体颁授勋章 / 甲政府(根据乙委员会的建议)决定向以下个人授予: the body conferring on those the
     * lines below list (no ceremony, no place).
     */
    static final Pattern CONFERS_ON_LISTED = Pattern.compile(
            "(?:^|[,，;；:：)）\\s])(" + BODIES + ")(?:[^。;；ⓅⓄⓇ]|(?:根据|按照|经)Ⓞ){0,30}?(?:向|为)(?:下列|以下)[^。;；ⓅⓄⓇ]{0,12}?(?:颁授|授予|颁发|颁赠)");

    static Host ceremonyHost(DocumentContext ctx, MaskedSentence ms) {
        Matcher listed = CONFERS_ON_LISTED.matcher(ms.masked());
        if (listed.find()) {
            List<String> givers = givers(ms, listed.start(1), listed.end(1));
            return givers.isEmpty() ? null : new Host(givers, null, null);
        }
        Matcher h = CEREMONY_HOST.matcher(ms.masked());
        if (!h.find()) {
            Matcher named = CEREMONY_NAMED_FOR_ITS_GIVER.matcher(ms.masked());
            List<String> givers = named.find() ? givers(ms, named.start(1), named.end(1)) : List.of();
            // the title the ceremony's name confers: the giver of that honour alone, not of other prizes told after it
            return givers.isEmpty() ? null : new Host(givers, null, named.group(2));
        }
        // 甲省政府在乙市举行: the ceremony is where it is held (在 + a venue such as 市政厅 names no place)
        MaskedSentence.Slot atSlot = h.group(2) == null || h.group(2).isEmpty() ? null : ms.lastParty(h.start(2), h.end(2));
        String heldAt = atSlot != null && atSlot.entity().type().isPlace() ? SigningExtractor.partyName(atSlot) : null;
        Matcher home = HOME_PLACE.matcher(h.group(1));
        if (home.matches()) {
            // 我市举行仪式,授予…: the page's own place confers, and the ceremony is held there unless 在 names another
            String own = ctx.homePlace(home.group(1).charAt(0));
            if (own == null) {
                return null;
            }
            // a ceremony's place is a city: 我省 tells who confers, not the town it was held in
            return new Host(List.of(own), heldAt != null ? heldAt : home.group(1).equals("市") ? own : null, null);
        }
        List<String> givers = givers(ms, h.start(1), h.end(1));
        if (givers.isEmpty()) {
            return null;
        }
        MaskedSentence.Slot last = ms.lastParty(h.start(1), h.end(1));
        String place = heldAt != null ? heldAt
                : last == null ? null : last.entity().type().isPlace() ? SigningExtractor.partyName(last) : AwardCeremony.cityOfBody(last);
        return new Host(givers, place, null);
    }

    /**
     * Who holds an award ceremony, and where (null when the text does not say); {@code title}, when not null, is the one
     * honour its name says it confers (荣誉市民), so it gives no other award.
     */
    record Host(List<String> givers, String place, String title) {
        boolean gives(String award) {
            return title == null || award.endsWith(title);
        }
    }

    /** 该奖由甲协会发起 / 此奖是甲市政府设立的: a sentence that says who gives the award just named, without naming it. */
    static final Pattern ANAPHORIC_GIVER = Pattern.compile(
            "^(?:[\\p{IsHan}]{0,4}[,，])?(?:该奖项?|此奖项?|这一奖项|该称号|该荣誉|这一荣誉)(?:是|系)?由?(" + BODIES + "|Ⓟ+)(?:人民政府|政府)?(?:于[^。,，]{1,12}?)?(?:共同|联合)?(?:发起|设立|创立|创设|设置|颁发|授予|评选)");

    static List<String> anaphoricGiver(MaskedSentence ms) {
        Matcher g = ANAPHORIC_GIVER.matcher(ms.masked());
        return g.find() ? givers(ms, g.start(1), g.end(1)) : List.of();
    }

    /** 甲协会日前公布“X奖”评选结果: the body announcing who won chose the winners. */
    static final Pattern ANNOUNCED_BY = Pattern.compile(
            "(?:^|[,，;；:：)）\\s])(" + BODIES + ")(?:日前|近日|今天|昨天|昨日|\\d{1,2}日)?(?:正式)?(?:公布|发布|揭晓)了?[^,，。;；“\"「]{0,12}[“\"「『]?$");

    static final Pattern RESULTS_AFTER = Pattern.compile("^[”\"」』]?的?(?:评选结果|获奖名单|获奖者名单|表彰名单|评选名单|入选名单)");

    /**
     * 经甲协会评选, / 经甲人大常委会审议 / 根据甲会决定, / 由甲协会主办的…颁奖典礼: the body that chose the winners, or that holds the prize-giving, gives the
     * award the sentence names.
     */
    static final Pattern SELECTED_BY = Pattern.compile(
            "(?:经|根据)(" + BODIES + ")(?:[^,，。;；ⓅⓄⓇ]{0,10}?)(?:评选|评审|评定|审定|审核|批准|研究决定|审议|表决|决定)"
            + "|由(" + BODIES + ")(?:共同|联合)?(?:主办|举办)的[^。;；]{0,30}?" + ReaderWords.CEREMONY_VERBS.alternation("prize") + "(?:典礼|仪式|活动|晚会|大会)"
            // 颁奖典礼在甲市举行,典礼由乙政府主办: the body holding the prize-giving, named after it
            + "|" + ReaderWords.CEREMONY_VERBS.alternation("hosted-by") + "?(?:典礼|仪式)(?:[^。;；ⓅⓄⓇ]{0,4}|在Ⓟ+[^。;；ⓅⓄⓇ,，]{0,12}[,，])由(" + BODIES + ")(?:共同|联合)?(?:主办|举办|承办)");

    private static final Pattern HOSTED_BY = Pattern.compile("由(" + BODIES + ")");

    /**
     * 甲协会和乙社联合举行的第三届X奖颁奖典礼: the bodies that hold the prize-giving, in the relative clause before
     * it, give the award (as 由甲主办的…颁奖典礼 does with 由).
     */
    static final Pattern HELD_BY = Pattern.compile("(?:^|[,，;；:：)）\\s])(" + BODIES + ")" + WHEN
            + "(?:共同|联合)?(?:举行|举办|主办)的[^。;；,，]{0,30}?" + ReaderWords.CEREMONY_VERBS.alternation("held-by") + "(?:典礼|仪式|活动|晚会|大会)");

    /**
     * 甲市首次设立外籍人士表彰奖项,同年…获颁“X”: the place or body that set up a series of awards, opening a clause
     * before the award in the same sentence, gives the award conferred after it.
     */
    static final Pattern SET_UP_AWARDS = Pattern.compile(
            "(?:^|[,，;；:：]|起|来)(" + BODIES + "|Ⓟ+)(?:人民政府|政府)?(?:开始|首次|正式|先后)?(?:设立|设置|创设)了?[^。;；“\"「『ⓅⓄⓇ]{0,12}?(?:奖项|奖励|荣誉)[^。;；]*?(?:获颁|获得|授予|颁发)[^。;；]{0,12}$");

    /** 获(得)甲协会(的)表彰 / 受到甲会表彰: the body whose praise the winner received. */
    static final Pattern PRAISED_BY = Pattern.compile("(?:获得?|受到|荣获)(" + BODIES + ")(?:的)?(?:通报)?(?:表彰|嘉奖|表扬)");

    private static Matcher praisedBy(String m) {
        Matcher p = PRAISED_BY.matcher(m);
        return p.find() ? p : null;
    }

    private static Matcher selected(String m) {
        Matcher v = SELECTED_BY.matcher(m);
        if (!v.find()) {
            return null;
        }
        if (v.group(1) == null) {
            // the other alternatives: read their bodies as group 1 by matching 由 + bodies alone
            Matcher hosted = HOSTED_BY.matcher(m);
            hosted.region(v.start(), v.end());
            return hosted.find() ? hosted : null;
        }
        return v;
    }

    static void giverNamedWith(MaskedSentence ms, String award, EventBuilder b) {
        if (b.build().giver() != null) {
            return;
        }
        int inText = ms.sentence().text().indexOf(award);
        if (inText < 0) {
            return;
        }
        String m = ms.masked();
        int at = Math.min(ms.maskedPos(ms.sentence().start() + inText), m.length());
        int after = Math.min(ms.maskedPos(ms.sentence().start() + inText + award.length()), m.length());
        Matcher defined = GIVER_DEFINED.matcher(m.substring(after));
        if (defined.find()) {
            List<String> givers = givers(ms, after + defined.start(1), after + defined.end(1));
            if (!givers.isEmpty()) {
                b.giver(givers); // “X奖”是甲市授予…的荣誉
                return;
            }
        }
        Matcher g = GIVER_BEFORE_AWARD.matcher(m.substring(0, at));
        Matcher by = GIVER_BY.matcher(m);
        Matcher subject = GIVER_SUBJECT.matcher(m.substring(0, at));
        List<String> givers = List.of();
        Matcher chosenBy = selected(m);
        boolean found = g.find();
        if (found && OBJECT_OF_GIVING.matcher(m.substring(0, g.start(1))).find()) {
            found = false; // 向甲省、乙市颁发了“X奖”: the places before the verb are those it is given to
        }
        if (found) {
            givers = givers(ms, g.start(1), g.end(1));
        } else if (by.find()) {
            givers = givers(ms, by.start(1), by.end(1));
        } else if (subject.find() && CONFERRING_WORD.matcher(subject.group()).find()) {
            givers = givers(ms, subject.start(1), subject.end(1));
        } else if (chosenBy != null) {
            givers = givers(ms, chosenBy.start(1), chosenBy.end(1));
        } else if (HELD_BY.matcher(m).find()) {
            Matcher held = HELD_BY.matcher(m);
            held.find();
            givers = givers(ms, held.start(1), held.end(1));
        } else if (SET_UP_AWARDS.matcher(m.substring(0, at)).find()) {
            Matcher set = SET_UP_AWARDS.matcher(m.substring(0, at));
            set.find();
            givers = givers(ms, set.start(1), set.end(1)); // 甲市首次设立外籍人士表彰奖项,同年…获颁“X”
        } else if (praisedBy(m) != null) {
            Matcher p = praisedBy(m);
            givers = givers(ms, p.start(1), p.end(1)); // 甲获乙协会表彰,荣获“X”
        } else {
            Matcher announced = ANNOUNCED_BY.matcher(m.substring(0, at));
            if (announced.find() && RESULTS_AFTER.matcher(m.substring(after)).find()) {
                givers = givers(ms, announced.start(1), announced.end(1));
            } else {
                givers = BodyBeforeQuotedAward.giver(ms, at, award); // 获得甲协会“X奖”
            }
        }
        if (!givers.isEmpty()) {
            b.giver(givers);
        }
    }

    /** “X奖”是省政府为表彰…而设立的 / 是市政府授予…的: the award defined by a government named only by its level. */
    static final Pattern BARE_GOVERNMENT_DEFINED = Pattern.compile(
            "^[”\"」』]?(?:称号|奖项)?(?:是|系|为)?由?(省|市|自治区)(?:人民)?政府(?:于[^。,，]{1,12}?)?" + PURPOSE
            + "(?:共同|联合)?(?:授予|颁发|颁授|设立|创立|创设|设置)");

    /**
     * The award defined by a bare 省政府/市政府 is given by that government as the report names it elsewhere
     * (甲省政府): the one organisation of the document whose name is a government of that level; none if the
     * report names no such body, or more than one.
     */
    static void bareGovernmentDefined(MaskedSentence ms, String award, EventBuilder b, List<Entity> entities) {
        if (b.build().giver() != null) {
            return;
        }
        int inText = ms.sentence().text().indexOf(award);
        if (inText < 0) {
            return;
        }
        Matcher d = BARE_GOVERNMENT_DEFINED.matcher(ms.sentence().text().substring(inText + award.length()));
        if (!d.find()) {
            return;
        }
        Pattern level = Pattern.compile("[\\p{IsHan}]{2,}" + d.group(1) + "(?:人民)?政府$");
        List<String> bodies = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION && level.matcher(e.name()).matches())
                .map(Entity::name).distinct().toList();
        if (bodies.size() == 1) {
            b.giver(bodies);
        }
    }

    static final Pattern BODIES_BEFORE = Pattern.compile(BODIES + "$");

    static final Pattern CONFERRING_WORD = Pattern.compile("颁发|颁授|授予|评选出|评出|表彰|" + HANDED);

    /** The bodies of a run (each one), else the place a run of places names; never a country or a person. */
    static List<String> givers(MaskedSentence ms, int from, int to) {
        List<String> out = new ArrayList<>();
        List<MaskedSentence.Slot> in = ms.slots(from, to);
        if (!in.isEmpty() && in.stream().allMatch(x -> x.entity().type() == EntityType.ORGANIZATION)) {
            in.forEach(x -> out.add(x.entity().name())); // the conferring body as written (GOLD.md §7)
            return new ArrayList<>(new java.util.LinkedHashSet<>(out));
        }
        MaskedSentence.Slot giver = ms.lastParty(from, to);
        if (giver != null && giver.entity().type() != EntityType.COUNTRY && giver.entity().type() != EntityType.PERSON) {
            out.add(giver.entity().name());
        }
        return out;
    }
}
