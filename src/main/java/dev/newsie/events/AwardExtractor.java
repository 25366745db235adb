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
    private static final Pattern SUB_HEADING = Pattern.compile("[\\p{IsHan}]{1,4}[:：]");
    private static final Pattern QUOTED = Pattern.compile("[“\"「『]([^”\"」』]{2,30})[”\"」』]");
    /** 设立了X奖, 评选出X奖38名和Y奖4名, 获颁X纪念牌: an award named without quotation marks after a verb. */
    private static final Pattern UNQUOTED_AWARD = Pattern.compile(
            "(?:设立了?|设立的|评选出了?|评出了?|获颁|颁授|荣获)((?:[\\p{IsHan}]{2,20}?(?:奖|奖章|勋章|纪念牌|纪念章)(?![项金])(?:\\d+名|\\d+个)?(?:和|与|及)?)+)");
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
                awards.computeIfAbsent(key(a), k -> Event.builder(EventType.AWARD).award(a)
                        .evidence(new Span(s.start(), s.end())));
                recipients.computeIfAbsent(key(a), k -> new ArrayList<>());
                if (CONFERRING.matcher(s.text()).find() || lexicon.contains(EventLexicon.Role.AWARD_VERB, s.text())) {
                    conferred.add(key(a));
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
                    continue;
                }
            }
            if (current != null && !pairEntry(ms).isEmpty()) {
                recipients.get(current).addAll(pairEntry(ms));
                continue;
            }
            if (current != null && s.text().length() <= 200) {
                // a line of a winners' list that only names: 甲市、乙市、丙市
                List<String> line = enumerationBefore(ms, ms.masked().length());
                if (!line.isEmpty() && line.size() == itemCount(ms.masked())) {
                    recipients.get(current).addAll(line);
                    continue;
                }
            }
            if (current != null && !SUB_HEADING.matcher(s.text()).matches()) {
                current = null;
            }
            int[] verb = lexicon.find(EventLexicon.Role.AWARD_VERB, ms.masked(), 0);
            if (verb != null && !named.isEmpty() && CONFER_TO.matcher(ms.masked()).find()) {
                conferral(ctx, si, ms, verb, named, awards, recipients, forums);
            } else if (!named.isEmpty()) {
                receipt(ctx, si, ms, named, awards, recipients, forums);
            }
        }
        List<EventBuilder> out = new ArrayList<>();
        for (Map.Entry<String, EventBuilder> e : awards.entrySet()) {
            if (conferred.contains(e.getKey())) {
                dateOfForum(e.getValue(), forums);
            }
        }
        for (Map.Entry<String, EventBuilder> e : awards.entrySet()) {
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
                if (giver != null) {
                    b.giver(List.of(SigningExtractor.partyName(giver)));
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
            DateResolver.DateMention best = ctx.bestDate(si);
            String date = best != null && best.first() != null ? best.first() : ctx.dateBefore(ms.sentence().start());
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
            b.giver(List.of(SigningExtractor.partyName(giver)));
        }
        if (giver != null && giver.entity().type().isPlace() && (m.contains("仪式") || m.contains("典礼")) && b.build().location() == null) {
            b.location(giver.entity().name()); // 福州举行隆重仪式,授予…: the ceremony is in the conferring city
        }
        DateResolver.DateMention best = ctx.bestDate(si);
        if (b.build().date() == null) {
            b.date(best != null && best.first() != null ? best.first() : ctx.dateBefore(ms.sentence().start()));
        }
    }

    private static final Pattern RECEIVED = Pattern.compile("([ⓅⓄⓇ]+)(?:先生|女士|博士|教授|夫妇)?(?:(?:等|共)?\\d+(?:多|余)?(?:个|座|位|名)[\\p{IsHan}]{0,6}?|等)?(?:曾经|曾|已|还|也|又|先后|多次|此前|日前|近日)?(?:再次|首次|成功|共同|均|分别)?(荣获|获得|获颁|获授|获评|荣膺|喜获|摘得|被授予|被评为)");
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
            if (g.find()) {
                MaskedSentence.Slot giver = ms.lastParty(verbEnd + g.start(1), verbEnd + g.end(1));
                if (giver != null) {
                    b.giver(List.of(giver.entity().name()));
                }
            }
            DateResolver.DateMention best = ctx.bestDate(si);
            b.date(best != null && best.first() != null ? best.first() : ctx.dateBefore(ms.sentence().start()));
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
    private static final Pattern ITEM_FILLER = Pattern.compile("对口友城|友好城市|友城|先生|女士|博士|教授|夫妇|的|再次|首次|成功|共同|分别|均|以及|及|和|与");

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
            while (start > from && "、,，;； \u3000".indexOf(m.charAt(start - 1)) < 0) {
                start--;
            }
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
            if (!rest.isEmpty() && (name == null || onlyCountries(inItem))) {
                // an entry the recogniser missed, read by its form: 日本Ⓟ + 富山县 → 富山县
                String bare = unrecognisedEntry(item, inItem);
                name = bare;
                rest = bare == null ? rest : "";
            }
            if (name == null || !rest.isEmpty()) {
                break;
            }
            out.add(0, name);
            first = false;
            end = start - 1;
        }
        return out;
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
            return null;
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

    /** 一、国际友好城市交流合作奖(20个) / 对华友好城市交流合作奖获奖名单: a heading line naming an award unquoted. */
    private static final Pattern HEADING = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|\\d{1,2}[、.．]|[(（][一二三四五六七八九十\\d]+[)）])?\\s*([\\p{IsHan}·—-]{3,30}?)"
            + "(?:[(（][^)）]{1,12}[)）])?(?:获奖名单|获奖者名单|获奖城市名单|获奖城市|获奖单位|获得者|名单)?(?:如下)?[:：]?$");

    private String headingAward(String line) {
        if (line.length() > 40) {
            return null;
        }
        Matcher h = HEADING.matcher(line.trim());
        if (!h.matches()) {
            return null;
        }
        String name = h.group(1);
        return name.length() >= 4 && lexicon.endsWith(EventLexicon.Role.AWARD_HEAD, name) != null ? name : null;
    }

    private static int itemCount(String masked) {
        String m = CLOSING_COUNT.matcher(masked.replaceAll("[。;；,，、]+$", "")).replaceFirst("");
        return m.isBlank() ? 0 : m.trim().split("[、,，;；\\s]+").length;
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
            "(?:[\\p{IsHan}]{0,6}?)(?:获奖|获表彰|受表彰)(?:城市|单位|者|集体|个人|名单|城市名单|单位名单|者名单)(?:名单)?(?:如下|为|是|有)?[:：]?");
    /** 获奖城市为 / 获奖单位分别是 / 获得者包括: words after which the winners are listed to the end of the clause. */
    private static final Pattern WINNERS_ARE = Pattern.compile(
            "(?:获奖|获表彰|受表彰|入选)(?:城市|单位|省市|省区市|集体|者|的城市|的单位)(?:名单)?(?:分别)?(?:为|是|有|包括|如下)[:：]?|(?:获得者|得主)(?:分别)?(?:为|是|有|包括)[:：]?");

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

    /** 甲协会设立的“X奖” / 甲协会颁发“X奖” / 由甲协会颁发: the body that gives the award, written next to it. */
    private static final Pattern GIVER_BEFORE_AWARD = Pattern.compile("(Ⓞ|Ⓟ+)(?:政府)?(?:设立|颁发|授予|颁授|评选|评定)(?:了)?的?[“\"「『]?$");
    private static final Pattern GIVER_BY = Pattern.compile("由(Ⓞ|Ⓟ+)(?:政府)?(?:颁发|授予|颁授|设立|评选)");

    private static void giverNamedWith(MaskedSentence ms, String award, EventBuilder b) {
        if (b.build().giver() != null) {
            return;
        }
        int inText = ms.sentence().text().indexOf(award);
        if (inText < 0) {
            return;
        }
        String m = ms.masked();
        int at = ms.maskedPos(ms.sentence().start() + inText);
        Matcher g = GIVER_BEFORE_AWARD.matcher(m.substring(0, Math.min(at, m.length())));
        Matcher by = GIVER_BY.matcher(m);
        MaskedSentence.Slot giver = null;
        if (g.find()) {
            giver = ms.lastParty(g.start(1), g.end(1));
        } else if (by.find()) {
            giver = ms.lastParty(by.start(1), by.end(1));
        }
        if (giver != null && giver.entity().type() != EntityType.COUNTRY && giver.entity().type() != EntityType.PERSON) {
            b.giver(List.of(SigningExtractor.partyName(giver)));
        }
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
            for (String part : u.group(1).split("和|与|及")) {
                String name = trimToHead(part);
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
