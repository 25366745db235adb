package dev.newsie.events;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 市长为甲、乙颁奖 / 甲、乙获此殊荣: the winners of an award the text has just named, referred to without its name. */
final class AnaphoricWinners {
    /**
     * 为/向 (获奖的) + names + 颁奖/颁发奖牌: names given the award the text has just named; a person may follow their
     * nationality and calling (为德国专家甲、美国学者乙颁奖); the certificate may name the honour bare, without the
     * place the sentence before gave it (…荣誉市民授证仪式举行。市长为甲、乙颁发荣誉市民证书).
     */
    private static final String GIVING_IT = "(?:颁奖|颁发了?(?:奖章|奖杯|奖牌|证书|奖状|奖项|该奖|此奖|荣誉证书|(?:荣誉|名誉)(?:市民|公民|县民)证书?)|授予了?(?:该|此|这一)(?:奖|奖项|荣誉|称号))";

    private static final Pattern GIVEN_ANAPHORIC = Pattern.compile(
            "(?:向|为|给)(?:获奖的?|受表彰的|获表彰的)?((?:(?:[ⓅⓄ]*[\\p{IsHan}&&[^、和与及颁授为向给等]]{1,6}?Ⓡ(?:先生|女士|博士|教授)?|[ⓅⓄⓇ]+)(?:、|和|与|及)?)+)(?:等[^颁授,，。]{0,8})?" + GIVING_IT);

    /**
     * 向甲组织原副总干事、乙大学中心联席主席丙和丁公司首席执行官、营养学专家戊颁发奖章和证书: each person comes after
     * a chain of callings that itself holds 、, so the names cannot be split at 、; the people named between 向 and the
     * giving, the last of them right before it (or before the 等 closing the list: 为第三批荣誉市民甲、乙等颁发证书, the
     * honour itself their calling), are the ones given the award.
     */
    private static final Pattern GIVEN_TO_CALLED_PEOPLE = Pattern.compile(
            "(?:向|为|给)([^,，。;；:：向为给颁授]{2,120}?Ⓡ)(?:先生|女士|博士|教授)?等?(?:两位|二位|两名|[三四五六七八九十\\d]{1,2}(?:位|名|人))?(?:[\\p{IsHan}]{0,6}?专家)?" + GIVING_IT);

    /** 包括甲市、乙市和丙市在内的20个城市获奖: the winners named inside 包括…在内. */
    private static final Pattern INCLUDING = Pattern.compile("包括([^。;；]{1,200}?)在内的[^。;；]{0,30}?(?:获奖|获此殊荣|获得?(?:该|此|这一)(?:奖|奖项|荣誉))");

    /** names + 获此殊荣/荣获该奖/获得这一荣誉/获奖: names that received the award the text has just named. */
    private static final Pattern RECEIVED_ANAPHORIC = Pattern.compile(
            "(?:获此(?:殊荣|荣誉|称号|荣衔)|获得?此奖|(?:荣获|获得|获颁|摘得|荣膺|被授予)(?:了)?(?:该|此|这一|上述)(?:奖|奖项|荣誉|殊荣|称号)"
            // 为…颁发证书,甲、乙接受了颁证: those who stepped up to receive the certificate just handed out
            + "|接受了?(?:颁证|授证|颁奖)"
            // 甲、乙等10名外国专家获奖。/ 甲、乙等获奖。: a bare 获奖 closing the clause of those who won
            + "|(?<=[ⓅⓄⓇ人名位家个等])获奖(?=[。;；,，]|$)"
            // 甲、乙等8位获奖者先后致辞: the names the count of winners closes, whatever the clause goes on to say of them
            + "|等[一二三四五六七八九十百两\\d]{1,3}(?:位|名|个|家)获奖(?:者|人士|专家|城市|单位))");

    /**
     * 甲因…有突出贡献而获此荣誉: the reason for the honour stands between those who received it and the verb; the names
     * end where it begins.
     */
    private static final Pattern REASON_BEFORE = Pattern.compile("(?:因|由于)(?:(?!因|由于)[^。;；]){1,80}而$");

    /**
     * 获奖的甲国专家乙、丙国学者丁在仪式上发言: the winners as the subject, each a person after their calling, named
     * right after 获奖的 at the start of a clause.
     */
    private static final Pattern WINNERS_AS_SUBJECT = Pattern.compile(
            "(?:^|[,，。;；:：])\\s*(?:此次|本次|本届)?(?:获奖|受表彰|获表彰)的((?:[ⓅⓄ]*[\\p{IsHan}]{0,6}?Ⓡ(?:先生|女士|博士|教授)?(?:、|和|与|及))*[ⓅⓄ]*[\\p{IsHan}]{0,6}?Ⓡ(?:先生|女士|博士|教授)?)");

    /**
     * 甲政府举行“X奖”颁奖仪式,省长为获奖的乙、丙颁奖: the names given the award after its name, in the sentence that
     * names it; empty if none.
     */
    static List<String> givenAfter(MaskedSentence ms, int from) {
        Matcher g = GIVEN_ANAPHORIC.matcher(ms.masked());
        g.region(Math.min(from, ms.masked().length()), ms.masked().length());
        return g.find() ? givenNames(ms, g) : List.of();
    }

    static List<String> anaphoricRecipients(MaskedSentence ms) {
        String m = ms.masked();
        Matcher g = GIVEN_ANAPHORIC.matcher(m);
        if (g.find()) {
            return givenNames(ms, g);
        }
        Matcher called = GIVEN_TO_CALLED_PEOPLE.matcher(m);
        if (called.find()) {
            List<String> people = new ArrayList<>();
            for (MaskedSentence.Slot s : ms.slots(called.start(1), called.end(1))) {
                if (s.entity().type() == EntityType.PERSON && !people.contains(s.entity().name())) {
                    people.add(s.entity().name());
                }
            }
            if (!people.isEmpty()) {
                return people;
            }
        }
        return receivedOrIncluded(ms);
    }

    private static List<String> givenNames(MaskedSentence ms, Matcher g) {
        String m = ms.masked();
        List<String> out = new ArrayList<>();
        int at = g.start(1);
        for (String chain : g.group(1).split("、|和|与|及")) {
            int idx = m.indexOf(chain, at);
            MaskedSentence.Slot s = idx < 0 ? null : lastNamed(ms, idx, idx + chain.length());
            if (s == null) {
                return List.of();
            }
            out.add(s.entity().type() == EntityType.PERSON ? s.entity().name() : SigningExtractor.partyName(s));
            at = idx + chain.length();
        }
        return out;
    }

    private static List<String> receivedOrIncluded(MaskedSentence ms) {
        String m = ms.masked();
        Matcher inc = INCLUDING.matcher(m);
        if (inc.find()) {
            List<String> listed = WinnersList.enumerationBefore(ms, inc.start(1), inc.end(1));
            return listed.size() == WinnersList.itemCount(inc.group(1)) ? listed : List.of();
        }
        Matcher r = RECEIVED_ANAPHORIC.matcher(m);
        if (r.find()) {
            Matcher why = REASON_BEFORE.matcher(m.substring(0, r.start()));
            return WinnersList.enumerationBefore(ms, why.find() ? why.start() : r.start());
        }
        Matcher subject = WINNERS_AS_SUBJECT.matcher(m);
        if (subject.find()) {
            List<String> listed = WinnersList.enumerationBefore(ms, subject.start(1), subject.end(1));
            return listed.size() == WinnersList.itemCount(subject.group(1)) ? listed : List.of();
        }
        return List.of();
    }

    /**
     * 《关于授予X的决定》,甲、乙等11人获此称号: the names before 获此称号 (or the like) that come after the award's
     * name in the same sentence; empty when there are none.
     */
    static List<String> receivedAfter(MaskedSentence ms, int from) {
        Matcher r = RECEIVED_ANAPHORIC.matcher(ms.masked());
        r.region(from, ms.masked().length());
        if (!r.find()) {
            return List.of();
        }
        int clause = from;
        for (int i = r.start() - 1; i >= from; i--) {
            if ("。;；".indexOf(ms.masked().charAt(i)) >= 0) {
                clause = i + 1;
                break;
            }
        }
        Matcher others = OTHERS.matcher(ms.masked());
        others.region(clause, r.start());
        int end = others.find() ? others.start() : r.start(); // 甲、乙以及其他几位的代表接受了颁证: the named end before 其他
        return WinnersList.enumerationBefore(ms, clause, end);
    }

    /** 以及其他几位荣誉市民的受托代表: the unnamed rest at the end of a list of those who received. */
    private static final Pattern OTHERS = Pattern.compile("(?:以及|及|和|与)?其他[^ⓅⓄⓇ、,，]{0,16}$");

    /** 颁发奖座给甲、乙及丙 / 致赠证书予甲: the object handed over, then 给/予 and who received it. */
    private static final Pattern TOKEN_GIVEN_TO = Pattern.compile(
            "(?:颁发|颁赠|致赠|授予|颁)了?(?:奖座|奖牌|奖杯|证书|奖状|奖章|荣誉证书|纪念牌|匾额)(?:给|予)");

    /**
     * 由市长颁发奖座给甲、乙及丙: after {@code from}, the names an object of the award is handed to, to the end of the
     * clause; empty unless every entry is a name.
     */
    static List<String> tokenGivenTo(MaskedSentence ms, int from) {
        Matcher t = TOKEN_GIVEN_TO.matcher(ms.masked());
        t.region(from, ms.masked().length());
        if (!t.find()) {
            return List.of();
        }
        String m = ms.masked();
        int end = t.end();
        while (end < m.length() && "。;；,，".indexOf(m.charAt(end)) < 0) {
            end++;
        }
        if (end <= t.end()) {
            return List.of();
        }
        List<String> listed = WinnersList.enumerationBefore(ms, t.end(), end);
        return listed.size() == WinnersList.itemCount(m.substring(t.end(), end)) ? listed : List.of();
    }

    /** The last person, else the last party (place or body), of a chain of masked names; countries excluded. */
    private static MaskedSentence.Slot lastNamed(MaskedSentence ms, int from, int to) {
        List<MaskedSentence.Slot> in = ms.slots(from, to);
        if (!in.isEmpty() && in.get(in.size() - 1).entity().type() == EntityType.PERSON) {
            return in.get(in.size() - 1);
        }
        MaskedSentence.Slot p = ms.lastParty(from, to);
        return p == null || p.entity().type() == EntityType.COUNTRY ? null : p;
    }
}
