package dev.newsie.events;

import dev.newsie.model.EntityType;
import dev.newsie.model.EventBuilder;
import dev.newsie.text.WordAlternation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 甲、乙获得“X奖” / 我市荣获 / 甲和乙分别获得X和Y: an award received by the names before the verb, and who gave it. A
 * winner may carry a nationality in brackets (甲(德国)、乙(法国)等10名外国专家荣获), as winners' lists of foreigners do.
 * 甲接受了乙市授予的“X”称号: accepting an honour that a clause says was conferred is receiving it. 甲与另外5位外籍专家
 * 一同获得“X奖”: the one winner the report names among a counted group is a recipient. 甲日前在乙市接受了…/ 甲29日在乙被授予:
 * the place after 在 is where the honour was received, the one before it received it.
 */
final class AwardReceipt {
    /**
     * The head nouns of venues' names (大会堂, 会议中心: the lexicon's VENUE_HEAD words): 甲在乙市人民大会堂获颁 is received
     * at a venue named after its place, so the one before 在 received it, not the place.
     */
    private static final String VENUE_HEADS = WordAlternation.of(EventLexicon.standard().words(EventLexicon.Role.VENUE_HEAD));
    private static final Pattern RECEIVED = Pattern.compile("([ⓅⓄⓇ]+)(?:[(（]Ⓟ[)）])?(?:先生|女士|博士|教授|夫妇)?(?:(?:等|共)?(?:国内|国外|外国|境外|海外|全国)?(?:\\d+|[一二三四五六七八九十两百]+)(?:多|余)?(?:个|座|位|名|家|人)[\\p{IsHan}Ⓟ、]{0,12}?(?:和(?:\\d+|[一二三四五六七八九十两百]+)(?:多|余)?(?:个|位|名|家|人)[\\p{IsHan}]{0,6}?)?|等(?:城市|省市|地|国家|单位|机构)?"
            // 甲与另外5位外籍专家同时获得: one winner named, then the counted rest honoured with him
            + "|(?:与|和|同|及)(?:其他|其余|另外|另)(?:\\d+|[一二三四五六七八九十两百]+)(?:多|余)?(?:个|位|名|家|人)[\\p{IsHan}Ⓟ、]{0,12}?)?(?:在[^,，。;；]{1,40}?(?:上|中|期间)[,，]?|(?:今天|今日|昨天|昨日|日前|近日|\\d{1,2}日)?(?:上午|下午|晚上|晚间)?在[ⓅⓄ]+(?:\\p{IsHan}{0,8}?" + VENUE_HEADS + ")?|从[^ⓅⓄⓇ,，。;；]{1,16}[,，]|(?:一行)?(?:在)?(?:访问|考察|出访|访)[ⓅⓄ]+(?:期间|时|之际)[,，]?)?"
            // 甲,今天获得 / 甲昨日下午获颁: the day of the receiving between the one who received and the verb
            + "(?:[,，]?(?:今天|今日|昨天|昨日|前天|\\d{1,2}日)(?:上午|下午|晚上|晚间)?)?"
            + "(?:曾经|曾|已|还|也|又|先后|多次|此前|日前|近日)?(?:再次|首次|成功|共同|同时|一同|一起|一道|均|分别|一举|(?:是|成为)(?:首位|第一位|首个|第一个|唯一(?:一位|一个)?))?(荣获|获得|获颁|获授|获评|荣膺|喜获|摘得|被授予|被评为|获(?![得奖悉])|被[ⓄⓅ]+(?:授予|评为)|从[ⓅⓄ]*[\\p{IsHan}]{0,6}Ⓡ?(?:手里|手中|手上)?(?:接过|领取|获颁)|接受了?(?=[ⓅⓄ]*[\\p{IsHan}]{0,6}?(?:授予|颁发|颁授)的))");

    /**
     * 青岛市荣获长滩市授予的“…奖”: the subject received the award; a place or body before 授予的 gave it, the award's
     * year or edition between them (颁发的2024年度“X奖”, 颁发的第三届“X奖”).
     */
    private static final Pattern GIVEN_BY = Pattern.compile(
            "([ⓅⓄ]+)(?:政府)?(?:授予|颁发|颁授)的?(?:\\d{4}年度?|第[\\d一二三四五六七八九十]+届|本年度|年度)?[“\"「『]?$");

    /** The end of a clause: a comma, semicolon or full stop. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,，;；。]");

    /** 甲、乙分别获得: as many winners as awards after the verb, each winner its own award. */
    private static final Pattern RESPECTIVELY = Pattern.compile("分别(?:荣获|获得|获颁|获评|获)|分获");

    /**
     * 甲省和乙县分别获得“X奖”和“Y奖”: pairs the winners before 分别 with the awards after it, in order; false
     * (nothing done) unless the counts agree.
     */
    private static boolean respectively(DocumentContext ctx, int si, MaskedSentence ms, List<String> named,
                                       Map<String, EventBuilder> awards, Map<String, List<String>> recipients) {
        if (named.size() < 2) {
            return false;
        }
        Matcher v = RESPECTIVELY.matcher(ms.masked());
        if (!v.find()) {
            return false;
        }
        List<String> winners = WinnersList.enumerationBefore(ms, v.start());
        List<String> after = new ArrayList<>();
        // 甲和乙分别获得“X”,丙获得“Y”: only the awards of the verb's own clause are paired, a later clause has its own subject
        Matcher stop = CLAUSE_END.matcher(ms.masked());
        int clauseEnd = stop.find(v.end()) ? stop.start() : ms.masked().length();
        for (String a : named) {
            int inText = ms.sentence().text().indexOf(a);
            int at = inText < 0 ? -1 : ms.maskedPos(ms.sentence().start() + inText);
            if (inText >= 0 && at > v.start() && at < clauseEnd) {
                after.add(a);
            }
        }
        if (winners.size() != after.size()) {
            return false;
        }
        String m = ms.masked();
        int clause = Math.max(m.lastIndexOf('；', v.start()), m.lastIndexOf(';', v.start())) + 1;
        String date = AwardCeremony.clauseDate(ctx, si, ms, clause, v.start()); // …后;同时,甲、乙分别获得: not the years of the clauses before
        for (int i = 0; i < after.size(); i++) {
            recipients.get(AwardExtractor.key(after.get(i))).add(winners.get(i));
            EventBuilder b = awards.get(AwardExtractor.key(after.get(i)));
            if (b.build().date() == null && date != null) {
                b.date(date);
            }
        }
        return true;
    }

    static void receipt(DocumentContext ctx, int si, MaskedSentence ms, List<String> named,
                        Map<String, EventBuilder> awards, Map<String, List<String>> recipients, List<ForumExtractor.Forum> forums) {
        String m = ms.masked();
        if (respectively(ctx, si, ms, named, awards, recipients)) {
            return;
        }
        Map<String, HomeAwardsInTurn.Won> home = HomeAwardsInTurn.find(ctx, si, ms, named);
        int previousAwardEnd = 0;
        for (String a : named) {
            int inText = ms.sentence().text().indexOf(a);
            if (inText < 0) {
                continue;
            }
            int award = ms.maskedPos(ms.sentence().start() + inText);
            // 甲、乙获A奖;丙、丁获B奖: each award's winners stand in its own clause, after the award named before it
            int clause = clauseStart(m, award, previousAwardEnd);
            previousAwardEnd = Math.max(previousAwardEnd, Math.min(m.length(), ms.maskedPos(ms.sentence().start() + inText + a.length())));
            Matcher r = RECEIVED.matcher(m.substring(0, award));
            r.region(clause, award);
            MaskedSentence.Slot recipient = null;
            int verbEnd = -1, verbStart = -1;
            while (r.find()) {
                recipient = ms.lastParty(r.start(1), r.end(1));
                if (recipient == null) {
                    List<MaskedSentence.Slot> people = ms.slots(r.start(1), r.end(1));
                    recipient = people.isEmpty() || people.get(people.size() - 1).entity().type() != EntityType.PERSON
                            ? null : people.get(people.size() - 1);
                }
                verbEnd = r.end();
                verbStart = r.start(2);
            }
            EventBuilder b = awards.get(AwardExtractor.key(a));
            HomeAwardsInTurn.Won own = recipient == null ? home.get(a) : null;
            if (own != null) {
                recipients.get(AwardExtractor.key(a)).add(own.winner()); // 我市荣获“X奖”: the page's own place
                if (own.date() != null) {
                    b.date(own.date());
                } else {
                    AwardCeremony.dateOfForum(b, forums);
                }
                if (own.date() == null || sameYearAsForum(own.date(), forums)) {
                    AwardCeremony.ceremonyAtForum(b, forums);
                }
                continue;
            }
            if (recipient == null) {
                List<String> got = recipients.get(AwardExtractor.key(a));
                HonoureeOpeningSentence.Found opening = HonoureeOpeningSentence.find(ms, award);
                if (opening != null) {
                    got.add(opening.recipient()); // 甲自…以来,…,并于2022年获颁乙市荣誉市民
                    String date = AwardCeremony.clauseDate(ctx, si, ms, opening.clauseStart(), award);
                    if (date != null) {
                        b.date(date);
                    }
                    continue;
                }
                List<String> included = IncludedWinners.before(ms, clause, award);
                if (!included.isEmpty()) {
                    got.addAll(included); // 包括甲、乙在内的50名专家获得“X奖”
                    if (b.build().date() == null) {
                        b.date(AwardCeremony.sentenceDate(ctx, si, ms.textOffset(award)));
                    }
                    continue;
                }
                List<String> passive = PassiveHonourees.before(ms, clause, award);
                if (!passive.isEmpty()) {
                    got.addAll(passive); // 实业家甲,乙会会长丙,丁公司顾问的戊·己被授予“X”称号
                    if (b.build().date() == null) {
                        b.date(AwardCeremony.sentenceDate(ctx, si, ms.textOffset(award)));
                    }
                    continue;
                }
                int awardEnd = ms.maskedPos(ms.sentence().start() + inText + a.length());
                List<String> headed = RelativeClauseHonourees.after(ms, award, awardEnd);
                if (!headed.isEmpty()) {
                    got.addAll(headed); // 被授予“X”的甲女士: the head of the receiving clause, no subject before the verb
                    continue;
                }
                int before = got.size();
                HonoureesAfterVerb.conferredWithout向(ctx, si, ms, a, award, b, got);
                int again = ms.sentence().text().lastIndexOf(a);
                int againAt = again > inText ? ms.maskedPos(ms.sentence().start() + again) : -1;
                int verbAt = againAt < 0 ? -1 : Math.max(m.lastIndexOf("授予", againAt), m.lastIndexOf("颁授", againAt));
                if (got.size() == before && verbAt > award && m.substring(verbAt, againAt).indexOf(MaskedSentence.PERSON) >= 0) {
                    // 举行“X”称号授予仪式,授予甲和乙“X”称号: the honour named again after the people it is conferred on
                    HonoureesAfterVerb.conferredWithout向(ctx, si, ms, a, againAt, b, got);
                }
                continue;
            }
            List<String> listed = WinnersList.enumerationBefore(ms, clause, verbStart);
            List<String> passive = PassiveHonourees.before(ms, clause, award);
            if (passive.size() > listed.size() && passive.contains(recipient.entity().name())) {
                // 实业家甲,丁公司顾问的戊·己被授予: the comma-separated titled people, though only the last was recognised
                recipients.get(AwardExtractor.key(a)).addAll(passive);
            } else if (listed.size() > 1) {
                recipients.get(AwardExtractor.key(a)).addAll(listed);
            } else {
                recipients.get(AwardExtractor.key(a)).add(recipient.entity().name());
            }
            Matcher g = GIVEN_BY.matcher(m.substring(verbEnd, award));
            if (m.charAt(verbStart) == '被' && !ms.slots(verbStart, verbEnd).isEmpty()) {
                b.giver(AwardGivers.givers(ms, verbStart, verbEnd)); // 甲市被乙协会授予“X奖”
            } else if (g.find()) {
                MaskedSentence.Slot giver = ms.lastParty(verbEnd + g.start(1), verbEnd + g.end(1));
                if (giver != null) {
                    b.giver(List.of(giver.entity().name()));
                }
            }
            String date = AwardCeremony.clauseDate(ctx, si, ms, clause, award);
            if (date != null) {
                b.date(date); // 继2025年甲市获X后,今年乙市、丙市获Y: each award its own clause's date
            } else {
                AwardCeremony.dateOfForum(b, forums); // the clause has no date of its own: the forum's, not the other clauses'
            }
            AwardCeremony.ceremonyAtForum(b, forums);
        }
    }

    /** Whether a date falls in the year of the first forum the report names (or the report names none with a date). */
    private static boolean sameYearAsForum(String date, List<ForumExtractor.Forum> forums) {
        if (forums.isEmpty()) {
            return true;
        }
        dev.newsie.model.Event f = forums.get(0).b.build();
        String held = f.date() != null ? f.date() : f.start();
        return held == null || held.startsWith(date.substring(0, 4));
    }

    /** Where the clause holding {@code award} starts: after the last ;/; before it, or after the award named before it. */
    private static int clauseStart(String m, int award, int previousAwardEnd) {
        int semi = Math.max(m.lastIndexOf('；', award - 1), m.lastIndexOf(';', award - 1));
        int start = Math.max(semi + 1, previousAwardEnd);
        return start >= award ? 0 : start;
    }
}
