package dev.newsie.events;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;
import dev.newsie.model.Event;
import dev.newsie.model.EventBuilder;
import dev.newsie.model.EventType;
import dev.newsie.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AWARD events: every named award (a quoted name ending in 奖, or X奖 introduced with 简称), with the giver
 * (the organisation before 向…颁发), recipients (the places or organisations 向 names, and every entry of a
 * numbered winners' list under the award's heading: the last place of each line, before any bracket), and
 * the date and place of the ceremony.
 */
final class AwardExtractor {
    private static final Pattern QUOTED_AWARD = Pattern.compile("[“\"「『【]([^”\"」』】]{2,40}奖)[”\"」』】]");
    private static final Pattern ABBREVIATED_AWARD = Pattern.compile("([\\p{IsHan}]{4,20}奖)[(（]简称");
    /** 省级: / 市级: — a sub-list heading inside a winners' list. */
    private static final Pattern SUB_HEADING = Pattern.compile("\\s*[\\p{IsHan}]{1,6}[:：]\\s*");
    private static final Pattern QUOTED = Pattern.compile("[“\"「『]([^”\"」』]{2,30})[”\"」』]");
    /** 设立了X奖, 评选出X奖38名和Y奖4名, 获颁X纪念牌: an award named without quotation marks after a verb. */
    private static final Pattern UNQUOTED_AWARD = Pattern.compile(
            "(?:设立的|设立了?|评选出了?|评出了?|获颁|颁授|荣获|获得了?|荣膺|喜获|摘得|获评为?|获(?![得颁奖授评悉])|颁发了?(?!给))"
            + "((?:[\\p{IsHan}]{2,20}?(?:奖|奖章|勋章|纪念牌|纪念章)(?![项金状杯牌励])(?:\\d+名|\\d+个)?(?:和|与|及)?)+)");
    /** 由甲设立的X奖, 甲颁发的X奖: the giver's clause before an award's name is not part of the name. */
    private static final Pattern GIVER_CLAUSE = Pattern.compile("^.*(?:设立|颁发|授予|颁授|评选|评定|主办|发起)的");
    /** 向/为/给 + a name + … + 颁发/颁授/授予: an award conferred on the named. */
    private static final Pattern CONFER_TO = Pattern.compile("(?:向|为|给)[ⓅⓄⓇ][^。]{0,60}?(?:颁发|颁授|授予)");
    /** A sentence that reports an award being set up, chosen or given, not merely named. */
    private static final Pattern CONFERRING = Pattern.compile("设立|评选|评出|表彰|获评|获颁|颁奖");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*\\d{1,3}[.、．]");

    private final EventLexicon lexicon;

    AwardExtractor(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<EventBuilder> extract(DocumentContext ctx, List<ForumExtractor.Forum> forums) {
        Map<String, EventBuilder> awards = new LinkedHashMap<>();
        Map<String, List<String>> recipients = new LinkedHashMap<>();
        java.util.Set<String> conferred = new java.util.HashSet<>();
        Map<String, Integer> conferredAt = new java.util.HashMap<>();
        java.util.Set<String> inBody = new java.util.HashSet<>(); // awards named below the headline
        String current = null;
        for (int si = 0; si < ctx.sentences.size(); si++) {
            Sentence s = ctx.sentences.get(si);
            MaskedSentence ms = ctx.masked.get(si);
            List<String> named = awardNames(s.text());
            String headingAward = headingAward(s.text());
            if (named.isEmpty() && headingAward != null) {
                named = List.of(headingAward);
            }
            for (String a : named) {
                boolean headline = si == 0 && ctx.sentences.size() > 1;
                if (!headline) {
                    inBody.add(key(a));
                }
                awards.computeIfAbsent(key(a), k -> Event.builder(EventType.AWARD).award(a)
                        .evidence(new Span(s.start(), s.end())));
                recipients.computeIfAbsent(key(a), k -> new ArrayList<>());
                if (CONFERRING.matcher(s.text()).find() || lexicon.contains(EventLexicon.Role.AWARD_VERB, s.text())) {
                    conferred.add(key(a));
                    if (!headline) {
                        conferredAt.putIfAbsent(key(a), si); // the headline has no date of its own
                    }
                }
            }
            for (String a : named) {
                giverNamedWith(ms, a, awards.get(key(a)));
            }
            if (named.size() == 1) {
                // 国际友好城市交流合作奖:甲市、乙市、丙市: the winners listed after a colon
                List<String> after = enumerationAfterColon(ms, named.get(0));
                if (!after.isEmpty()) {
                    recipients.get(key(named.get(0))).addAll(after);
                    conferred.add(key(named.get(0)));
                    conferredAt.putIfAbsent(key(named.get(0)), si);
                    current = key(named.get(0));
                    continue;
                }
            }
            if (!named.isEmpty() && isHeading(s.text())) {
                current = key(named.get(named.size() - 1));
                continue;
            }
            if (current != null && LIST_ITEM.matcher(s.text()).find()) {
                recipients.get(current).addAll(listEntry(ms));
                continue;
            }
            if (named.isEmpty() && !awards.isEmpty() && s.text().length() <= 30 && LIST_HEADING.matcher(s.text().trim()).matches()) {
                // 获奖名单如下: / 获奖城市: — a heading of the winners of the award last named
                current = lastKey(awards);
                continue;
            }
            if (named.isEmpty() && !awards.isEmpty()) {
                // 市长为甲、乙颁奖 / 甲、乙获此殊荣: the award last named, referred to without its name
                List<String> got = anaphoricRecipients(ms);
                if (!got.isEmpty()) {
                    String k = lastKey(awards);
                    recipients.get(k).addAll(got);
                    conferred.add(k);
                    conferredAt.putIfAbsent(k, si);
                    EventBuilder b = awards.get(k);
                    if (b.build().date() == null) {
                        DateResolver.DateMention best = ctx.bestDate(si);
                        if (best != null && best.first() != null) {
                            b.date(best.first());
                        }
                    }
                    continue;
                }
            }
            if (!awards.isEmpty()) {
                // 获奖城市为A、B、C / 获奖单位包括A、B: the winners of the award named in this or an earlier sentence
                List<String> listed = enumerationAfter(ms, WINNERS_ARE);
                if (!listed.isEmpty()) {
                    String k = named.isEmpty() ? lastKey(awards) : key(named.get(named.size() - 1));
                    recipients.get(k).addAll(listed);
                    conferred.add(k);
                    conferredAt.putIfAbsent(k, si);
                    continue;
                }
            }
            if (current != null && !pairEntry(ms).isEmpty()) {
                recipients.get(current).addAll(pairEntry(ms));
                continue;
            }
            if (current != null && s.text().length() <= 200) {
                // a line of a winners' list that only names: 甲市、乙市、丙市
                // 省级:甲省、乙省。 — a sub-list's heading before the names
                Matcher sub = SUB_HEADING.matcher(ms.masked());
                int from = sub.lookingAt() ? sub.end() : 0;
                int end = ms.masked().length();
                while (end > from && "。;；,，".indexOf(ms.masked().charAt(end - 1)) >= 0) {
                    end--;
                }
                List<String> line = enumerationBefore(ms, from, end);
                if (!line.isEmpty() && line.size() == itemCount(ms.masked().substring(from))) {
                    recipients.get(current).addAll(line);
                    continue;
                }
            }
            if (current != null && !SUB_HEADING.matcher(s.text()).matches()) {
                current = null;
            }
            boolean givenTo = false;
            for (String a : named) {
                List<String> to = recipientsAfterAward(ms, a);
                if (!to.isEmpty()) {
                    recipients.get(key(a)).addAll(to); // 颁发“X奖”给甲 / 颁赠X予甲
                    conferred.add(key(a));
                    conferredAt.putIfAbsent(key(a), si);
                    givenTo = true;
                }
            }
            int[] verb = lexicon.find(EventLexicon.Role.AWARD_VERB, ms.masked(), 0);
            if (givenTo) {
                continue;
            }
            if (verb != null && !named.isEmpty() && CONFER_TO.matcher(ms.masked()).find()) {
                conferral(ctx, si, ms, verb, named, awards, recipients, forums);
            } else if (!named.isEmpty()) {
                receipt(ctx, si, ms, named, awards, recipients, forums);
            }
        }
        List<EventBuilder> out = new ArrayList<>();
        for (Map.Entry<String, EventBuilder> e : awards.entrySet()) {
            if (conferred.contains(e.getKey())) {
                ceremonyPlace(ctx, conferredAt.get(e.getKey()), e.getValue());
                dateOfForum(e.getValue(), forums);
                ceremonyDate(ctx, conferredAt.get(e.getKey()), e.getValue());
            }
        }
        for (Map.Entry<String, EventBuilder> e : awards.entrySet()) {
            if (!inBody.contains(e.getKey()) && !inBody.isEmpty()) {
                continue; // a headline's short name (甲市获友好城市金奖) of an award the body names in full
            }
            List<String> r = recipients.get(e.getKey());
            if (!r.isEmpty()) {
                e.getValue().recipients(dedupe(r));
            }
            out.add(e.getValue());
        }
        return out;
    }

    /** X 向 A、B、C 等…颁发了「奖」: giver X, recipients A, B, C (those the list names), date and place. */
    private void conferral(DocumentContext ctx, int si, MaskedSentence ms, int[] verb, List<String> named,
                           Map<String, EventBuilder> awards, Map<String, List<String>> recipients,
                           List<ForumExtractor.Forum> forums) {
        String m = ms.masked();
        // one 向 … 颁发 clause per award, in order
        int from = 0;
        for (String a : named) {
            // find the award in the text, then where it stands in the masked sentence (places in its name are masked)
            int inText = ms.sentence().text().indexOf(a);
            if (inText < 0) {
                continue;
            }
            int award = ms.maskedPos(ms.sentence().start() + inText);
            if (award < from) {
                continue;
            }
            int xiang = m.lastIndexOf('向', award);
            // 为/给 + name + 颁发: the same as 向, when a name follows it (not 作为, 成为)
            for (char c : new char[]{'为', '给'}) {
                int at = m.lastIndexOf(c, award);
                if (at > xiang && at + 1 < m.length() && "ⓅⓄⓇ".indexOf(m.charAt(at + 1)) >= 0
                        && (at == 0 || "作成认称".indexOf(m.charAt(at - 1)) < 0)) {
                    xiang = at;
                }
            }
            EventBuilder b = awards.get(key(a));
            if (xiang >= 0) {
                MaskedSentence.Slot giver = null;
                for (MaskedSentence.Slot s : ms.slots(0, xiang)) {
                    if (s.entity().type() == EntityType.ORGANIZATION && s.maskedPos() + 1 == xiang) {
                        giver = s;
                    }
                }
                if (giver == null) {
                    for (MaskedSentence.Slot s : ms.slots(0, xiang)) {
                        if (s.entity().type() == EntityType.ORGANIZATION) {
                            giver = s;
                        }
                    }
                }
                if (giver == null) {
                    // 福建省向…颁发: a place said to confer (GOLD.md §7), the subject right before 向
                    MaskedSentence.Slot last = ms.lastPlace(0, xiang);
                    if (last != null && last.maskedPos() + 1 == xiang && last.entity().type() != EntityType.COUNTRY) {
                        giver = last;
                    }
                }
                Matcher run = BODIES_BEFORE.matcher(m.substring(0, xiang));
                if (giver != null && giver.maskedPos() + 1 == xiang && run.find()) {
                    b.giver(givers(ms, run.start(), run.end())); // 甲协会、乙联合会向…颁发: each body
                } else if (giver != null) {
                    b.giver(List.of(giver.entity().name()));
                }
                List<String> r = recipients.get(key(a));
                for (MaskedSentence.Slot s : ms.slots(xiang + 1, award)) {
                    if (s.entity().type() == EntityType.PERSON || s.entity().type() == EntityType.ORGANIZATION) {
                        r.add(SigningExtractor.partyName(s)); // 向甲协会、乙先生颁发
                    }
                }
                int i = xiang + 1;
                while (i < award) {
                    int j = i;
                    while (j < award && m.charAt(j) == MaskedSentence.PLACE) {
                        j++;
                    }
                    if (j > i) {
                        MaskedSentence.Slot last = ms.lastPlace(i, j);
                        if (last != null && last.entity().type() != EntityType.COUNTRY) {
                            r.add(last.entity().name());
                        }
                        i = j;
                    } else {
                        i++;
                    }
                }
            }
            String date = sentenceDate(ctx, si);
            b.date(date);
            for (ForumExtractor.Forum f : forums) {
                if (f.b.location() != null) {
                    b.location(f.b.location());
                    break;
                }
            }
            from = award + a.length();
        }
    }

    private static final Pattern CONFERRED = Pattern.compile("(?:授予|颁授|颁发给)((?:[ⓇⓅⓄ](?:先生|女士|博士|教授|夫妇)?(?:、|和|与|及)?)+)(?:等\\d*(?:位|名|人|个)?[\\p{IsHan}]{0,4})?Ⓟ*[“\"「『]?$");

    /**
     * 福州市授予甲等13人“荣誉市民”称号: the people (else places) named after 授予 receive the award, the subject
     * before it confers it; a place right before the award's name is its owner (福州市“荣誉市民”), not a recipient.
     */
    private void conferredWithout向(DocumentContext ctx, int si, MaskedSentence ms, String a, int award, EventBuilder b,
                                   List<String> recipients) {
        String m = ms.masked();
        Matcher c = CONFERRED.matcher(m.substring(0, award));
        if (!c.find()) {
            Matcher named = UNRECOGNISED_PERSONS.matcher(m.substring(0, award));
            if (named.find()) {
                // 授予X等13人: 等N人 says X is a person's name (read from the text: part of it may be masked)
                int from = ms.textOffset(named.start(1)) - ms.sentence().start();
                int to = ms.textOffset(named.end(1) - 1) - ms.sentence().start();
                String raw = ms.sentence().text();
                to = named.group(1).endsWith(String.valueOf(MaskedSentence.PERSON)) ? raw.indexOf('等', from) : to + 1;
                recipients.add(to > from ? raw.substring(from, to) : named.group(1));
                giverBefore(ctx, si, ms, named.start(), b);
                return;
            }
            List<String> people = transliteratedAfterVerb(ms, award);
            if (!people.isEmpty()) {
                recipients.addAll(people);
                giverBefore(ctx, si, ms, m.lastIndexOf("授予", award), b);
            }
            return;
        }
        List<String> persons = new ArrayList<>(), places = new ArrayList<>();
        for (MaskedSentence.Slot s : ms.slots(c.start(1), c.end(1))) {
            if (s.entity().type() == EntityType.PERSON) {
                persons.add(s.entity().name());
            } else if (s.entity().type() != EntityType.COUNTRY) {
                places.add(SigningExtractor.partyName(s));
            }
        }
        recipients.addAll(persons.isEmpty() ? places : persons);
        giverBefore(ctx, si, ms, c.start(), b);
    }

    /** 约翰·史密斯: a name transliterated from a Western language, its parts joined by the middle dot. */
    private static final Pattern TRANSLITERATED = Pattern.compile("[\\p{IsHan}]{1,8}(?:[·•][\\p{IsHan}]{1,8})+$");
    /** 德国友人, 前市长, 议员: words that describe a person before the name. */
    private static final Pattern DESCRIPTOR = Pattern.compile("^.*(?:友人|朋友|先生|女士|专家|教授|博士|市长|议长|议员|州长|知事|主席|总裁|董事长|大使|总领事|领事|代表)");
    private static final Pattern CONFER_VERB_BEFORE_LIST = Pattern.compile("(?:授予|颁授)");

    /**
     * 授予甲·乙、丙·丁和戊·己“荣誉市民”称号: every entry between the verb and the award is a transliterated
     * person's name (read from the text, as the recogniser may have missed or merged them); empty otherwise.
     */
    static List<String> transliteratedAfterVerb(MaskedSentence ms, int award) {
        String m = ms.masked();
        Matcher v = CONFER_VERB_BEFORE_LIST.matcher(m.substring(0, award));
        int verbEnd = -1;
        while (v.find()) {
            verbEnd = v.end();
        }
        if (verbEnd < 0) {
            return List.of();
        }
        String raw = ms.sentence().text();
        int from = ms.textOffset(verbEnd) - ms.sentence().start();
        int to = ms.textOffset(award) - ms.sentence().start();
        String list = raw.substring(from, to).replaceAll("[“\"「『]$", "").replaceAll("(?:等\\d*(?:位|名|人)[\\p{IsHan}]{0,4})?$", "");
        // a place before the quoted award is its owner: 授予甲·乙宁波市“荣誉市民”称号
        List<String> out = new ArrayList<>();
        int at = from;
        for (String item : list.split("、|和|及|与")) {
            int start = raw.indexOf(item, at);
            at = start + item.length();
            MaskedSentence.Slot person = null;
            for (MaskedSentence.Slot x : ms.slots()) {
                int p = x.mention().start() - ms.sentence().start();
                if (x.entity().type() == EntityType.PERSON && p >= start && x.mention().end() - ms.sentence().start() <= at) {
                    person = x;
                }
            }
            String bare = DESCRIPTOR.matcher(item.trim()).replaceFirst("");
            Matcher t = TRANSLITERATED.matcher(bare);
            if (person != null && person.entity().name().contains("·")) {
                out.add(person.entity().name()); // 德国友人甲·乙: the name the recogniser found
            } else if (t.find()) {
                out.add(t.group());
            } else {
                return List.of();
            }
        }
        return out;
    }

    private static final Pattern UNRECOGNISED_PERSONS = Pattern.compile("(?:授予|颁授)((?:[\\p{IsHan}·]|Ⓡ){2,8}?)等\\d+(?:位|名)?人[\\p{IsHan}]{0,4}Ⓟ*[“\"「『]?$");

    /** The conferring body or place: the nearest one before the verb; and the date of the sentence. */
    private static void giverBefore(DocumentContext ctx, int si, MaskedSentence ms, int verbPos, EventBuilder b) {
        String m = ms.masked();
        MaskedSentence.Slot giver = null;
        for (MaskedSentence.Slot s : ms.slots(0, verbPos)) {
            if (s.entity().type() != EntityType.PERSON && s.entity().type() != EntityType.COUNTRY) {
                giver = s; // the nearest body or place before the verb
            }
        }
        if (giver != null && b.build().giver() == null) {
            b.giver(List.of(giver.entity().name()));
        }
        if (giver != null && giver.entity().type().isPlace() && (m.contains("仪式") || m.contains("典礼")) && b.build().location() == null) {
            b.location(giver.entity().name()); // 福州举行隆重仪式,授予…: the ceremony is in the conferring city
        }
        if (b.build().date() == null) {
            b.date(sentenceDate(ctx, si));
        }
    }

    private static final Pattern RECEIVED = Pattern.compile("([ⓅⓄⓇ]+)(?:先生|女士|博士|教授|夫妇)?(?:(?:等|共)?\\d+(?:多|余)?(?:个|座|位|名)[\\p{IsHan}]{0,6}?|等)?(?:在[^,，。;；]{1,40}?(?:上|中|期间)[,，]?|从[^ⓅⓄⓇ,，。;；]{1,16}[,，])?(?:曾经|曾|已|还|也|又|先后|多次|此前|日前|近日)?(?:再次|首次|成功|共同|均|分别|一举)?(荣获|获得|获颁|获授|获评|荣膺|喜获|摘得|被授予|被评为|获(?![得奖悉])|被[ⓄⓅ]+(?:授予|评为)|从[ⓅⓄ]*[\\p{IsHan}]{0,6}Ⓡ?(?:手里|手中|手上)?(?:接过|领取|获颁))");
    private static final Pattern GIVEN_BY = Pattern.compile("([ⓅⓄ]+)(?:政府)?(?:授予|颁发|颁授)的?[“\"「『]?$");

    /** 青岛市荣获长滩市授予的“…奖”: the subject received the award; a place or body before 授予的 gave it. */
    private void receipt(DocumentContext ctx, int si, MaskedSentence ms, List<String> named,
                         Map<String, EventBuilder> awards, Map<String, List<String>> recipients, List<ForumExtractor.Forum> forums) {
        String m = ms.masked();
        for (String a : named) {
            int inText = ms.sentence().text().indexOf(a);
            if (inText < 0) {
                continue;
            }
            int award = ms.maskedPos(ms.sentence().start() + inText);
            Matcher r = RECEIVED.matcher(m.substring(0, award));
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
            EventBuilder b = awards.get(key(a));
            if (recipient == null) {
                conferredWithout向(ctx, si, ms, a, award, b, recipients.get(key(a)));
                continue;
            }
            List<String> listed = enumerationBefore(ms, verbStart);
            if (listed.size() > 1) {
                recipients.get(key(a)).addAll(listed);
            } else {
                recipients.get(key(a)).add(recipient.entity().name());
            }
            Matcher g = GIVEN_BY.matcher(m.substring(verbEnd, award));
            if (m.charAt(verbStart) == '被' && !ms.slots(verbStart, verbEnd).isEmpty()) {
                b.giver(givers(ms, verbStart, verbEnd)); // 甲市被乙协会授予“X奖”
            } else if (g.find()) {
                MaskedSentence.Slot giver = ms.lastParty(verbEnd + g.start(1), verbEnd + g.end(1));
                if (giver != null) {
                    b.giver(List.of(giver.entity().name()));
                }
            }
            b.date(sentenceDate(ctx, si));
            ceremonyAtForum(b, forums);
        }
    }

    /**
     * An award the article gives no date or place for was conferred at the forum it reports (大会设立了…奖):
     * the forum's place, and its date — for a forum of several days, only the month they share.
     */
    private static void dateOfForum(EventBuilder b, List<ForumExtractor.Forum> forums) {
        if (forums.isEmpty() || b.location() != null || b.build().date() != null) {
            return;
        }
        Event f = forums.get(0).b.build();
        if (f.location() == null) {
            return;
        }
        b.location(f.location());
        if (f.date() != null) {
            b.date(f.date());
        } else if (f.start() != null && f.end() != null && f.start().length() == 10 && f.end().length() == 10) {
            b.date(f.start().substring(0, 7).equals(f.end().substring(0, 7)) ? f.start().substring(0, 7) : f.start().substring(0, 4));
        }
    }

    /**
     * An award reported as conferred, with no date of its own and no forum to take one from: the date of the
     * sentence that confers it, else the latest full date before it (the dateline's day in a news report).
     */
    private static void ceremonyDate(DocumentContext ctx, Integer si, EventBuilder b) {
        if (si == null || b.build().date() != null) {
            return;
        }
        b.date(sentenceDate(ctx, si));
    }

    /** 在甲市举行的…大会上 / 颁奖典礼在甲市举行 / 甲市政府举行仪式: where the ceremony was held, in the conferring sentence. */
    private static final Pattern HELD_IN = Pattern.compile("在(Ⓟ+)(?:[^,，。;；ⓅⓄⓇ]{0,4}?)(?:举行|举办|召开|闭幕|开幕)");
    private static final Pattern CEREMONY_IN = Pattern.compile("(?:颁奖|仪式|典礼)[^,，。;；ⓅⓄⓇ]{0,6}?在(Ⓟ+)(?:举行|举办)");
    private static final Pattern HOST_HOLDS = Pattern.compile("(Ⓟ+|Ⓞ)[^,，。;；ⓅⓄⓇ]{0,6}?举行(?:了)?[^,，。;；ⓅⓄⓇ]{0,8}?(?:颁奖|授予|仪式|典礼)");

    private static void ceremonyPlace(DocumentContext ctx, Integer si, EventBuilder b) {
        if (si == null || b.location() != null) {
            return;
        }
        MaskedSentence ms = ctx.masked.get(si);
        String m = ms.masked();
        for (Pattern p : List.of(CEREMONY_IN, HELD_IN, HOST_HOLDS)) {
            Matcher h = p.matcher(m);
            if (h.find()) {
                List<MaskedSentence.Slot> in = ms.slots(h.start(1), h.end(1));
                if (in.size() == 1 && in.get(0).entity().type() == EntityType.ORGANIZATION) {
                    String place = SigningExtractor.partyName(in.get(0)); // 甲市政府举行仪式: held in 甲
                    if (!place.equals(in.get(0).entity().name())) {
                        b.location(place);
                    }
                    return;
                }
                MaskedSentence.Slot last = ms.lastPlace(h.start(1), h.end(1));
                if (last != null && last.entity().type() != EntityType.COUNTRY) {
                    b.location(last.entity().name());
                }
                return;
            }
        }
    }

    /** 新华社甲地11月19日电 / 本报讯(11月19日): the month and day a report was filed, near the top of the page. */
    private static final Pattern DATELINE = Pattern.compile("(?<![\\d年])(\\d{1,2})月(\\d{1,2})日(?:专)?(?:电|讯)");
    private static final int DATELINE_WITHIN = 400;

    /** The dateline's day in the year of {@code near}; null without a dateline. */
    private static String datelineDay(DocumentContext ctx, String near) {
        Matcher d = DATELINE.matcher(ctx.text.substring(0, Math.min(ctx.text.length(), DATELINE_WITHIN)));
        if (d.find() && near != null && near.length() == 10) {
            return String.format("%s-%02d-%02d", near.substring(0, 4), Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)));
        }
        return null;
    }

    /** How many days a report may be filed before the page's own date (a dateline's day, DocumentContext). */
    private static final int FILED_WITHIN_DAYS = 7;

    /**
     * The date of what sentence {@code si} reports: its own most precise date; else the latest full date before
     * it — unless the report's dateline day (新华社甲地19日电) is a few days earlier, as when that date is
     * only the page's publication stamp.
     */
    static String sentenceDate(DocumentContext ctx, int si) {
        DateResolver.DateMention best = ctx.bestDate(si);
        if (best != null && best.first() != null) {
            return best.first();
        }
        String before = ctx.dateBefore(ctx.sentences.get(si).start());
        String anchor = before != null ? before : ctx.reference;
        String filed = datelineDay(ctx, anchor);
        if (anchor == null || filed == null || anchor.length() != 10 || filed.length() != 10) {
            return before;
        }
        try {
            long days = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(filed), java.time.LocalDate.parse(anchor));
            return days >= 0 && days <= FILED_WITHIN_DAYS ? filed : before;
        } catch (java.time.format.DateTimeParseException e) {
            return before;
        }
    }

    /** 颁发/颁赠/授予 right before the award's name: the award is the verb's object. */
    private static final Pattern VERB_BEFORE_AWARD = Pattern.compile("(?:颁发|颁赠|颁授|授予|赠予|赠送|颁)了?[“\"「『]?$");
    /** After the award's name: 给/予 and the recipients, to the end of the clause. */
    private static final Pattern TO_AFTER_AWARD = Pattern.compile("^[”\"」』]?(?:称号|证书|奖章|奖牌|奖杯)?(?:给|予)([^,，。;；:：]{1,40})");

    /** After the award's name: the verb of conferring and the recipients, to the end of the clause. */
    private static final Pattern AWARD_GIVEN_TO = Pattern.compile("^[”\"」』]?(?:称号)?(?:授予|颁给|颁发给|授给)了?([^,，。;；:：]{1,40})");

    /**
     * 颁发“X奖”给甲 / 颁赠X予甲议长乙 / “X奖”授予甲市: the people (else the places or bodies) named after 给/予 that follows
     * the award conferred; empty unless the construction is there.
     */
    private static List<String> recipientsAfterAward(MaskedSentence ms, String award) {
        String text = ms.sentence().text();
        int inText = text.indexOf(award);
        if (inText < 0) {
            return List.of();
        }
        String m = ms.masked();
        int at = ms.maskedPos(ms.sentence().start() + inText);
        int after = ms.maskedPos(ms.sentence().start() + inText + award.length());
        if (at > m.length() || after > m.length()) {
            return List.of();
        }
        Matcher to = TO_AFTER_AWARD.matcher(m.substring(after));
        boolean verbBefore = VERB_BEFORE_AWARD.matcher(m.substring(0, at)).find();
        if (!(verbBefore && to.find())) {
            to = AWARD_GIVEN_TO.matcher(m.substring(after)); // “X奖”授予甲市
            if (!to.find()) {
                return List.of();
            }
        }
        List<MaskedSentence.Slot> named = ms.slots(after + to.start(1), after + to.end(1));
        List<String> persons = new ArrayList<>();
        for (MaskedSentence.Slot x : named) {
            if (x.entity().type() == EntityType.PERSON) {
                persons.add(x.entity().name());
            }
        }
        if (!persons.isEmpty()) {
            return persons;
        }
        List<String> listed = enumerationBefore(ms, after + to.start(1), after + to.end(1));
        return listed.size() == itemCount(m.substring(after + to.start(1), after + to.end(1))) ? listed : List.of();
    }

    /** An award received at a reported forum (颁奖典礼 of a conference) was conferred where the forum was held. */
    private static void ceremonyAtForum(EventBuilder b, List<ForumExtractor.Forum> forums) {
        for (ForumExtractor.Forum f : forums) {
            if (f.b.location() != null && b.location() == null) {
                b.location(f.b.location());
                return;
            }
        }
    }

    /** 等40个外国省州市, 共10个城市, 20个省区市: the count that closes an enumeration of recipients. */
    private static final Pattern CLOSING_COUNT = Pattern.compile("(?:等|共)?\\d+(?:多|余)?(?:个|座|位|名)[\\p{IsHan}]{0,6}$|等$");
    /** Words an enumerated recipient may carry besides its places: 云南省对口友城越南老街省. */
    private static final Pattern ITEM_FILLER = Pattern.compile(
            "(?:我|本)[省市区县州](?=的|对口|国际|友)|对口友城|国际友好城市|友好城市|友好省州|国际友城|友城|先生|女士|博士|教授|夫妇|的|再次|首次|成功|共同|分别|均|也|还|以及|及|和|与");

    /**
     * 云南省、北京市,昆明市…20个省区市获评…: every entry of the enumeration that ends right before the verb,
     * walking back while entries are names (each the last place of its chain); stops at the first entry that
     * is not one.
     */
    static List<String> enumerationBefore(MaskedSentence ms, int verbPos) {
        return enumerationBefore(ms, 0, verbPos);
    }

    /** The same, not looking before {@code from}. */
    static List<String> enumerationBefore(MaskedSentence ms, int from, int verbPos) {
        String m = ms.masked();
        List<String> out = new ArrayList<>();
        int end = verbPos;
        boolean first = true;
        while (end > from) {
            int start = end;
            int separator = 1;
            while (start > from && "、,，;； \u3000".indexOf(m.charAt(start - 1)) < 0) {
                char c = m.charAt(start - 1);
                if ("和与及".indexOf(c) >= 0 && start < end && isSlot(m.charAt(start)) && start - 1 > from) {
                    // 甲市和乙市, 甲等10个省区市和乙: a conjunction before a name separates two entries
                    separator = c == '及' && start - 2 > from && m.charAt(start - 2) == '以' ? 2 : 1;
                    break;
                }
                start--;
            }
            boolean conjunction = start > from && "和与及".indexOf(m.charAt(start - 1)) >= 0;
            String item = m.substring(start, end);
            if (item.isBlank() && start > from) {
                end = start - 1; // a run of separating spaces
                continue;
            }
            if (first) {
                item = CLOSING_COUNT.matcher(item).replaceFirst("");
            }
            String name = null;
            List<MaskedSentence.Slot> inItem = ms.slots(start, end);
            if (inItem.size() == 1 && inItem.get(0).entity().type() == EntityType.PERSON) {
                name = inItem.get(0).entity().name(); // 甲、乙等5人获颁: people receive honours
            } else if (item.indexOf(MaskedSentence.PERSON) < 0) {
                MaskedSentence.Slot party = ms.lastParty(start, start + item.length());
                name = party == null ? null : SigningExtractor.partyName(party);
            }
            String rest = ITEM_FILLER.matcher(item.replaceAll("[ⓅⓄⓇ]", "")).replaceAll("").trim();
            if (!rest.isEmpty()) {
                // an entry the recogniser missed, read by its form: 日本Ⓟ + 富山县 → 富山县
                String bare = unrecognisedEntry(item, inItem);
                name = bare;
                rest = bare == null ? rest : "";
            }
            if (name == null || !rest.isEmpty()) {
                break;
            }
            out.add(0, name);
            first = conjunction; // the entry before 和 may close its own group: 甲等10个省区市和乙
            end = start - (conjunction ? separator : 1);
        }
        return out;
    }

    private static boolean isSlot(char c) {
        return c == MaskedSentence.PLACE || c == MaskedSentence.ORG || c == MaskedSentence.PERSON;
    }

    /** A generic head that ends the name of a place or body: the form of a winners' list entry. */
    private static final Pattern ENTRY_HEAD = Pattern.compile(
            "(?:特别市|广域市|自治区|自治州|自治县|市|省|州|县|区|道|府|郡|都|盟|岛|邦|大区|地区"
            + "|政府|协会|委员会|大学|学院|学校|医院|公司|集团|中心|研究院|研究所|基金会|联合会|商会|银行|博物馆|图书馆|剧院|乐团)$");
    private static final Pattern BARE_ENTRY = Pattern.compile("[\\p{IsHan}·]{2,16}");

    private static boolean onlyCountries(List<MaskedSentence.Slot> slots) {
        return slots.stream().allMatch(x -> x.entity().type() == EntityType.COUNTRY);
    }

    /**
     * An entry of a winners' list that no entity was found in (or only the country it is prefixed with):
     * its own text, when it is a short Han name ending in an administrative suffix or an organisation head.
     */
    static String unrecognisedEntry(String item, List<MaskedSentence.Slot> inItem) {
        if (!onlyCountries(inItem)) {
            return unrecognisedAfterPlaces(item, inItem);
        }
        String bare = item.trim();
        if (!inItem.isEmpty()) {
            if (bare.indexOf(MaskedSentence.PLACE) != 0 || inItem.size() != 1) {
                return null; // only a leading country is allowed: 日本Ⓟ富山县
            }
            bare = bare.substring(1);
        }
        bare = bare.replaceFirst("^(?:以及|及|和|与)", "");
        if (!BARE_ENTRY.matcher(bare).matches() || !ENTRY_HEAD.matcher(bare).find() || bare.length() < 3) {
            return null;
        }
        return bare;
    }

    /** The suffix of a place's own name (not of a body): what an unknown entry after its region ends in. */
    private static final Pattern PLACE_HEAD = Pattern.compile("(?:特别市|广域市|自治州|自治县|市|州|县|区|道|府|郡|盟|岛|大区)$");
    private static final Pattern GENERIC_START = Pattern.compile("^(?:人民|市|省|县|区|州|所属|下属|辖|全|各|本|该|首都|首府)");

    /**
     * 京畿道Ⓟ + 义王市: an entry whose region the recogniser found but not the place itself — the text after the
     * leading places, when it is a short Han name ending in a place suffix; null otherwise.
     */
    private static String unrecognisedAfterPlaces(String item, List<MaskedSentence.Slot> inItem) {
        String bare = item.trim().replaceFirst("^(?:以及|及|和|与)", "");
        int lead = 0;
        while (lead < bare.length() && bare.charAt(lead) == MaskedSentence.PLACE) {
            lead++;
        }
        if (lead == 0 || lead != inItem.size() || inItem.stream().anyMatch(x -> !x.entity().type().isPlace() && x.entity().type() != EntityType.COUNTRY)) {
            return null;
        }
        bare = bare.substring(lead);
        if (bare.length() < 2 || !BARE_ENTRY.matcher(bare).matches() || !PLACE_HEAD.matcher(bare).find()
                || GENERIC_START.matcher(bare).find()) {
            return null;
        }
        return bare;
    }

    /** 一、国际友好城市交流合作奖(20个) / 对华友好城市交流合作奖获奖名单: a heading line naming an award unquoted. */
    private static final Pattern HEADING = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|\\d{1,2}[、.．]|[(（][一二三四五六七八九十\\d]+[)）])?\\s*([\\p{IsHan}·—-]{3,30}?)"
            + "(?:[(（][^)）]{1,12}[)）])?(?:获奖名单|获奖者名单|获奖城市名单|获奖城市|获奖单位|获得者|名单)?(?:如下)?[:：]?$");

    /** A verb or a subject's count inside a line: the line is a clause about an award, not a heading naming it. */
    private static final Pattern CLAUSE_WORD = Pattern.compile("获|颁|授予|设立|表彰|揭晓|\\d+[个位名]");

    private String headingAward(String line) {
        if (line.length() > 40) {
            return null;
        }
        Matcher h = HEADING.matcher(line.trim());
        if (!h.matches()) {
            return null;
        }
        String name = h.group(1);
        if (CLAUSE_WORD.matcher(name).find()) {
            return null; // 三省市获X奖, 大会颁奖: a headline that reports the award is a clause, not its name
        }
        return name.length() >= 4 && lexicon.endsWith(EventLexicon.Role.AWARD_HEAD, name) != null ? name : null;
    }

    private static int itemCount(String masked) {
        String m = CLOSING_COUNT.matcher(masked.replaceAll("[。;；,，、]+$", "")).replaceFirst("");
        return m.isBlank() ? 0 : m.trim().split("[、,，;；\\s]+(?:以及|和|与|及)?|(?:以及|和|与|及)(?=[ⓅⓄⓇ])").length;
    }

    /** The enumeration after the award's name and a colon, to the end of the sentence; empty if none. */
    private static List<String> enumerationAfterColon(MaskedSentence ms, String award) {
        String t = ms.sentence().text();
        int at = t.indexOf(award);
        if (at < 0) {
            return List.of();
        }
        Matcher c = COLON_AFTER_AWARD.matcher(t.substring(at + award.length()));
        if (!c.lookingAt()) {
            return List.of();
        }
        int from = ms.maskedPos(ms.sentence().start() + at + award.length() + c.end());
        String m = ms.masked();
        int end = m.length();
        while (end > from && "。;；,，".indexOf(m.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end <= from) {
            return List.of();
        }
        List<String> out = enumerationBefore(ms, from, end);
        int items = itemCount(m.substring(from, end));
        return out.size() == items ? out : List.of();
    }

    /** “X奖”: / X奖获奖城市为 / X奖的获得者有: what may stand between an award and the list of its winners. */
    private static final Pattern COLON_AFTER_AWARD = Pattern.compile("[”\"」』】]?(?:[(（][^)）]{1,12}[)）])?[^。,，、;；:：]{0,10}?(?:[:：]|(?:为|是|有|包括)[:：]?)");

    /** 获奖名单如下: / 获奖城市(单位): — a heading line that introduces winners without naming the award. */
    private static final Pattern LIST_HEADING = Pattern.compile(
            "(?:[\\p{IsHan}]{0,6}?)(?:获奖|获表彰|受表彰)(?:城市|单位|者|集体|个人|名单|城市名单|单位名单|者名单)(?:名单)?(?:[(（][^)）]{1,12}[)）])?(?:如下|为|是|有)?[:：]?");
    /** 获奖城市为 / 获奖单位分别是 / 获得者包括: words after which the winners are listed to the end of the clause. */
    private static final Pattern WINNERS_ARE = Pattern.compile(
            "(?:获此殊荣|获奖|荣获[^。;；]{0,30}?的)[^。;；]{0,20}?(?:分别是|分别为)[:：]?|"
            + "(?:荣获|获得)[^。;；,，]{0,30}?的(?:城市|省市|省区市|省份|单位|团体)(?:分别)?(?:有|为|是|包括)[:：]?|"
            + "(?:获奖|获表彰|受表彰|入选)(?:城市|单位|省市|省区市|集体|者|的城市|的单位)(?:名单)?(?:分别)?(?:为|是|有|包括|如下)[:：]?|(?:获得者|得主)(?:分别)?(?:为|是|有|包括)[:：]?");

    /** The 、-enumeration that follows a match of {@code after}, up to the end of its clause; empty unless every entry is a name. */
    private static List<String> enumerationAfter(MaskedSentence ms, Pattern after) {
        String m = ms.masked();
        Matcher w = after.matcher(m);
        if (!w.find()) {
            return List.of();
        }
        int from = w.end();
        int end = from;
        while (end < m.length() && "。;；".indexOf(m.charAt(end)) < 0) {
            end++;
        }
        while (end > from && ",，".indexOf(m.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end <= from) {
            return List.of();
        }
        List<String> out = enumerationBefore(ms, from, end);
        return out.size() == itemCount(m.substring(from, end)) ? out : List.of();
    }

    /** 为/向 + names + 颁奖/颁发奖牌: names given the award the text has just named. */
    private static final Pattern GIVEN_ANAPHORIC = Pattern.compile(
            "(?:向|为|给)((?:[ⓅⓄⓇ]+(?:、|和|与|及)?)+)(?:等[^颁授,，。]{0,8})?(?:颁奖|颁发了?(?:奖杯|奖牌|证书|奖状|奖项|该奖|此奖|荣誉证书)|授予了?(?:该|此|这一)(?:奖|奖项|荣誉|称号))");
    /** names + 获此殊荣/荣获该奖/获得这一荣誉: names that received the award the text has just named. */
    /** 包括甲市、乙市和丙市在内的20个城市获奖: the winners named inside 包括…在内. */
    private static final Pattern INCLUDING = Pattern.compile("包括([^。;；]{1,200}?)在内的[^。;；]{0,30}?(?:获奖|获此殊荣|获得?(?:该|此|这一)(?:奖|奖项|荣誉))");
    private static final Pattern RECEIVED_ANAPHORIC = Pattern.compile(
            "(?:获此殊荣|获此荣誉|获得?此奖|(?:荣获|获得|获颁|摘得|荣膺)(?:了)?(?:该|此|这一|上述)(?:奖|奖项|荣誉|殊荣|称号))");

    private static List<String> anaphoricRecipients(MaskedSentence ms) {
        String m = ms.masked();
        Matcher g = GIVEN_ANAPHORIC.matcher(m);
        if (g.find()) {
            List<String> out = new ArrayList<>();
            String list = g.group(1);
            int at = g.start(1);
            for (String chain : list.split("、|和|与|及")) {
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
        Matcher inc = INCLUDING.matcher(m);
        if (inc.find()) {
            List<String> listed = enumerationBefore(ms, inc.start(1), inc.end(1));
            return listed.size() == itemCount(inc.group(1)) ? listed : List.of();
        }
        Matcher r = RECEIVED_ANAPHORIC.matcher(m);
        if (r.find()) {
            List<String> listed = enumerationBefore(ms, r.start());
            return listed;
        }
        return List.of();
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

    /** Bodies named together: 甲协会、乙联合会 / 甲协会和乙联合会. */
    private static final String BODIES = "Ⓞ(?:(?:、|和|与|及|以及)Ⓞ)*";
    /** 甲协会设立的“X奖” / 甲协会颁发“X奖” / 由甲协会颁发: the body that gives the award, written next to it. */
    private static final Pattern GIVER_BEFORE_AWARD = Pattern.compile(
            "(" + BODIES + "|Ⓟ+)(?:政府)?(?:共同|联合)?(?:设立|颁发|授予|颁授|评选|评定)(?:了)?的?[“\"「『]?$");
    private static final Pattern GIVER_BY = Pattern.compile(
            "由(" + BODIES + "|Ⓟ+)(?:政府)?(?:于[^。,，]{1,12}?)?(?:共同|联合)?(?:颁发|授予|颁授|设立|评选|创立|创设|设置)");
    /**
     * 甲协会、乙联合会评选出…,分别颁发“X奖”与“Y奖” / 甲协会向来自20个国家的专家颁发X奖: bodies that open a
     * clause and are the subject of its verb of conferring, the award following in the same clause.
     */
    /** “X”是甲市授予…的 / X奖由甲协会于2010年设立 / X奖是甲协会设立的: the award defined by who gives it. */
    private static final Pattern GIVER_DEFINED = Pattern.compile(
            "^[”\"」』]?(?:称号|奖项)?(?:是|系|为)?由?(" + BODIES + "|Ⓟ+)(?:人民政府|政府)?(?:于[^。,，]{1,12}?)?(?:共同|联合)?(?:授予|颁发|颁授|设立|创立|创设|设置)");
    private static final Pattern GIVER_SUBJECT = Pattern.compile(
            "(?:^|[,，:：;；]|日|上|中)(" + BODIES + ")(?:共同|联合|还|也|首次|正式|分别)?(?:评选出了?|评出了?|向|为|给|颁发|颁授|授予)"
            + "[^。;；]{0,120}?(?:颁发|颁授|授予)?(?:了)?[^。;；向]{0,40}$");

    private static void giverNamedWith(MaskedSentence ms, String award, EventBuilder b) {
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
        if (g.find()) {
            givers = givers(ms, g.start(1), g.end(1));
        } else if (by.find()) {
            givers = givers(ms, by.start(1), by.end(1));
        } else if (subject.find() && CONFERRING_WORD.matcher(subject.group()).find()) {
            givers = givers(ms, subject.start(1), subject.end(1));
        }
        if (!givers.isEmpty()) {
            b.giver(givers);
        }
    }

    private static final Pattern BODIES_BEFORE = Pattern.compile(BODIES + "$");
    private static final Pattern CONFERRING_WORD = Pattern.compile("颁发|颁授|授予|评选出|评出");

    /** The bodies of a run (each one), else the place a run of places names; never a country or a person. */
    private static List<String> givers(MaskedSentence ms, int from, int to) {
        List<String> out = new ArrayList<>();
        List<MaskedSentence.Slot> in = ms.slots(from, to);
        if (!in.isEmpty() && in.stream().allMatch(x -> x.entity().type() == EntityType.ORGANIZATION)) {
            in.forEach(x -> out.add(x.entity().name())); // the conferring body as written (GOLD.md §7)
            return dedupe(out);
        }
        MaskedSentence.Slot giver = ms.lastParty(from, to);
        if (giver != null && giver.entity().type() != EntityType.COUNTRY && giver.entity().type() != EntityType.PERSON) {
            out.add(giver.entity().name());
        }
        return out;
    }

    private static String lastKey(Map<String, EventBuilder> awards) {
        String last = null;
        for (String k : awards.keySet()) {
            last = k;
        }
        return last;
    }

    /** 甲市—乙市 / 甲市与乙市: a winners' list line naming a pair of friendship cities (both are recipients). */
    private static final Pattern PAIR_LINE = Pattern.compile("^\\s*(?:\\d{1,3}[.、．])?\\s*([ⓅⓄ]+)\\s*(?:—+|－|-|–|与|和)\\s*([ⓅⓄ]+)[。;；]?\\s*$");

    /**
     * The recipients of a numbered winners' list line: its last place before any bracket (bracket: the partner);
     * both places of a 甲—乙 pair; else the line's own text when it has the form of a name the recogniser missed.
     */
    private static List<String> listEntry(MaskedSentence ms) {
        String m = ms.masked();
        List<String> pair = pairEntry(ms);
        if (!pair.isEmpty()) {
            return pair;
        }
        String one = listEntryOne(ms);
        if (one != null) {
            return List.of(one);
        }
        Matcher item = LIST_ITEM.matcher(m);
        if (item.find()) {
            int bracket = m.indexOf('(');
            if (bracket < 0) {
                bracket = m.indexOf('（');
            }
            int end = bracket < 0 ? m.length() : bracket;
            String text = m.substring(item.end(), end).replaceAll("[。;；,，\\s]+$", "");
            String bare = unrecognisedEntry(text, ms.slots(item.end(), end));
            if (bare != null) {
                return List.of(bare);
            }
        }
        return List.of();
    }

    private static List<String> pairEntry(MaskedSentence ms) {
        Matcher pair = PAIR_LINE.matcher(ms.masked());
        if (pair.matches()) {
            MaskedSentence.Slot a = ms.lastParty(pair.start(1), pair.end(1));
            MaskedSentence.Slot b = ms.lastParty(pair.start(2), pair.end(2));
            if (a != null && b != null && a.entity().type() != EntityType.COUNTRY && b.entity().type() != EntityType.COUNTRY) {
                return List.of(SigningExtractor.partyName(a), SigningExtractor.partyName(b));
            }
        }
        return List.of();
    }

    private static String listEntryOne(MaskedSentence ms) {
        String m = ms.masked();
        int bracket = m.indexOf('(');
        if (bracket < 0) {
            bracket = m.indexOf('（');
        }
        MaskedSentence.Slot s = ms.lastPlace(0, bracket < 0 ? m.length() : bracket);
        if (s == null) {
            for (MaskedSentence.Slot o : ms.slots(0, bracket < 0 ? m.length() : bracket)) {
                if (o.entity().type() == EntityType.ORGANIZATION) {
                    s = o;
                }
            }
        }
        return s == null || s.entity().type() == EntityType.COUNTRY ? null : s.entity().name();
    }

    /** A heading line of a winners' list: short, naming an award, no verb of conferring. */
    private boolean isHeading(String s) {
        return s.length() <= 50 && !lexicon.contains(EventLexicon.Role.AWARD_VERB, s) && !s.contains("。");
    }

    private List<String> awardNames(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = QUOTED_AWARD.matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        Matcher q = QUOTED.matcher(s);
        while (q.find()) {
            String name = q.group(1);
            // “荣誉市民”称号, “…友谊勋章”: an honour named by its head or by the word 称号 after it
            if (!out.contains(name) && (s.startsWith("称号", q.end()) || s.startsWith("荣誉称号", q.end())
                    || lexicon.endsWith(EventLexicon.Role.AWARD_HEAD, name) != null)) {
                out.add(name);
            }
        }
        Matcher u = UNQUOTED_AWARD.matcher(s);
        while (u.find()) {
            for (String part : coordinatedAwards(u.group(1))) {
                String name = trimToHead(GIVER_CLAUSE.matcher(part).replaceFirst(""));
                if (name != null && name.length() >= 4 && !out.contains(name) && out.stream().noneMatch(o -> o.contains(name))) {
                    out.add(name);
                }
            }
        }
        m = ABBREVIATED_AWARD.matcher(s);
        while (m.find()) {
            String name = m.group(1);
            int cut = Math.max(name.lastIndexOf('和'), Math.max(name.lastIndexOf('与'), name.lastIndexOf('及')));
            out.add(cut >= 0 ? name.substring(cut + 1) : name);
        }
        return out;
    }

    /**
     * X奖38名和Y奖4名 → X奖, Y奖: a run of award names split at 和/与/及 only where the part before ends in an
     * award head (so 由甲和乙设立的X奖 stays one part).
     */
    private List<String> coordinatedAwards(String run) {
        List<String> out = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String piece : run.split("(?<=和|与|及)")) {
            part.append(piece);
            String bare = part.toString().replaceAll("(?:和|与|及)$", "").replaceAll("\\d+[名个]$", "");
            if (lexicon.endsWith(EventLexicon.Role.AWARD_HEAD, bare) != null) {
                out.add(bare);
                part.setLength(0);
            }
        }
        if (part.length() > 0) {
            out.add(part.toString());
        }
        return out;
    }

    /** The name up to its last award head (国际友好城市交流合作奖38名 → 国际友好城市交流合作奖), or null. */
    private String trimToHead(String part) {
        String p = part.replaceAll("\\d+[名个]$", "");
        for (int end = p.length(); end > 0; end--) {
            if (lexicon.endsWith(EventLexicon.Role.AWARD_HEAD, p.substring(0, end)) != null) {
                return p.substring(0, end);
            }
        }
        return null;
    }

    private static String key(String award) {
        return CanonicalNames.surfaceForm(award);
    }

    private static List<String> dedupe(List<String> l) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(l));
    }
}
