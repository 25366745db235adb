package dev.newsie.events;

import dev.newsie.canon.CanonicalNames;
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
 * AWARD events: every named award ({@link AwardNames}: quoted, introduced with 简称, named unquoted after a verb of
 * giving or receiving, or heading a list), with its recipients — the names 向/为/给 introduces
 * ({@link AwardConferral}), the enumeration before 获得/荣获/获评 ({@link AwardReceipt}, {@link HonoureesAfterVerb})
 * or after 为/包括/分别是 ({@link AnaphoricWinners}, {@link WinnersAfterAward}), the lines of a winners' list under
 * it ({@link WinnersList}) — its giver ({@link AwardGivers}) and the date and place of its ceremony
 * ({@link AwardCeremony}). This class walks the sentences and keeps which award the lines that follow belong to.
 */
final class AwardExtractor {
    /** 省级: / 市级: — a sub-list heading inside a winners' list. */
    private static final Pattern SUB_HEADING = Pattern.compile("\\s*[\\p{IsHan}]{1,6}[:：]\\s*");

    /** 来源:, 责任编辑:, 原标题: — a label crediting the report, shaped like a sub-list heading but heading none. */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "\\s*(?:来源|稿源|作者|编辑|责任编辑|责编|记者|摄影|通讯员|原标题|核心提示|发布时间|发布日期)[:：]");

    /** 向/为/给 + a name + … + 颁发/颁授/授予 (or 举行 its ceremony): an award conferred on the named. */
    private static final Pattern CONFER_TO = Pattern.compile("(?:(?:向|为|给)(?:来自)?[ⓅⓄⓇ]"
            // 向大学教授甲和公司总裁乙两名外国专家颁发: after 向, a calling (with no body recognised) before the person
            + "|向(?:(?!颁|授予|向|给)[\\p{IsHan}]){1,10}?Ⓡ)[^。]{0,60}?(?:颁发|颁授|授予"
            // 为乙举行“X”授证仪式: the ceremony held for the named confers the award on them
            + "|举行(?=[^。,，;；]{0,30}?" + ReaderWords.CEREMONY_VERBS.alternation("held-for") + "(?:仪式|典礼)))");

    /** A sentence that reports an award being set up, chosen or given, not merely named. */
    private static final Pattern CONFERRING = Pattern.compile("设立|评选|评出|表彰|获评|获颁|颁奖"
            // 第九批甲市荣誉市民授证仪式在乙举行: a ceremony of handing over the certificates confers the honour it names
            + "|" + ReaderWords.CEREMONY_VERBS.alternation("confers") + "(?:仪式|典礼|大会)");

    private final EventLexicon lexicon;
    private final AwardNames names;
    private final BecomingHonouree becoming;
    private final CeremonyVenuePlace venuePlace;

    AwardExtractor(EventLexicon lexicon) {
        this.lexicon = lexicon;
        this.names = new AwardNames(lexicon);
        this.becoming = new BecomingHonouree(lexicon);
        this.venuePlace = new CeremonyVenuePlace(lexicon);
    }

    List<EventBuilder> extract(DocumentContext ctx, List<ForumExtractor.Forum> forums) {
        List<EventBuilder> out = extract(ctx, forums, false);
        // 颁发表扬状给甲: the commendation handed over is the award only where the page names none; beside a named
        // award (为荣誉市民颁发证书) the certificate is that award's token
        return out.isEmpty() && namesACommendation(ctx) ? extract(ctx, forums, true) : out;
    }

    private static boolean namesACommendation(DocumentContext ctx) {
        return ctx.masked.stream().anyMatch(ms -> !HandedOverCommendation.get().commendations(ms).isEmpty());
    }

    private List<EventBuilder> extract(DocumentContext ctx, List<ForumExtractor.Forum> forums, boolean commendations) {
        Map<String, EventBuilder> awards = new LinkedHashMap<>();
        Map<String, List<String>> recipients = new LinkedHashMap<>();
        java.util.Set<String> conferred = new java.util.HashSet<>();
        Map<String, Integer> conferredAt = new java.util.HashMap<>();
        java.util.Set<String> inBody = new java.util.HashSet<>(); // awards named below the headline
        String current = null;
        java.util.TreeMap<Integer, AwardGivers.Host> hosts = new java.util.TreeMap<>(); // ceremonies held, by sentence
        Map<String, Integer> firstAt = new java.util.HashMap<>();
        Map<String, AwardGivers.Host> hostOf = new java.util.HashMap<>(); // the ceremony of a sentence naming the award
        int conferringAt = -1; // the last sentence that confers a named award
        java.util.Set<String> seriesSetUp = new java.util.HashSet<>(); // named in a series of awards a body set up
        java.util.Set<String> toldOtherwise = new java.util.HashSet<>(); // named anywhere but in such a series
        Map<String, String> heads = HeadOfPlaceConfers.heads(ctx);
        Map<String, String> headGiver = new java.util.HashMap<>(); // 甲市长乙颁发“X”: the place, when no body gives it
        for (int si = 0; si < ctx.sentences.size(); si++) {
            Sentence s = ctx.sentences.get(si);
            MaskedSentence ms = ctx.masked.get(si);
            AwardGivers.Host host = AwardGivers.ceremonyHost(ctx, ms);
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
            for (BecomingHonouree.Becoming bh : becoming.find(ms)) {
                // 乙成为甲市第12位荣誉市民: the honour is named by the one who became its holder
                String k = key(bh.award());
                awards.computeIfAbsent(k, x -> Event.builder(EventType.AWARD).award(bh.award()).evidence(new Span(s.start(), s.end())));
                firstAt.putIfAbsent(k, si);
                recipients.computeIfAbsent(k, x -> new ArrayList<>()).addAll(bh.recipients());
                if (si > 0 || ctx.sentences.size() == 1) {
                    inBody.add(k);
                    conferred.add(k);
                    conferredAt.putIfAbsent(k, si);
                }
            }
            for (String h : AwardNames.unquotedHonours(ms)) {
                if (named.stream().noneMatch(n -> n.contains(h))) {
                    named.add(h);
                }
            }
            for (String h : commendations ? HandedOverCommendation.get().commendations(ms) : List.<String>of()) {
                if (named.stream().noneMatch(n -> n.contains(h))) {
                    named.add(h);
                }
            }
            String lineAward = named.isEmpty() ? names.honoursLineAward(s.text()) : null;
            if (lineAward != null) {
                named = new ArrayList<>(List.of(lineAward)); // 金莲花荣誉勋章:甲、乙。
            }
            AwardNames.HonourAfterNames nameFirst = named.isEmpty() ? names.honourAfterNames(s.text()) : null;
            if (nameFirst != null) {
                List<String> got = WinnersList.honoursEntries(ms, 0, nameFirst.namesEnd());
                if (!got.isEmpty()) {
                    String k = key(nameFirst.award()); // 甲 金莲花荣誉勋章: one line of an honours list
                    awards.computeIfAbsent(k, x -> Event.builder(EventType.AWARD).award(nameFirst.award())
                            .evidence(new Span(s.start(), s.end())));
                    firstAt.putIfAbsent(k, si);
                    inBody.add(k);
                    recipients.computeIfAbsent(k, x -> new ArrayList<>()).addAll(got);
                    conferred.add(k);
                    conferredAt.putIfAbsent(k, si);
                    current = null;
                    continue;
                }
            }
            if (named.isEmpty() && lineAward == null && bracketed(si, s, ms, awards, recipients, firstAt, inBody, conferred, conferredAt)) {
                current = null;
                continue;
            }
            String headingAward = names.headingAward(s.text());
            if (named.isEmpty() && headingAward != null) {
                named = List.of(headingAward);
            }
            for (String a : named) {
                boolean headline = si == 0 && ctx.sentences.size() > 1 && !ctx.opensWithItsLead();
                if (!headline && !inBody.contains(key(a)) && awards.containsKey(key(a))) {
                    // 甲市荣誉市民 in the headline, “甲荣誉市民” in the report: the honour as the report writes it. The
                    // body's first form is kept even where a later sentence takes the headline's back: the first names
                    // the honour at its conferral, the later ones retell it (a recipient's profile, a caption).
                    awards.get(key(a)).award(a);
                }
                if (!headline) {
                    inBody.add(key(a));
                }
                awards.computeIfAbsent(key(a), k -> Event.builder(EventType.AWARD).award(a)
                        .evidence(new Span(s.start(), s.end())));
                firstAt.putIfAbsent(key(a), si);
                recipients.computeIfAbsent(key(a), k -> new ArrayList<>());
                // 自1990年起相继设立了“X奖”“Y奖”: a series told of as set up, not conferred
                if (SetUpAwards.namedAsSetUp(s.text(), a) && SetUpAwards.inASeries(s.text(), a, named)) {
                    seriesSetUp.add(key(a));
                } else {
                    toldOtherwise.add(key(a));
                }
                if (CONFERRING.matcher(s.text()).find() || lexicon.contains(EventLexicon.Role.AWARD_VERB, s.text())) {
                    conferringAt = si;
                    conferred.add(key(a));
                    if (!headline) {
                        conferredAt.putIfAbsent(key(a), si); // the headline has no date of its own
                    }
                }
            }
            for (String a : named) {
                AwardGivers.giverNamedWith(ms, a, awards.get(key(a)));
                CityKeys.givenByItsCity(ms, a, awards.get(key(a)));
                AwardGivers.bareGovernmentDefined(ms, a, awards.get(key(a)), ctx.entities);
                int inText = s.text().indexOf(a);
                String head = inText < 0 ? null : HeadOfPlaceConfers.giver(ms, ms.maskedPos(s.start() + inText), heads);
                if (head != null) {
                    headGiver.putIfAbsent(key(a), head);
                }
                if (host != null) {
                    hostOf.putIfAbsent(key(a), host); // 甲市举行仪式为…荣誉市民颁发证书: the ceremony names the award itself
                }
                String guest = inText >= 0 && recipients.get(key(a)).isEmpty()
                        ? PronounHonouree.honouree(ms, ms.maskedPos(s.start() + inText)) : null;
                if (guest != null) {
                    recipients.get(key(a)).add(guest); // 会见乙一行,并向他颁发“X”
                    conferred.add(key(a));
                    conferredAt.putIfAbsent(key(a), si);
                }
                List<String> described = WinnersNamedByAward.winners(ms, a); // 荣获“X奖”的甲国专家乙表示
                if (!described.isEmpty()) {
                    recipients.get(key(a)).addAll(described);
                    conferred.add(key(a));
                    conferredAt.putIfAbsent(key(a), si);
                }
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
            if (current != null && CREDIT_LINE.matcher(s.text()).lookingAt()) {
                current = null; // 来源:新华网 under a headline: the report's credit, no sub-list of winners
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
                if (got.isEmpty()) {
                    List<String> speaker = WinnersRepresentative.representatives(ms); // 获奖专家代表乙发言
                    if (!speaker.isEmpty()) {
                        recipients.get(lastKey(awards)).addAll(speaker);
                    }
                }
                if (!got.isEmpty()) {
                    String k = lastKey(awards);
                    recipients.get(k).addAll(got);
                    conferred.add(k);
                    conferredAt.putIfAbsent(k, si);
                    EventBuilder b = awards.get(k);
                    if (b.build().date() == null) {
                        DateResolver.DateMention best = ctx.bestDate(si);
                        if (best != null && best.first() != null) {
                            String shared = AwardCeremony.sharedPart(best); // 18至19日的大会上: a day the text does not give
                            b.date(shared != null ? shared : best.first());
                        }
                    }
                    continue;
                }
            }
            if (named.isEmpty() && conferringAt == si - 1 && THEY_ARE.matcher(ms.masked()).lookingAt()) {
                // 授予5名外籍人士“X”称号。他们是:甲(乙国)、丙(丁国): the honoured, named in the sentence after
                List<String> listed = WinnersList.enumerationAfter(ms, THEY_ARE);
                if (!listed.isEmpty()) {
                    String k = lastKey(awards);
                    recipients.get(k).addAll(listed);
                    conferredAt.putIfAbsent(k, si);
                    continue;
                }
            }
            if (named.isEmpty() && !awards.isEmpty()) {
                // 本届获奖的10位外籍专家为甲、乙、丙: the winners of the award last named, listed after 是 to the clause's end
                List<String> listed = WinnersList.clauseEnumerationAfter(ms, SUBJECT_OF_WINNERS_IS);
                if (!listed.isEmpty()) {
                    String k = lastKey(awards);
                    recipients.get(k).addAll(listed);
                    conferred.add(k);
                    conferredAt.putIfAbsent(k, si);
                    continue;
                }
            }
            List<String> besides = awards.isEmpty() ? List.of() : BesidesWinners.winners(ms);
            if (!besides.isEmpty()) {
                // 获颁“X”的人士除甲外,还包括乙等人: the award named before the clause (in this sentence or before)
                String k = lastKey(awards);
                for (String a : named) {
                    int inText = s.text().indexOf(a);
                    if (inText >= 0 && ms.maskedPos(s.start() + inText) < BesidesWinners.at(ms)) {
                        k = key(a);
                    }
                }
                recipients.get(k).addAll(besides);
                conferred.add(k);
                conferredAt.putIfAbsent(k, si);
                continue;
            }
            if (!awards.isEmpty()) {
                // 获奖城市为A、B、C / 获奖单位包括A、B: the winners of the award named in this or an earlier sentence
                List<String> listed = WinnersList.enumerationAfter(ms, WINNERS_ARE);
                if (listed.isEmpty()) {
                    listed = WinnersList.countedNamesAfter(ms, WINNERS_ARE); // 向5名人士颁授…,包括甲、乙、丙、丁及戊
                }
                if (!listed.isEmpty()) {
                    String inClause = awardInsideWinnersAre(ms, named);
                    String k = named.isEmpty() ? lastKey(awards) : inClause != null ? inClause : named.get(named.size() - 1);
                    k = named.isEmpty() ? k : key(k);
                    recipients.get(k).addAll(listed);
                    conferred.add(k);
                    conferredAt.putIfAbsent(k, si);
                    if (inClause == null || named.size() < 2) {
                        continue;
                    }
                    // 获得X奖的有甲、乙;丙获Y奖: the other awards of the sentence keep their own clauses
                    named = new ArrayList<>(named);
                    named.remove(inClause);
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
            if (current != null && named.isEmpty()) {
                // 1.甲勋章: then one winner to a line (a table flattened to lines)
                String entry = BareListEntry.entry(ms);
                if (entry != null) {
                    recipients.get(current).add(entry);
                    conferred.add(current);
                    conferredAt.putIfAbsent(current, si);
                    continue;
                }
            }
            if (current != null && !SUB_HEADING.matcher(s.text()).matches()) {
                current = null;
            }
            boolean givenTo = false;
            for (String a : named) {
                List<String> to = WinnersAfterAward.recipientsAfterAward(ms, a, ctx.entities);
                if (to.isEmpty()) {
                    to = CityKeys.recipientBefore(ms, a); // 送给乙…的甲「市钥」
                }
                if (!to.isEmpty()) {
                    recipients.get(key(a)).addAll(to); // 颁发“X奖”给甲 / 颁赠X予甲
                    conferred.add(key(a));
                    conferredAt.putIfAbsent(key(a), si);
                    givenTo = true;
                }
            }
            int[] verb = lexicon.find(EventLexicon.Role.AWARD_VERB, ms.masked(), 0);
            if (givenTo && named.size() > 1) {
                // X奖授予甲市;乙市获Y奖: the awards not given to anyone after their name keep their own clauses
                List<String> rest = new ArrayList<>();
                for (String a : named) {
                    if (WinnersAfterAward.recipientsAfterAward(ms, a, ctx.entities).isEmpty()) {
                        rest.add(a);
                    }
                }
                if (!rest.isEmpty() && rest.size() < named.size() && !CONFER_TO.matcher(ms.masked()).find()) {
                    AwardReceipt.receipt(ctx, si, ms, rest, awards, recipients, forums);
                }
                continue;
            }
            if (givenTo) {
                continue;
            }
            List<String> after = named.size() == 1 ? winnersAfterName(ms, named.get(0)) : List.of();
            if (!after.isEmpty()) {
                String k = key(named.get(0));
                recipients.get(k).addAll(after);
                conferred.add(k);
                conferredAt.putIfAbsent(k, si);
                continue;
            }
            if (!named.isEmpty() && CONFER_TO.matcher(ms.masked()).find()) { // CONFER_TO holds its verb
                AwardConferral.conferral(ctx, si, ms, verb, named, awards, recipients, forums);
            } else if (!named.isEmpty()) {
                AwardReceipt.receipt(ctx, si, ms, named, awards, recipients, forums);
            }
        }
        List<EventBuilder> out = new ArrayList<>();
        for (Map.Entry<String, EventBuilder> e : awards.entrySet()) {
            // the body that held the ceremony (in this sentence or before) gives the awards it presents
            Map.Entry<Integer, AwardGivers.Host> held = hostOf.containsKey(e.getKey())
                    ? Map.entry(-1, hostOf.get(e.getKey())) : hosts.floorEntry(firstAt.get(e.getKey()));
            if (held != null && !held.getValue().gives(e.getValue().build().award())) {
                held = null; // 甲市授予荣誉市民称号大会: the giver of that title alone
            }
            if (held != null && e.getValue().build().giver() == null) {
                e.getValue().giver(held.getValue().givers());
            }
            if (e.getValue().build().giver() == null && headGiver.containsKey(e.getKey())) {
                e.getValue().giver(List.of(headGiver.get(e.getKey())));
            }
            // No giver read off the award's name (甲市荣誉市民 → 甲) when no body is said to confer: the giver is the
            // conferring body as written (GOLD.md §7); a name guessed from the honour was wrong on the pages that tell it.
            if (conferred.contains(e.getKey())) {
                AwardCeremony.ceremonyPlace(ctx, conferredAt.get(e.getKey()), e.getValue());
                Integer at = conferredAt.get(e.getKey());
                if (at != null && e.getValue().location() == null) {
                    String city = venuePlace.place(ctx.masked.get(at)); // 颁奖仪式在甲市乙会堂举行
                    if (city != null) {
                        e.getValue().location(city);
                    }
                }
                if (held != null && held.getValue().place() != null && e.getValue().location() == null) {
                    e.getValue().location(held.getValue().place());
                }
                if (e.getValue().location() == null) {
                    AwardCeremony.ownPrizeGivingPlace(ctx, e.getValue(), venuePlace); // “X奖”颁奖仪式在甲市举行, told apart from the conferring
                }
                AwardCeremony.visitPlace(ctx, conferredAt.get(e.getKey()), e.getValue());
                AwardCeremony.dateOfForum(e.getValue(), forums);
                DatelineCeremonyPlace.place(ctx, conferredAt.get(e.getKey()), e.getValue()); // 新华社甲市电 …举行颁奖典礼
                AwardCeremony.ceremonyDate(ctx, conferredAt.get(e.getKey()), e.getValue());
                AwardRetoldWithDate.date(ctx, conferredAt.get(e.getKey()), e.getValue()); // a caption, then the dated lead
            }
        }
        Map<String, String> variants = bodyFormsOfHeadlineNames(
                AwardVariants.merges(new ArrayList<>(awards.keySet()), ctx.entities), inBody);
        for (Map.Entry<String, String> v : variants.entrySet()) {
            // 中国政府友谊奖 beside 2023年度中国政府友谊奖: one award, its winners and giver under the dated name
            recipients.get(v.getValue()).addAll(recipients.get(v.getKey()));
            EventBuilder into = awards.get(v.getValue()), from = awards.get(v.getKey());
            if (into.build().giver() == null && from.build().giver() != null) {
                into.giver(from.build().giver());
            }
            // 甲获2031年X奖 over a body that reports X奖's ceremony held: the day and place are the dated name's too
            if (into.build().date() == null && from.build().date() != null) {
                into.date(from.build().date());
            }
            if (into.location() == null && from.location() != null) {
                into.location(from.location());
            }
            inBody.add(v.getValue());
        }
        Map<String, String> bareNames = new LinkedHashMap<>(); // each kept award's name without its edition, built once
        for (Map.Entry<String, EventBuilder> e : awards.entrySet()) {
            if (!variants.containsKey(e.getKey())) {
                bareNames.put(e.getKey(), AwardVariants.withoutEdition(e.getValue().build().award()));
            }
        }
        for (Map.Entry<String, EventBuilder> e : awards.entrySet()) {
            if (variants.containsKey(e.getKey())) {
                continue;
            }
            if (!inBody.contains(e.getKey()) && !inBody.isEmpty()) {
                continue; // a headline's short name (甲市获友好城市金奖) of an award the body names in full
            }
            // (its own name is among the others, but a family's name must be shorter than the prize it stems)
            if (FamilyAwardName.namesAFamily(bareNames.get(e.getKey()), bareNames.values())) {
                continue; // “甲奖” beside “甲荣誉奖” and “甲纪念奖”: the family's name, not a prize conferred
            }
            if (seriesSetUp.contains(e.getKey()) && !toldOtherwise.contains(e.getKey()) && recipients.get(e.getKey()).isEmpty()) {
                continue; // 相继设立了“X奖”“Y奖”和“Z”称号: a body's awards told of as set up, none of them given here
            }
            if (e.getValue().build().giver() != null) {
                e.getValue().giver(AbbreviatedGiver.inFull(e.getValue().build().giver(), ctx.entities)); // 驻乙公署 → its full name
            }
            List<String> r = recipients.get(e.getKey());
            if (e.getValue().build().giver() == null) {
                e.getValue().giver(ClauseGiver.giver(ctx, e.getValue().build().award())); // backoff: the clause's conferring body
            }
            if (r.isEmpty()) {
                r = ClauseRecipients.recipients(ctx, e.getValue().build().award(), e.getValue().build().giver()); // backoff
            }
            if (!r.isEmpty()) {
                e.getValue().recipients(dedupe(r));
            }
            e.getValue().award(AwardVariants.withoutEdition(e.getValue().build().award()));
            out.add(e.getValue());
        }
        out.addAll(EarlierYearsOfAnAward.events(ctx, out)); // 继2010年、2012年获“X”后,今年再获“X”: each year its own
        return out;
    }

    /**
     * Variants of one honour joined under a name only the headline writes (两人获甲市荣誉市民 over a report that confers
     * “荣誉市民”称号): the report's own form is the award's name, so the variants join the first one the body writes.
     */
    static Map<String, String> bodyFormsOfHeadlineNames(Map<String, String> variants, java.util.Set<String> inBody) {
        Map<String, String> retarget = new java.util.HashMap<>();
        for (Map.Entry<String, String> v : variants.entrySet()) {
            if (!inBody.contains(v.getValue()) && inBody.contains(v.getKey())) {
                retarget.putIfAbsent(v.getValue(), v.getKey());
            }
        }
        if (retarget.isEmpty()) {
            return variants;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> v : variants.entrySet()) {
            String target = retarget.getOrDefault(v.getValue(), v.getValue());
            if (!v.getKey().equals(target)) {
                out.put(v.getKey(), target);
            }
        }
        for (Map.Entry<String, String> r : retarget.entrySet()) {
            out.put(r.getKey(), r.getValue()); // the headline's form joins the body's
        }
        return out;
    }

    /** 获奖名单如下: / 获奖城市(单位): — a heading line that introduces winners without naming the award. */
    private static final Pattern LIST_HEADING = Pattern.compile(
            "(?:[\\p{IsHan}]{0,6}?)(?:获奖|获表彰|受表彰)(?:城市|单位|者|集体|个人|名单|城市名单|单位名单|者名单)(?:名单)?(?:[(（][^)）]{1,12}[)）])?(?:如下|为|是|有)?[:：]?");

    /** 获奖城市为 / 获奖单位分别是 / 获得者包括: words after which the winners are listed to the end of the clause. */
    private static final Pattern WINNERS_ARE = Pattern.compile(
            "(?:获此殊荣|获奖|荣获[^。;；]{0,30}?的)[^。;；]{0,20}?(?:分别是|分别为)[:：]?|"
            + "(?:荣获|获得)[^。;；,，]{0,30}?的(?:(?:城市|省市|省区市|省份|单位|团体)(?:分别)?)?(?:有|为|是|包括)[:：]?|"
            // 举行“X”颁奖仪式,表彰甲、乙等10名专家: the ceremony's clause, then those it honours
            + ReaderWords.CEREMONY_VERBS.alternation("honours") + "(?:仪式|典礼|大会)[^。;；,，]{0,12}?[,，](?:隆重)?表彰了?(?=[ⓅⓄⓇ]|[\\p{IsHan}]{1,10}?Ⓡ)|"
            // 获得“X”的外国专家中,有甲和乙: the named among those the clause says won
            + "(?:荣获|获得|获颁)[^。;；,，]{0,30}?的[\\p{IsHan}]{0,8}?(?:之中|当中|中)[,，]?(?:有|包括)[:：]?|"
            + "(?:获奖|获表彰|受表彰|入选)(?:城市|单位|省市|省区市|集体|者|专家|人士|个人|的城市|的单位|的专家)(?:名单)?(?:分别)?(?:为|是|有|包括|如下)[:：]?|(?:获得者|得主)(?:分别)?(?:为|是|有|包括)[:：]?|"
            // 甲、乙等27个城市被授予“X”称号。这27个城市是:…: the counted honoured, taken up by a demonstrative, then listed
            + "^\\s*(?:这|上述|以上)些?(?:\\d+|[一二三四五六七八九十两百]+)(?:个|座|家|名|位)[\\p{IsHan}]{0,6}?(?:分别)?(?:是|为|包括)[:：]|"
            // 向12位友人授予“X”称号,(其中)包括甲、乙和丙 / ,他们是:甲、乙 / 评选出10名专家,其中包括甲: the named among those the clause says were honoured or chosen
            // (共有9人获授X,…,包括甲: the receiving verb as well)
            + "(?:授予|颁授|颁发|评选出|评出|表彰了|获授|荣获)[^。;；]{0,80}?[,，](?:其中(?:包括|有)|包括|(?:他们|她们|它们)(?:分别)?(?:是|为))[:：]?");

    /**
     * 他们是: / 她们分别是: / 他们包括 / 其中包括 — a sentence opening on the people of the sentence before, listed after
     * it (包括 needs no colon: it cannot end a clause of its own); 其中 names some of them, each a winner all the same.
     */
    /** 本届获奖的10位外籍专家为 / 受表彰的城市是: the ones who won, as the subject, then 是/为 and their names. */
    private static final Pattern SUBJECT_OF_WINNERS_IS = Pattern.compile("(?:^|[,，。;；])\\s*(?:此次|本次|本届|这次|今年|首批)?"
            + "(?:获奖|受表彰|获表彰)的[^,，。;；:：ⓅⓄⓇ]{0,12}?(?:分别)?(?:是|为)[:：]?");

    private static final Pattern THEY_ARE = Pattern.compile("(?:他们|她们)(?:(?:分别)?(?:是|为)[:：]|包括[:：]?)|其中(?:包括|有)[:：]?");

    /** 甲、乙(专业功绩勋章);丙(工商功绩勋章): each honour in brackets with the names before it; false if none. */
    private boolean bracketed(int si, Sentence s, MaskedSentence ms, Map<String, EventBuilder> awards,
                              Map<String, List<String>> recipients, Map<String, Integer> firstAt, java.util.Set<String> inBody,
                              java.util.Set<String> conferred, Map<String, Integer> conferredAt) {
        boolean any = false;
        for (AwardNames.BracketedHonour h : names.bracketedHonours(s.text())) {
            List<String> got = WinnersList.honoursEntries(ms, h.namesStart(), h.namesEnd());
            if (got.isEmpty()) {
                continue;
            }
            String k = key(h.award());
            awards.computeIfAbsent(k, x -> Event.builder(EventType.AWARD).award(h.award()).evidence(new Span(s.start(), s.end())));
            firstAt.putIfAbsent(k, si);
            inBody.add(k);
            recipients.computeIfAbsent(k, x -> new ArrayList<>()).addAll(got);
            conferred.add(k);
            conferredAt.putIfAbsent(k, si);
            any = true;
        }
        return any;
    }

    /**
     * The winners named after the award in its sentence, referring back to it: 《关于授予X的决定》,甲、乙等11人获此称号;
     * …颁发奖座给甲、乙; 举行“X奖”颁奖仪式,省长为获奖的甲、乙颁奖. Empty if none.
     */
    private static List<String> winnersAfterName(MaskedSentence ms, String award) {
        int inText = ms.sentence().text().lastIndexOf(award);
        int end = inText < 0 ? -1 : inText + award.length();
        if (end < 0) {
            // 甲市第五批荣誉市民授证仪式举行,市长为…颁发证书: the name read without the batch the text writes inside it
            Pattern batched = AwardNames.writtenWithABatch(award);
            Matcher batch = batched == null ? null : batched.matcher(ms.sentence().text());
            while (batch != null && batch.find()) {
                end = batch.end();
            }
        }
        if (end < 0) {
            return List.of();
        }
        int after = Math.min(ms.maskedPos(ms.sentence().start() + end - 1) + 1, ms.masked().length());
        List<String> got = AnaphoricWinners.receivedAfter(ms, after);
        if (got.isEmpty()) {
            got = AnaphoricWinners.tokenGivenTo(ms, after);
        }
        return got.isEmpty() ? AnaphoricWinners.givenAfter(ms, after) : got;
    }

    /** The award named inside the words that introduce the winners (获得X奖的有): the one they won; null if none. */
    private static String awardInsideWinnersAre(MaskedSentence ms, List<String> named) {
        Matcher w = WINNERS_ARE.matcher(ms.masked());
        if (!w.find()) {
            return null;
        }
        for (String a : named) {
            int inText = ms.sentence().text().indexOf(a);
            int at = inText < 0 ? -1 : ms.maskedPos(ms.sentence().start() + inText);
            if (at >= w.start() && at < w.end()) {
                return a;
            }
        }
        return null;
    }

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

    /**
     * 甲市荣誉市民 / 甲荣誉市民: the same honour written with and without its city's suffix within one report; the
     * event keeps the name first written.
     */
    private static final Pattern SUFFIX_BEFORE_HONOUR = Pattern.compile("^([\\p{IsHan}]{2,}?)[市县](?=荣誉市民|荣誉公民|名誉市民)");

    static String key(String award) {
        return SUFFIX_BEFORE_HONOUR.matcher(CanonicalNames.surfaceForm(award)).replaceFirst("$1");
    }

    private static List<String> dedupe(List<String> l) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(l));
    }
}
