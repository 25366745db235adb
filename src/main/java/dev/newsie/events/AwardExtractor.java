package dev.newsie.events;

import dev.newsie.canon.CanonicalNames;
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
 * AWARD events: every named award (quoted, introduced with 简称, named unquoted after a verb of giving or
 * receiving, or heading a list), with its recipients — the names 向/为/给 introduces, the enumeration before
 * 获得/荣获/获评 or after 为/包括/分别是, the lines of a winners' list under it ({@link WinnersList}) — its giver
 * ({@link AwardGivers}) and the date and place of its ceremony ({@link AwardCeremony}).
 */
final class AwardExtractor {
    /** 省级: / 市级: — a sub-list heading inside a winners' list. */
    private static final Pattern SUB_HEADING = Pattern.compile("\\s*[\\p{IsHan}]{1,6}[:：]\\s*");

    /** 向/为/给 + a name + … + 颁发/颁授/授予: an award conferred on the named. */
    private static final Pattern CONFER_TO = Pattern.compile("(?:向|为|给)[ⓅⓄⓇ][^。]{0,60}?(?:颁发|颁授|授予)");

    /** A sentence that reports an award being set up, chosen or given, not merely named. */
    private static final Pattern CONFERRING = Pattern.compile("设立|评选|评出|表彰|获评|获颁|颁奖");

    private final EventLexicon lexicon;
    private final AwardNames names;

    AwardExtractor(EventLexicon lexicon) {
        this.lexicon = lexicon;
        this.names = new AwardNames(lexicon);
    }

    List<EventBuilder> extract(DocumentContext ctx, List<ForumExtractor.Forum> forums) {
        Map<String, EventBuilder> awards = new LinkedHashMap<>();
        Map<String, List<String>> recipients = new LinkedHashMap<>();
        java.util.Set<String> conferred = new java.util.HashSet<>();
        Map<String, Integer> conferredAt = new java.util.HashMap<>();
        java.util.Set<String> inBody = new java.util.HashSet<>(); // awards named below the headline
        String current = null;
        java.util.TreeMap<Integer, AwardGivers.Host> hosts = new java.util.TreeMap<>(); // ceremonies held, by sentence
        Map<String, Integer> firstAt = new java.util.HashMap<>();
        for (int si = 0; si < ctx.sentences.size(); si++) {
            Sentence s = ctx.sentences.get(si);
            MaskedSentence ms = ctx.masked.get(si);
            AwardGivers.Host host = AwardGivers.ceremonyHost(ms);
            if (host != null) {
                hosts.put(si, host);
            }
            List<String> named = names.awardNames(s.text());
            if (named.isEmpty() && !awards.isEmpty()) {
                List<String> g = AwardGivers.anaphoricGiver(ms); // 该奖由甲协会发起
                EventBuilder last = awards.get(lastKey(awards));
                if (!g.isEmpty() && last.build().giver() == null) {
                    last.giver(g);
                }
            }
            for (String h : AwardNames.unquotedHonours(ms)) {
                if (named.stream().noneMatch(n -> n.contains(h))) {
                    named.add(h);
                }
            }
            String lineAward = named.isEmpty() ? names.honoursLineAward(s.text()) : null;
            if (lineAward != null) {
                named = new ArrayList<>(List.of(lineAward)); // 金莲花荣誉勋章:甲、乙。
            }
            String headingAward = names.headingAward(s.text());
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
                firstAt.putIfAbsent(key(a), si);
                recipients.computeIfAbsent(key(a), k -> new ArrayList<>());
                if (CONFERRING.matcher(s.text()).find() || lexicon.contains(EventLexicon.Role.AWARD_VERB, s.text())) {
                    conferred.add(key(a));
                    if (!headline) {
                        conferredAt.putIfAbsent(key(a), si); // the headline has no date of its own
                    }
                }
            }
            for (String a : named) {
                AwardGivers.giverNamedWith(ms, a, awards.get(key(a)));
            }
            if (named.size() == 1) {
                // 国际友好城市交流合作奖:甲市、乙市、丙市: the winners listed after a colon
                List<String> after = WinnersList.enumerationAfterColon(ms, named.get(0));
                if (after.isEmpty() && lineAward != null) {
                    after = WinnersList.honoursLine(ms, s.text().indexOf(':') >= 0 ? s.text().indexOf(':') : s.text().indexOf('：'));
                }
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
            if (current != null && WinnersList.LIST_ITEM.matcher(s.text()).find()) {
                recipients.get(current).addAll(WinnersList.listEntry(ms));
                continue;
            }
            if (named.isEmpty() && !awards.isEmpty() && s.text().length() <= 30 && LIST_HEADING.matcher(s.text().trim()).matches()) {
                // 获奖名单如下: / 获奖城市: — a heading of the winners of the award last named
                current = lastKey(awards);
                continue;
            }
            if (named.isEmpty() && !awards.isEmpty()) {
                // 市长为甲、乙颁奖 / 甲、乙获此殊荣: the award last named, referred to without its name
                List<String> got = AnaphoricWinners.anaphoricRecipients(ms);
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
                List<String> listed = WinnersList.enumerationAfter(ms, WINNERS_ARE);
                if (!listed.isEmpty()) {
                    String k = named.isEmpty() ? lastKey(awards) : key(named.get(named.size() - 1));
                    recipients.get(k).addAll(listed);
                    conferred.add(k);
                    conferredAt.putIfAbsent(k, si);
                    continue;
                }
            }
            if (current != null && !WinnersList.pairEntry(ms).isEmpty()) {
                recipients.get(current).addAll(WinnersList.pairEntry(ms));
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
                List<String> line = WinnersList.enumerationBefore(ms, from, end);
                if (!line.isEmpty() && line.size() == WinnersList.itemCount(ms.masked().substring(from))) {
                    recipients.get(current).addAll(line);
                    continue;
                }
            }
            if (current != null && !SUB_HEADING.matcher(s.text()).matches()) {
                current = null;
            }
            boolean givenTo = false;
            for (String a : named) {
                List<String> to = WinnersAfterAward.recipientsAfterAward(ms, a);
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
            // the body that held the ceremony (in this sentence or before) gives the awards it presents
            Map.Entry<Integer, AwardGivers.Host> held = hosts.floorEntry(firstAt.get(e.getKey()));
            if (held != null && e.getValue().build().giver() == null) {
                e.getValue().giver(held.getValue().givers());
            }
            if (conferred.contains(e.getKey())) {
                AwardCeremony.ceremonyPlace(ctx, conferredAt.get(e.getKey()), e.getValue());
                if (held != null && held.getValue().place() != null && e.getValue().location() == null) {
                    e.getValue().location(held.getValue().place());
                }
                AwardCeremony.dateOfForum(e.getValue(), forums);
                AwardCeremony.ceremonyDate(ctx, conferredAt.get(e.getKey()), e.getValue());
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
                Matcher run = AwardGivers.BODIES_BEFORE.matcher(m.substring(0, xiang));
                if (giver != null && giver.maskedPos() + 1 == xiang && run.find()) {
                    b.giver(AwardGivers.givers(ms, run.start(), run.end())); // 甲协会、乙联合会向…颁发: each body
                } else if (giver != null) {
                    b.giver(List.of(giver.entity().name()));
                }
                List<String> r = recipients.get(key(a));
                boolean person = false;
                for (MaskedSentence.Slot s : ms.slots(xiang + 1, award)) {
                    if (s.entity().type() == EntityType.PERSON || s.entity().type() == EntityType.ORGANIZATION) {
                        r.add(SigningExtractor.partyName(s)); // 向甲协会、乙先生颁发
                        person |= s.entity().type() == EntityType.PERSON;
                    }
                }
                // 向甲市原副市长乙颁授: the places describe the person honoured, they are not honoured themselves
                int i = person ? award : xiang + 1;
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
            String date = AwardCeremony.sentenceDate(ctx, si);
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

    private static final Pattern CONFERRED = Pattern.compile("(?:授予|颁授|颁发给|颁给|颁予|授与|颁赠给)((?:[ⓇⓅⓄ](?:先生|女士|博士|教授|夫妇)?(?:、|和|与|及)?)+)(?:等\\d*(?:位|名|人|个)?[\\p{IsHan}]{0,4})?Ⓟ*[“\"「『]?$");

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
        int guessed = 0;
        for (String item : list.split("、|和|及|与")) {
            int start = raw.indexOf(item, at);
            at = start + item.length();
            MaskedSentence.Slot person = null;
            int persons = 0;
            for (MaskedSentence.Slot x : ms.slots()) {
                int p = x.mention().start() - ms.sentence().start();
                if (x.entity().type() == EntityType.PERSON && p >= start && x.mention().end() - ms.sentence().start() <= at) {
                    person = x;
                    persons++;
                }
            }
            String bare = DESCRIPTOR.matcher(item.trim()).replaceFirst("");
            Matcher t = TRANSLITERATED.matcher(bare);
            if (person != null && person.entity().name().contains("·")) {
                out.add(person.entity().name()); // 德国友人甲·乙: the name the recogniser found
            } else if (persons == 1 && endsWithName(raw.substring(person.mention().end() - ms.sentence().start(), at))) {
                out.add(person.entity().name()); // 日本静冈县知事甲: a title, then the name the recogniser found
            } else if (t.find()) {
                out.add(t.group());
            } else if (HAN_NAME.matcher(bare).matches() && !NOT_A_NAME.matcher(bare).find()) {
                out.add(bare); // 授予甲、乙、丙: a name of Chinese form the recogniser missed, checked below
                guessed++;
            } else {
                return List.of();
            }
        }
        // names read by their form alone stand only beside names the recogniser or the middle dot vouches for
        return guessed < out.size() ? out : List.of();
    }

    /** Words that describe people (旅日华侨, 外国专家): an entry holding one is a description, not a name. */
    private static final Pattern NOT_A_NAME = Pattern.compile("侨|胞|人士|友人|朋友|专家|代表|会长|主席|市长|议长|委员|教授|先生|女士|博士|学者|企业家|记者|华人");

    /** A name of Chinese form: two to four Han characters. */
    private static final Pattern HAN_NAME = Pattern.compile("[\\p{IsHan}]{2,4}");

    /** What may follow a person's name in a list of those honoured: an honorific, or nothing. */
    private static final Pattern AFTER_NAME = Pattern.compile("\\s*(?:先生|女士|博士|教授|夫妇|夫人)?\\s*");

    private static boolean endsWithName(String afterPerson) {
        return AFTER_NAME.matcher(afterPerson).matches();
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
            b.date(AwardCeremony.sentenceDate(ctx, si));
        }
    }

    private static final Pattern RECEIVED = Pattern.compile("([ⓅⓄⓇ]+)(?:先生|女士|博士|教授|夫妇)?(?:(?:等|共)?(?:\\d+|[一二三四五六七八九十两百]+)(?:多|余)?(?:个|座|位|名|家|人)[\\p{IsHan}Ⓟ、]{0,8}?(?:和(?:\\d+|[一二三四五六七八九十两百]+)(?:多|余)?(?:个|位|名|家|人)[\\p{IsHan}]{0,6}?)?|等(?:城市|省市|地|国家|单位|机构)?)?(?:在[^,，。;；]{1,40}?(?:上|中|期间)[,，]?|从[^ⓅⓄⓇ,，。;；]{1,16}[,，])?(?:曾经|曾|已|还|也|又|先后|多次|此前|日前|近日)?(?:再次|首次|成功|共同|均|分别|一举)?(荣获|获得|获颁|获授|获评|荣膺|喜获|摘得|被授予|被评为|获(?![得奖悉])|被[ⓄⓅ]+(?:授予|评为)|从[ⓅⓄ]*[\\p{IsHan}]{0,6}Ⓡ?(?:手里|手中|手上)?(?:接过|领取|获颁))");

    /** 我市(再度)荣获 / 本省获评: the page's own place (a city's or province's own media) receives the award. */
    private static final Pattern HOME_RECEIVES = Pattern.compile(
            "(?:^|[,，;；:：\\s])(?:我|本)([市省])[^。;；ⓅⓄⓇ]{0,24}?(?:荣获|获得|获颁|获评为?|荣膺|摘得|喜获|被授予|被评为|获)了?[^,，。;；ⓅⓄⓇ]{0,10}?[“\"「『]?$");

    private static final Pattern GIVEN_BY = Pattern.compile("([ⓅⓄ]+)(?:政府)?(?:授予|颁发|颁授)的?[“\"「『]?$");

    /** 青岛市荣获长滩市授予的“…奖”: the subject received the award; a place or body before 授予的 gave it. */
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
        for (String a : named) {
            int inText = ms.sentence().text().indexOf(a);
            if (inText >= 0 && ms.maskedPos(ms.sentence().start() + inText) > v.start()) {
                after.add(a);
            }
        }
        if (winners.size() != after.size()) {
            return false;
        }
        for (int i = 0; i < after.size(); i++) {
            recipients.get(key(after.get(i))).add(winners.get(i));
            EventBuilder b = awards.get(key(after.get(i)));
            if (b.build().date() == null) {
                b.date(AwardCeremony.sentenceDate(ctx, si));
            }
        }
        return true;
    }

    private void receipt(DocumentContext ctx, int si, MaskedSentence ms, List<String> named,
                         Map<String, EventBuilder> awards, Map<String, List<String>> recipients, List<ForumExtractor.Forum> forums) {
        String m = ms.masked();
        if (respectively(ctx, si, ms, named, awards, recipients)) {
            return;
        }
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
            EventBuilder b = awards.get(key(a));
            Matcher home = HOME_RECEIVES.matcher(m.substring(0, award));
            home.region(clause, award);
            String own = recipient == null && home.find() ? ctx.homePlace(home.group(1).charAt(0)) : null;
            if (own != null) {
                recipients.get(key(a)).add(own); // 我市荣获“X奖”: the page's own place
                b.date(AwardCeremony.sentenceDate(ctx, si));
                AwardCeremony.ceremonyAtForum(b, forums);
                continue;
            }
            if (recipient == null) {
                conferredWithout向(ctx, si, ms, a, award, b, recipients.get(key(a)));
                continue;
            }
            List<String> listed = WinnersList.enumerationBefore(ms, clause, verbStart);
            if (listed.size() > 1) {
                recipients.get(key(a)).addAll(listed);
            } else {
                recipients.get(key(a)).add(recipient.entity().name());
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
            b.date(AwardCeremony.sentenceDate(ctx, si));
            AwardCeremony.ceremonyAtForum(b, forums);
        }
    }

    /** Where the clause holding {@code award} starts: after the last ;/; before it, or after the award named before it. */
    private static int clauseStart(String m, int award, int previousAwardEnd) {
        int semi = Math.max(m.lastIndexOf('；', award - 1), m.lastIndexOf(';', award - 1));
        int start = Math.max(semi + 1, previousAwardEnd);
        return start >= award ? 0 : start;
    }

    /** 获奖名单如下: / 获奖城市(单位): — a heading line that introduces winners without naming the award. */
    private static final Pattern LIST_HEADING = Pattern.compile(
            "(?:[\\p{IsHan}]{0,6}?)(?:获奖|获表彰|受表彰)(?:城市|单位|者|集体|个人|名单|城市名单|单位名单|者名单)(?:名单)?(?:[(（][^)）]{1,12}[)）])?(?:如下|为|是|有)?[:：]?");

    /** 获奖城市为 / 获奖单位分别是 / 获得者包括: words after which the winners are listed to the end of the clause. */
    private static final Pattern WINNERS_ARE = Pattern.compile(
            "(?:获此殊荣|获奖|荣获[^。;；]{0,30}?的)[^。;；]{0,20}?(?:分别是|分别为)[:：]?|"
            + "(?:荣获|获得)[^。;；,，]{0,30}?的(?:城市|省市|省区市|省份|单位|团体)(?:分别)?(?:有|为|是|包括)[:：]?|"
            + "(?:获奖|获表彰|受表彰|入选)(?:城市|单位|省市|省区市|集体|者|专家|人士|个人|的城市|的单位|的专家)(?:名单)?(?:分别)?(?:为|是|有|包括|如下)[:：]?|(?:获得者|得主)(?:分别)?(?:为|是|有|包括)[:：]?");

    private static String lastKey(Map<String, EventBuilder> awards) {
        String last = null;
        for (String k : awards.keySet()) {
            last = k;
        }
        return last;
    }

    /** A heading line of a winners' list: short, naming an award, no verb of conferring. */
    private boolean isHeading(String s) {
        return s.length() <= 50 && !lexicon.contains(EventLexicon.Role.AWARD_VERB, s) && !s.contains("。");
    }

    private static String key(String award) {
        return CanonicalNames.surfaceForm(award);
    }

    private static List<String> dedupe(List<String> l) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(l));
    }
}
