package dev.newsie.events;

import dev.newsie.model.EntityType;
import dev.newsie.model.Event;
import dev.newsie.model.EventBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a signing took place: 在甲(正式)签署, a ceremony held in a place or at a city hall, the place of the visit
 * it was part of, the forum it was signed at, or the dateline of the report whose news it is. Reads masked
 * sentences and the document's dates; sets only {@code location} (and a forum's date).
 */
final class SigningPlace {
    private SigningPlace() {
    }

    /**
     * A signing dated the day a report was filed (or the day before) is the news the dateline reports, so it took
     * place where the report was filed (新华社甲市5月3日电 … 3日签署; 中央社记者…乙市27日电 … 今天签署).
     */
    static boolean isDatelineNews(DocumentContext ctx, String date) {
        if (date == null || date.length() != 10 || ctx.reference == null || ctx.reference.length() != 10) {
            return false;
        }
        try {
            long days = java.time.LocalDate.parse(ctx.reference).toEpochDay() - java.time.LocalDate.parse(date).toEpochDay();
            return days == 0 || days == 1;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /**
     * 本报甲市9月28日讯 9月27日至28日,…签署: a signing told over days that end on the report's day (or the day before)
     * is the news the dateline reports, as one dated on that day is ({@link #isDatelineNews}).
     */
    static boolean endsOnDatelineDay(DocumentContext ctx, DateResolver.DateMention d) {
        return d != null && d.isSpan() && d.spanEnd() != null && isDatelineNews(ctx, d.spanEnd());
    }

    /** How many sentences past the dateline's own the lead may start: the dateline may be a line of its own above it. */
    private static final int LEAD_AFTER_DATELINE = 1;

    /**
     * 中新网甲市5月2日电 乙市与甲市近日正式缔结…; 记者某某/甲市报导 甲市长12日与乙市长签署… on a page with no date: a signing
     * with no date of its own, told in the report's lead, one of whose sides is the city the report was filed from, is the
     * news the dateline reports, as one dated the day of filing is ({@link #isDatelineNews}). A dated signing (去年9月,
     * 1991年) is not: its own time says whether it is the news.
     */
    static boolean undatedLeadOfItsDateline(DocumentContext ctx, int si, MaskedSentence ms, EventBuilder e) {
        int at = ctx.datelineSentence();
        String home = ctx.datelineCity();
        return e.date() == null && ctx.reference == null && at >= 0 && si >= at && si <= at + LEAD_AFTER_DATELINE && home != null && e.parties().contains(home)
                && !TOLD_AS_PAST.matcher(ms.sentence().text()).find();
    }

    /**
     * 多年前签署, 早在…就签署, 当年签署: a signing the lead recalls from an undated past (the news being what follows it, a
     * visit or a jubilee) is no act of the report's day, so the dateline does not place it.
     */
    private static final Pattern TOLD_AS_PAST = Pattern.compile("年前|早年|早已|早在|当年|此前|昔日|曾经");

    /** 亲赴, 率团前往, 远赴, 飞抵: the verbs of travelling to a place named right after them. */
    private static final String TRAVEL_VERBS = "亲赴|远赴|前往|飞抵|抵达|出访|率团赴|亲自赴";
    /** 亲赴美国, 率团前往日本, 远赴欧洲: the signer travelled to the place named after the verb of travel. */
    private static final Pattern TRIP_TO = Pattern.compile("(?:" + TRAVEL_VERBS + ")(Ⓟ)");

    /**
     * 〔记者某/甲市报导〕甲市长亲赴美国签署: a signing the sentence says its signer travelled away for did not take
     * place where the report was filed; the dateline's city is then no place of it.
     */
    static boolean tripAwayFromDateline(DocumentContext ctx, MaskedSentence ms) {
        String home = ctx.datelineCity();
        if (home == null) {
            return false;
        }
        Matcher t = TRIP_TO.matcher(ms.masked());
        while (t.find()) {
            for (MaskedSentence.Slot s : ms.slots(t.start(1), t.end(1))) {
                if (!home.equals(s.entity().name())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 在此间签署: 此间 ("here") is where the report was filed. */
    private static final Pattern HERE = Pattern.compile("(?:在|于)此间(?:正式|共同|分别|隆重)?$");

    /** 新华社甲市5月10日电 …10日在此间签署: the dateline's city, or null. */
    static String here(DocumentContext ctx, MaskedSentence ms, int verbPos) {
        String m = ms.masked();
        return HERE.matcher(m.substring(Math.max(0, verbPos - 8), verbPos)).find() ? ctx.datelineCity() : null;
    }

    /** 于济南签署: the place after 于 (not a date) right before the verb. */
    private static final Pattern AT_BY_YU = Pattern.compile("于(Ⓟ+)(?:正式|共同|分别|隆重)?$");

    /**
     * 在甲市某宾馆,就…签订; 在甲市国际会议中心签署: a building after the place names where in it the signing was made,
     * so the place is the signing's, whatever the clause then says before the verb.
     */
    private static final Pattern BUILDING_THEN = Pattern.compile(
            "^[\\p{IsHan}]{0,8}?(?:宾馆|酒店|饭店|会议中心|会展中心|国际会议中心|大厦|礼堂|会堂|市政厅|政府大楼)(?:[,，][^。;；在]{0,30})?$");

    /** 在济南(正式)签署, 于济南签署: the place named after 在 (or 于) right before the verb. */
    static String afterAt(MaskedSentence ms, int from, int verbPos) {
        String m = ms.masked();
        Matcher yu = AT_BY_YU.matcher(m.substring(Math.max(0, verbPos - 30), verbPos));
        if (yu.find()) {
            int base = Math.max(0, verbPos - 30);
            String p = placeIn(ms, base + yu.start(1), base + yu.end(1));
            if (p != null) {
                return p;
            }
        }
        for (int at = m.lastIndexOf('在', verbPos - 1); at >= 0; at = m.lastIndexOf('在', at - 1)) {
            int j = at + 1;
            while (j < verbPos && m.charAt(j) == MaskedSentence.PLACE) {
                j++;
            }
            String office = null;
            if (j < verbPos && m.charAt(j) == MaskedSentence.ORG) {
                office = governmentPlace(ms.slots(j, j + 1).get(0)); // 在台中市政府签署: the city of the office
                j = office == null ? j : j + 1;
            }
            if (j == at + 1) {
                continue;
            }
            String between = m.substring(j, verbPos);
            // 在济南(正式)签署; 在洛杉矶与乙市市长签署; 在昆明举行的大会上,…签署 — not 在甲的见证下
            // 在甲市政厅,两市市长签署…: a place opening its own clause, set off by a comma, is the scene of what follows
            boolean scene = SigningExtractor.clauseStart(m, at) == at && between.matches("^[,，][^。;；在]*$");
            boolean here = scene || between.matches("(?:正式|共同|分别|隆重)?")
                    || (at >= from && between.length() <= 20 && !between.matches(".*[的下在].*"))
                    || between.startsWith("举行") || between.startsWith("举办") || between.startsWith("召开")
                    || BUILDING_THEN.matcher(between).matches();
            if (!here) {
                continue;
            }
            if (office != null) {
                return office;
            }
            MaskedSentence.Slot s = ms.lastPlace(at + 1, j);
            return s == null || s.entity().type() == dev.newsie.model.EntityType.COUNTRY ? null : s.entity().name();
        }
        return null;
    }

    /** 甲市政府, 甲市府, 甲市政厅: the place a local government's office stands for, or null for any other body. */
    static String governmentPlace(MaskedSentence.Slot s) {
        if (s.entity().type() != EntityType.ORGANIZATION) {
            return null;
        }
        Matcher g = GOVERNMENT_OFFICE.matcher(s.entity().name());
        return g.matches() ? g.group(1) : null;
    }

    private static final Pattern GOVERNMENT_OFFICE = Pattern.compile(
            "^(\\p{IsHan}{2,}?)(?:特别行政区|特区)?(?:市|县|省|州|区|郡|道)?(?:人民)?(?:政府|市府|县府|政府大楼|市政厅|政府总部|郡厅|道厅|公所|役所|役场)(?:[\\p{IsHan}]{0,4}?(?:厅|礼堂|大礼堂|会议室|大楼))?$");

    /** 签约仪式在甲市…举行, 签约典礼在甲乡公所举行 (after the verb): the ceremony's place. */
    private static final Pattern CEREMONY_HELD_IN = Pattern.compile("(?:仪式|典礼|签约|签字|签署)[^。;；]{0,6}?(?:在|于)(Ⓟ+|Ⓞ)[^。;；,，]{0,20}?举行");
    /** 乙协会同代表团于甲举行了合作文件签约仪式: the place told before the ceremony that its verb holds. */
    private static final Pattern HELD_IN_THEN_CEREMONY = Pattern.compile("(?:在|于)(Ⓟ+)举行了?[^。;；,，Ⓟ]{0,20}?(?:签字|签约|签署)仪式");
    /**
     * 乙市市长率代表团来甲访问, 前来甲考察: 来 right before a place is the guests' coming to it (the host's place); not
     * the 来 of 以来, 年来, 迎来, 带来, 请来, 引来, 看来, 原来, 后来, 本来, 将来, 出来, 起来, 下来, 回来, 往来, 传来, 招来, 进来.
     */
    private static final String COME_TO = "(?<![年以未后从原本起下出将迎带请邀引往回看用进传招])来";
    /**
     * 在甲市会见/会谈/出席, 访问甲市期间, 赴甲市访问, 前往甲市参访, 率团访问甲市,与…签署, 访问甲市的乙市市长…签署: the
     * place of the visit or meeting the signing is part of (到甲市拜访乙, 前往甲市调研 too: a call on someone and a fact-finding
     * trip are visits of the place).
     */
    private static final Pattern VISIT_IN = Pattern.compile(
            "(?:在|赴|到|抵达|前往|来到|" + COME_TO + ")(Ⓟ+)[^。;；Ⓟ]{0,14}?(?:会见|会谈|访问|出席|举行|举办|期间|考察|参访|拜会|拜访|调研)"
            + "|(?:访问|出访|到访|参访|拜访|拜会|抵达|再访|回访)(Ⓟ+)(?:期间|时|之际|[,，]|的(?=[ⓅⓄ]|代表团|一行))"
            // 率团对甲市进行友好访问: the visit told with 对 + place + 进行…访问
            + "|对(Ⓟ+)进行(?:了)?(?:友好|正式|工作|友好工作|国事|为期[^。;；,，]{1,4})?(?:访问|考察|参访)");

    /**
     * The place of signing when no 在甲签署 is written: the place a ceremony is said to be held in after the verb,
     * else the one place of the visit or meeting in the same sentence (none when it names two).
     */
    static String ofVisitOrCeremony(MaskedSentence ms, int verbPos) {
        String m = ms.masked();
        String travelled = TravelToSign.place(ms, verbPos);
        if (travelled != null) {
            return travelled;
        }
        Matcher c = CEREMONY_HELD_IN.matcher(m);
        while (c.find()) {
            if (c.start() >= verbPos - 4) {
                if (m.charAt(c.start(1)) == MaskedSentence.ORG) {
                    String office = governmentPlace(ms.slots(c.start(1), c.end(1)).get(0));
                    if (office != null) {
                        return office;
                    }
                    continue;
                }
                return placeIn(ms, c.start(1), c.end(1));
            }
        }
        return VISIT_IN.matcher(m.substring(0, verbPos)).find() ? onlyVisitedPlace(ms, verbPos) : hostOfVisit(ms, verbPos);
    }

    /**
     * 于甲中央文化会馆举办两市缔盟仪式,…完成签署: a ceremony of signing opened before the verb, at a hall whose name opens
     * with a town the page names — the town is where the signing took place (not for a video ceremony, whose hall is
     * where one side sat).
     */
    private static final Pattern HELD_AT_VENUE = Pattern.compile(
            "(?:在|于)(Ⓟ*)([^。;；,，ⓅⓄⓇ在于]{2,16}?)(?:举行|举办)(?:了)?[^。;；,，Ⓟ]{0,12}?(?:签字|签约|签署|缔盟|结盟|缔约|结好)(?:仪式|典礼)");

    /** The town a hall of the signing ceremony told from before {@code verbPos} is named after, or null. */
    static String venueTown(DocumentContext ctx, MaskedSentence ms, int verbPos) {
        Matcher v = HELD_AT_VENUE.matcher(ms.masked());
        if (!v.find() || v.start() >= verbPos || REMOTE.matcher(v.group()).find()) {
            return null;
        }
        if (!v.group(1).isEmpty()) {
            return placeIn(ms, v.start(1), v.end(1));
        }
        String hall = v.group(2), town = null;
        for (dev.newsie.model.Entity e : ctx.entities) {
            if ((e.type() == EntityType.CITY || e.type() == EntityType.PROVINCE) && e.name().length() >= 2 && hall.startsWith(e.name())
                    && hall.length() > e.name().length() + 1 && (town == null || e.name().length() > town.length())) {
                town = e.name();
            }
        }
        return town;
    }

    /** The one place of a visit or meeting told before {@code to} in the sentence (null when it names two or none). */
    private static String onlyVisitedPlace(MaskedSentence ms, int to) {
        Matcher v = VISIT_IN.matcher(ms.masked().substring(0, to));
        String found = null;
        while (v.find()) {
            int g = v.group(1) != null ? 1 : v.group(2) != null ? 2 : 3;
            MaskedSentence.Slot s = ms.lastPlace(v.start(g), v.end(g));
            if (s != null && s.entity().type() == EntityType.COUNTRY) {
                continue; // 率团访问日本,…到甲市拜访: the country is the trip's frame, the city in it the place of the call
            }
            String p = placeIn(ms, v.start(g), v.end(g));
            if (p == null || (found != null && !found.equals(p))) {
                return null;
            }
            found = p;
        }
        return found;
    }

    /** 甲市市长X会见了来访的乙市市长Y一行: the meeting, and so what follows it, took place at the host's place. */
    private static final Pattern HOST_MEETS = Pattern.compile("^(?:[^。;；,，]{0,14}[,，])?(Ⓟ+)[^。;；,，Ⓟ]{0,12}?(?:"
            + RoleWords.MEETING_VERBS.alternation("RECEIVE") + ")(?:了)?(?:来访的|到访的|率团来访的|前来访问的)");

    /** The host's place of a meeting with visitors told before {@code to} in the sentence, or null. */
    static String hostOfVisit(MaskedSentence ms, int to) {
        Matcher h = HOST_MEETS.matcher(ms.masked().substring(0, to));
        return h.find() ? placeIn(ms, h.start(1), h.end(1)) : null;
    }

    /** 甲友城签约活动在乙举行 (a headline): the signings the article reports were made there. */
    private static final Pattern HEADLINE_CEREMONY = Pattern.compile("(?:签约|签字|签署|结好|缔约)(?:活动|仪式)?(?:在|于)(Ⓟ+)(?:隆重)?(?:举行|举办)");

    /** The place a headline says the signing ceremony was held in, or null. */
    static String ofHeadlineCeremony(DocumentContext ctx) {
        if (ctx.masked.isEmpty()) {
            return null;
        }
        MaskedSentence ms = ctx.masked.get(0);
        Matcher h = HEADLINE_CEREMONY.matcher(ms.masked());
        return h.find() ? placeIn(ms, h.start(1), h.end(1)) : null;
    }

    /** 会见后, 会谈结束后 opening a sentence: it goes on from the meeting told before it. */
    static final String MEETING_OVER = "^(?:" + RoleWords.alternationOf(RoleWords.MEETING_VERBS.wordsGoingOnAfter("RECEIVE", "TALK"))
            + ")(?:结束)?后";
    /** {@link #MEETING_OVER} compiled: read here and by {@link GuestsOfAMeeting}. */
    static final Pattern MEETING_OVER_OPENING = Pattern.compile(MEETING_OVER);
    /**
     * 通过网络视频签署, 云签约, 透过视讯签署 (Taiwan's word for video), 连线会谈: done from two places at once, so no one
     * place (neither the dateline's city nor a host's) is where.
     */
    static final Pattern REMOTE = Pattern.compile("视频|视讯|云签约|云端|线上|网络签约|远程|连线");

    /**
     * 签约仪式16日以视频方式举行。甲市市长与乙市市长共同签署…; 18日,甲市与乙市“云端”连线,举行结好庆典。活动中,两市市长签署…:
     * a signing with no day of its own told right after, in the same paragraph, a ceremony held remotely goes on from that
     * ceremony, which was held from two places at once ({@link OnlineSessions#heldOnline}); so the dateline's city is no place of it ({@link #REMOTE} reads
     * the signing's own sentence).
     */
    static boolean continuesRemoteCeremony(DocumentContext ctx, int si) {
        if (si == 0 || ctx.bestDate(si) != null
                || ctx.text.substring(ctx.sentences.get(si - 1).end(), ctx.sentences.get(si).start()).contains("\n")
                || ctx.sentences.get(si - 1).text().endsWith("\n")) {
            return false;
        }
        return OnlineSessions.heldOnline(ctx.sentences.get(si - 1).text());
    }

    /**
     * 会见后, 会谈结束后, 随后, 访问期间: a sentence opening that continues the visit or meeting told just before (a
     * visit's 期间 is the time of that visit, so what it frames happened where the visit went).
     */
    private static final Pattern AFTER_MEETING = Pattern.compile(MEETING_OVER + "|^随后|^此后|^其间"
            + "|^(?:访问|出访|考察|参访|此访|此次访问|在访)?期间");
    /**
     * 甲市市长乙率代表团访问丙市。, 乙市市长率团来丙市访问。: a sentence that tells a visit to one place, named after the verb
     * of visiting or between 来 (coming to it) and the visit (来丙市访问, 来丙市考察访问).
     */
    private static final String VISIT_VERBS = "访问|到访|来访|抵达";
    private static final Pattern VISIT_TOLD = Pattern.compile("(?:" + VISIT_VERBS + ")(Ⓟ+)(?:[。,，;；]|$)"
            + "|" + COME_TO + "(Ⓟ+)(?:友好|正式|工作)?(?:考察)?(?:访问|参访|考察)(?:[。,，;；]|$)");

    /**
     * 9月22日,乙市市长X率团访问甲市。…会见后,两市签署…: a sentence going on from a visit or meeting took place where
     * that was (only when it went to one place): after 会见后 the meeting's own sentence, however far back
     * ({@link GuestsOfAMeeting#meetingToldBefore}), is read first, then the one or two sentences just before.
     */
    static String ofVisitJustTold(DocumentContext ctx, int si) {
        if (!AFTER_MEETING.matcher(ctx.sentences.get(si).text()).find()) {
            String arrived = si > 0 && BOTH_SIGN.matcher(ctx.masked.get(si).masked()).find() ? arrivalJustTold(ctx.masked.get(si - 1)) : null;
            return arrived != null ? arrived : ofVisitSpanning(ctx, si);
        }
        // 在甲会见…。(its guests, its talk)…。会见后,双方签署: the meeting 会见后 goes on from, however far back, is the last told
        // (the sentences between may tell the guests' tour of other places: the meeting's own sentence is read first)
        int meeting = MEETING_OVER_OPENING.matcher(ctx.sentences.get(si).text()).find() ? GuestsOfAMeeting.meetingToldBefore(ctx, si) : -1;
        List<Integer> told = new ArrayList<>();
        if (meeting >= 0) {
            told.add(meeting);
        }
        for (int back = si - 1; back >= Math.max(0, si - 2); back--) {
            if (back != meeting) {
                told.add(back);
            }
        }
        for (int back : told) {
            MaskedSentence ms = ctx.masked.get(back);
            Matcher v = VISIT_TOLD.matcher(ms.masked());
            if (!v.find()) {
                v = VISIT_IN.matcher(ms.masked()); // 在甲会见…。会见后,双方签署
            } else {
                v.reset();
            }
            String found = null;
            while (v.find()) {
                int g = v.group(1) != null ? 1 : v.groupCount() >= 2 && v.group(2) != null ? 2 : v.groupCount();
                String p = placeIn(ms, v.start(g), v.end(g));
                if (p == null || (found != null && !found.equals(p))) {
                    return null;
                }
                found = p;
            }
            if (found != null) {
                return found;
            }
            String host = hostOfVisit(ms, ms.masked().length());
            if (host != null) {
                return host; // 甲市市长会见了来访的乙市市长。会见后,双方签署
            }
        }
        return null;
    }

    /** How far into its sentence the day that opens it may stand (5日,…; 5日上午,…). */
    private static final int OPENING_DAY_REACH = 2;

    /**
     * 3月4日至6日,甲市市长率团访问乙市。5日,…签署: a sentence opening with a day inside the span of a visit to one
     * place, told in the one or two sentences before, tells a day of that visit, so it took place where the visit went.
     */
    static String ofVisitSpanning(DocumentContext ctx, int si) {
        List<DateResolver.DateMention> own = ctx.dates.get(si);
        if (own.isEmpty() || own.get(0).isSpan() || own.get(0).date() == null || own.get(0).date().length() != 10
                || own.get(0).start() - ctx.sentences.get(si).start() > OPENING_DAY_REACH) {
            return null;
        }
        String day = own.get(0).date();
        for (int back = si - 1; back >= Math.max(0, si - 2); back--) {
            for (DateResolver.DateMention d : ctx.dates.get(back)) {
                if (d.isSpan() && d.spanStart().compareTo(day) <= 0 && day.compareTo(d.spanEnd()) <= 0) {
                    return ofVisitTold(ctx.masked.get(back));
                }
            }
        }
        return null;
    }

    /** …,双方并正式签盟, 两市随即签署: the two sides sign, with no place of their own sentence. */
    private static final Pattern BOTH_SIGN = Pattern.compile("(?:双方|两市|两地)(?:并|随即|随后|也|即)?(?:正式)?(?:签|缔|结)");
    /** 甲镇访问团10月21日抵达日本乙县丙市。: a sentence ending with the arrival at one place. */
    private static final Pattern ARRIVAL = Pattern.compile("(?:抵达|抵)(Ⓟ+)[。.]?$");

    /** The place the sentence just before arrived at (its last words), or null. */
    private static String arrivalJustTold(MaskedSentence before) {
        Matcher a = ARRIVAL.matcher(before.masked());
        return a.find() ? placeIn(before, a.start(1), a.end(1)) : null;
    }

    /**
     * 乙市市长一行访问甲市。甲市市长与乙市市长签署…: a signing told right after a visit to one place, between sides of
     * which that place is one, was signed where the visit went (the visitors do not sign at home while away).
     */
    static String visitedSideJustTold(DocumentContext ctx, int si, List<String> parties) {
        if (si == 0) {
            return null;
        }
        String visited = ofVisitTold(ctx.masked.get(si - 1));
        // a receiving sentence with a date of its own is another occasion (a later day of the tour), not the visit going on
        if (visited == null && si > 1 && ctx.bestDate(si - 1) == null && RECEIVES_THE_PARTY.matcher(ctx.masked.get(si - 1).masked()).find()) {
            visited = ofVisitTold(ctx.masked.get(si - 2)); // 乙市市长一行来甲市访问。甲市市长会见了一行。双方签署: the visit goes on
            // unless the receiving is set at a place other than the one visited (省长在乙市会见了…一行): it is there, not on the visit
            if (visited != null && !setNowhereBut(ctx.masked.get(si - 1), visited)) {
                visited = null;
            }
        }
        return visited != null && parties.contains(visited) ? visited : null;
    }

    /**
     * The verbs of hosts receiving guests: the meeting list's RECEIVE verbs and those of hosting a guest (接待, 宴请);
     * shared by {@link #RECEIVES_THE_PARTY} and {@link #PARTY_OF_GUESTS}.
     */
    private static final String RECEIVING_VERBS = RoleWords.MEETING_VERBS.alternation("RECEIVE") + "|接待|宴请";

    /**
     * 甲市市长会见了X一行。, 接待了来宾一行: the hosts receiving the visiting party, which goes on with the visit. No place
     * between the verb and 一行: a party named by its place (会见了乙市市长一行) is told anew in this sentence, and the
     * guests' rules read it there; only a party already told (一行 of the visitors) carries on the visit told before. A place
     * after 在 other than the one visited (在北京会见了…一行) sets the receiving there: visitedSideJustTold
     * then carries no visit on. The window of 20 characters holds a head's title and name and a word or two (来访的,
     * 率领的代表团), not another clause.
     */
    private static final Pattern RECEIVES_THE_PARTY = Pattern.compile("(?:" + RECEIVING_VERBS + ")(?:了)?[^。;；Ⓟ]{0,20}?一行[。]?$");

    /**
     * 率团访问了友好城市乙市, 一行到访乙市, 率企业代表赴丙国乙市参加…, 随后前往丙市: a trip to a place told in a report's
     * lead, by a verb of visiting or travelling (bare 赴 standing for 率团赴, 带领…赴); the place is the last one written, a
     * country before it only framing it. A place followed by another (乙市、丙市, 乙和丙), even past a place word left
     * outside its mention, is a list, not one trip.
     */
    private static final Pattern LEAD_TRIP = Pattern.compile("(?:" + VISIT_VERBS + "|" + TRAVEL_VERBS + "|赴|来到)(?:了)?(?:友好城市|友城)?"
            + "(Ⓟ+)(?![市县州省区]?[、和及与Ⓟ])");

    /**
     * 甲市市长率代表团访问了乙市,…。…据悉,此次双方签署了…: the trip the report's lead tells to one city (or to Hong Kong or
     * Macau) is the scene of the report, so a signing told in a later sentence, with no day of its own and not made
     * remotely, took place there when that city is one of its sides, or when the sentence, told close after the lead,
     * names the visitors' own side (甲此次签约的项目包括…); 丙市与丁市签署, told as background, did not.
     */
    static String ofLeadTrip(DocumentContext ctx, Event e) {
        int lead = ctx.leadSentence();
        if (e.evidence() == null || lead < 0) {
            return null;
        }
        int si = ctx.sentenceIndex(e.evidence().start());
        if (si <= lead || ctx.bestDate(si) != null || REMOTE.matcher(ctx.sentences.get(si).text()).find()
                || continuesRemoteCeremony(ctx, si)) {
            return null;
        }
        MaskedSentence ms = ctx.masked.get(lead);
        Matcher t = LEAD_TRIP.matcher(ms.masked());
        String found = null;
        int firstTrip = -1;
        while (t.find()) {
            firstTrip = firstTrip < 0 ? t.start() : firstTrip;
            String p = placeIn(ms, t.start(1), t.end(1));
            if (p == null || (found != null && !found.equals(p))) {
                return null;
            }
            found = p;
        }
        String city = found;
        if (city == null || !(DocumentContext.cityLikeRegion(city)
                || ctx.entities.stream().anyMatch(x -> x.type() == EntityType.CITY && x.name().equals(city)))) {
            return null;
        }
        if (e.parties().contains(city)) {
            return city;
        }
        // 甲市副市长率团访问了乙市,…。…据悉,甲此次签约的项目包括:丙公司与丁公司签署…: the visitors' own side named
        // close after the lead
        String visitor = firstTrip > 0 ? placeIn(ms, 0, firstTrip) : null;
        return visitor != null && !visitor.equals(city) && si - lead <= LEAD_TRIP_REACH
                && ctx.masked.get(si).slots().stream().anyMatch(x -> x.entity().name().equals(visitor)) ? city : null;
    }

    /** How many sentences after the lead a signing of the visitors' side, with the trip city no side of it, may be told. */
    private static final int LEAD_TRIP_REACH = 3;

    /** The one place a sentence tells a visit to (乙市市长率团访问甲市。), or null. */
    static String ofVisitTold(MaskedSentence ms) {
        Matcher v = VISIT_TOLD.matcher(ms.masked());
        String found = null;
        while (v.find()) {
            int g = v.group(1) != null ? 1 : 2;
            String p = placeIn(ms, v.start(g), v.end(g));
            if (p == null || (found != null && !found.equals(p))) {
                return null;
            }
            found = p;
        }
        return found;
    }

    /** 在乙市: a place the sentence is set at (a chain counting as its last unit). */
    private static final Pattern SET_AT = Pattern.compile("在(Ⓟ+)");

    /**
     * Whether every place the sentence is set at (在…) is {@code place}: 兰州市长王明在市政府会见了…一行 is set at none,
     * 省长王明在北京会见了…一行 at another. The places of the hosts' titles (甲市副市长、乙区书记) set no scene.
     */
    private static boolean setNowhereBut(MaskedSentence ms, String place) {
        Matcher run = SET_AT.matcher(ms.masked());
        while (run.find()) {
            MaskedSentence.Slot last = ms.lastPlace(run.start(1), run.end(1));
            if (last != null && !last.entity().name().equals(place)) {
                return false;
            }
        }
        return true;
    }

    static String placeIn(MaskedSentence ms, int from, int to) {
        MaskedSentence.Slot s = ms.lastPlace(from, to);
        return s == null || s.entity().type() == dev.newsie.model.EntityType.COUNTRY ? null : s.entity().name();
    }

    /** 今天上午, 当天下午, 5日晚间: the time a ceremony is told held at, between the ceremony and its place. */
    private static final String WHEN = "(?:今天|今日|昨天|昨日|当天|当日|\\d{1,2}日)?(?:上午|下午|中午|晚上|晚间)?";
    /** 签约仪式上, 仪式上: a sentence set at the signing ceremony the report has told. */
    private static final Pattern AT_THE_CEREMONY = Pattern.compile("^(?:在)?(?:签约|签字|签署|结好)?仪式上");
    /** A signing's or a twinning's ceremony (签约仪式, 结好仪式, 缔盟仪式). */
    static final String SIGNING_CEREMONY = "(?:签约|签字|签署|缔盟|结盟|结好|缔约)仪式";
    /** 签约仪式在甲…举行 opening a sentence: where the ceremony of the signing just told was held. */
    private static final Pattern CEREMONY_OPENS = Pattern.compile("^" + SIGNING_CEREMONY + WHEN + "(?:在|于)(Ⓟ+)[^。;；,，]{0,20}?举行");
    /**
     * 签署姊妹市盟约仪式在甲市公所举行, 盟约签署典礼在甲乡公所举行 opening a sentence: the ceremony of a document (named
     * before or after the signing word, with no place in it) held at a local government's office, whose place is where.
     */
    private static final Pattern DOCUMENT_CEREMONY_OPENS = Pattern.compile(
            "^[^,，。;；ⓅⓄⓇ]{0,10}?(?:签约|签字|签署|缔盟|结盟|缔约)[^,，。;；ⓅⓄⓇ]{0,10}?(?:仪式|典礼)" + WHEN + "(?:在|于)(Ⓟ+|Ⓞ)[^。;；,，]{0,20}?举行");
    /** How many sentences back a ceremony told before still sets the scene of a signing (and after 仪式上, how many). */
    private static final int CEREMONY_REACH = 2;
    private static final int AT_CEREMONY_REACH = 6;

    /**
     * …友好城市签约仪式在甲举行。…签约仪式上,乙公司与丙集团签署: a signing told in the sentences after a ceremony
     * whose place is named took place there (the ceremony's own sentence is read by {@link #ofVisitOrCeremony}).
     */
    static String ofCeremonyJustTold(DocumentContext ctx, int si) {
        int scene = sceneOpenedInParagraph(ctx, si);
        int reach = scene >= 0 ? AT_CEREMONY_REACH : CEREMONY_REACH;
        int from = scene >= 0 ? scene : si;
        for (int back = si - 1; back >= Math.max(0, from - reach); back--) {
            MaskedSentence ms = ctx.masked.get(back);
            Matcher c = CEREMONY_HELD_IN.matcher(ms.masked());
            if (c.find() && ms.masked().charAt(c.start(1)) == MaskedSentence.PLACE) {
                return placeIn(ms, c.start(1), c.end(1));
            }
            Matcher h = HELD_IN_THEN_CEREMONY.matcher(ms.masked());
            if (scene >= 0 && h.find()) {
                return placeIn(ms, h.start(1), h.end(1)); // …在甲举行了…签字仪式。…在仪式上,乙与丙签署
            }
        }
        return null;
    }

    /**
     * The sentence that opened the paragraph's scene at the ceremony (签约仪式上,…。乙公司与丙集团签署…), or -1: a
     * paragraph opened by 仪式上 tells what happened at the ceremony sentence after sentence, until a new paragraph.
     */
    private static int sceneOpenedInParagraph(DocumentContext ctx, int si) {
        for (int k = si; k >= 0; k--) {
            if (AT_THE_CEREMONY.matcher(ctx.sentences.get(k).text()).find()) {
                return k;
            }
            if (k == 0 || ctx.bestDate(k) != null && k < si || ctx.text.substring(ctx.sentences.get(k - 1).end(), ctx.sentences.get(k).start()).contains("\n")
                    || ctx.sentences.get(k - 1).text().endsWith("\n")) {
                return -1;
            }
        }
        return -1;
    }

    /** 甲处在新闻稿中指出, 乙表示: the source a sentence's report is attributed to, opening it. */
    private static final Pattern REPORTED = Pattern.compile("^[^。;；,，]{0,20}?(?:表示|指出|透露|称|说)[,，:：]");
    /** 签约仪式当天,…: a sentence telling what the travellers did on the day of the signing ceremony. */
    private static final Pattern CEREMONY_DAY = Pattern.compile("^(?:签约|签字|签署|缔盟|结盟|结好|缔约|缔结)(?:仪式|典礼)当(?:日|天)[,，]");

    /** 签署…, 缔结…, 结为…: a sentence telling a signing of its own, beyond which a ceremony is no longer this one's. */
    private static final Pattern OWN_SIGNING = Pattern.compile("签|缔|结为");

    /**
     * 甲与乙签署…。签约仪式在丙的…举行: the place of the ceremony said in the sentence after the signing, or in the one
     * after that when the sentence between tells no signing of its own (甲说,…。签约仪式上午在乙县政府举行); or null.
     */
    static String ofCeremonyToldAfter(DocumentContext ctx, int si) {
        for (int k = si + 1; k < Math.min(ctx.masked.size(), si + 3); k++) {
            String p = ofCeremonyIn(ctx.masked.get(k));
            if (p != null || OWN_SIGNING.matcher(ctx.masked.get(k).masked()).find()) {
                return p;
            }
        }
        return null;
    }

    /** The place a sentence opening with a signing ceremony (or the signing day's visit) says it was held in, or null. */
    private static String ofCeremonyIn(MaskedSentence next) {
        Matcher r = REPORTED.matcher(next.masked());
        int from = r.find() ? r.end() : 0; // 甲处在新闻稿中指出,签约仪式在乙市举行: the ceremony told through who reports it
        Matcher c = CEREMONY_OPENS.matcher(next.masked()).region(from, next.masked().length());
        if (c.find()) {
            return placeIn(next, c.start(1), c.end(1));
        }
        Matcher day = CEREMONY_DAY.matcher(next.masked());
        if (day.find()) {
            return onlyVisitedPlace(next, next.masked().length()); // 签约仪式当天,甲方访问团拜会乙市
        }
        Matcher d = DOCUMENT_CEREMONY_OPENS.matcher(next.masked()).region(from, next.masked().length());
        if (!d.find()) {
            return null;
        }
        return next.masked().charAt(d.start(1)) == MaskedSentence.ORG
                ? governmentPlace(next.slots(d.start(1), d.end(1)).get(0)) : placeIn(next, d.start(1), d.end(1));
    }

    /** 甲方首长今天率领访问团造访乙市: a party led on the day of the signing to one place. */
    private static final Pattern LED_THERE_THAT_DAY = Pattern.compile(
            "^[^。;；]{0,16}?(?:今天|今日|当天|当日|同日)[^。;；]{0,4}?(?:率团|率队|率领)[^。;；]{0,30}?(?:造访|拜会|访问|到访|参访|抵达)(Ⓟ+)");

    /**
     * 甲乡今天与乙市签署…。甲乡长今天率领访问团造访乙市: the sentence after a signing leads one side's party that day to the
     * other side's place, so it was signed there (not where a correspondent filed it); null unless that place is a party.
     */
    static String ofVisitThatDayToldAfter(DocumentContext ctx, int si, List<String> parties) {
        if (si + 1 >= ctx.masked.size()) {
            return null;
        }
        MaskedSentence next = ctx.masked.get(si + 1);
        Matcher v = LED_THERE_THAT_DAY.matcher(next.masked());
        String p = v.find() ? placeIn(next, v.start(1), v.end(1)) : null;
        return p != null && parties.contains(p) ? p : null;
    }

    /** 乙市政府代表团, 乙市访问团: a delegation of a place, which has travelled to the other side. */
    private static final Pattern DELEGATION = Pattern.compile("(Ⓟ+|Ⓞ)(?:市|县|町|省|州)?(?:政府|市政府|议会)?" + SigningSides.DELEGATION_HEAD);
    /**
     * 乙市副市长X、议长Y一行, 乙市市长X考察团一行: guests named by their place and led by its officials. Not across a verb
     * of receiving (甲市市长X会见了代表团一行: the meeting list's RECEIVE verbs, and those of hosting a guest, 接待, 陪同,
     * 宴请, 迎接, 欢迎): the place before it is the host's, the party after it the guests.
     */
    private static final Pattern PARTY_OF_GUESTS = Pattern.compile("(Ⓟ+)(?:市|县|町|省|州)?(?:(?!"
            + RECEIVING_VERBS + "|陪同|迎接|欢迎)[^。;；,，ⓅⓄ]){0,16}?一行");
    /**
     * 乙市市长Y率团访问甲: a party led by the head of its place (named by place, title and person before 率团) to the
     * other side's place; a trip to a country (率团赴乙国) says nothing of the town where it signed.
     */
    private static final Pattern LED_BY_ITS_HEAD = Pattern.compile(
            "(Ⓟ+)(?:市|县|町|省|州)?[^。;；,，ⓅⓄⓇ]{0,8}?Ⓡ(?:率团|率代表团|率领代表团)(?:访问|到访|来到|抵达|赴|前往)(?:了)?(Ⓟ+)");
    /** How many sentences around a signing may name the delegation that came for it. */
    private static final int DELEGATION_REACH = 2;

    /**
     * 甲市与乙市签署协议书…乙市政府代表团成员出席签约仪式; 甲迎接乙代表团并缔结为友谊市: when the sentences around a
     * signing name the delegation of exactly one of its two sides, that side travelled, so it was signed at the other's.
     */
    static String hostOfDelegation(DocumentContext ctx, int si, List<String> parties, String date) {
        if (parties.size() != 2) {
            return null;
        }
        return hostOf(ctx, parties, travelledSides(ctx, Math.max(0, si - 1), Math.min(ctx.masked.size() - 1, si + DELEGATION_REACH), parties, false, date));
    }

    /**
     * 副市长会见乙市副市长X一行,两市签署…; 乙市市长Y率团访问甲。当天,双方签署…: a visit of one side's party told in the
     * signing's own sentence or the one before; a signing of this year placed by nothing else was made at the other
     * side's place. A party told elsewhere in the page places nothing: read page-wide, the guess was wrong more often
     * than right (the visit told is often another trip, or the signing was made elsewhere).
     */
    static String hostOfVisitingParty(DocumentContext ctx, Event e) {
        Integer year = ctx.resolver.anchorYear();
        if (e.parties().size() != 2 || e.date() == null || year == null || !e.date().startsWith(String.valueOf(year))) {
            return null; // 1990年两市缔结…, 两市曾签署…: a visit told now says nothing of where an old or undated signing was made
        }
        if (e.evidence() == null) {
            return null;
        }
        int si = ctx.sentenceIndex(e.evidence().start());
        return hostOf(ctx, e.parties(), travelledSides(ctx, Math.max(0, si - VISIT_REACH), si, e.parties(), true, e.date()));
    }

    /** How many sentences before a signing the visit it was made on may be told. */
    private static final int VISIT_REACH = 1;

    /**
     * The side other than the one that travelled, when exactly one of the two did and the other is a city; else null.
     * A host that is a province (甲市访问团出访乙国,与丙省签署…) was visited somewhere in it, but the report does not say
     * in which of its cities, and a signing's place is a city (GOLD.md §3), so the province places nothing.
     */
    static String hostOf(DocumentContext ctx, List<String> parties, java.util.Set<String> travelled) {
        if (travelled.size() != 1) {
            return null;
        }
        String host = parties.get(0).equals(travelled.iterator().next()) ? parties.get(1) : parties.get(0);
        return isCity(ctx, host) ? host : null;
    }

    /** Whether the page names {@code name} as a city: only a city is a signing's place (GOLD.md §3). */
    static boolean isCity(DocumentContext ctx, String name) {
        return ctx.entities.stream().anyMatch(e -> e.type() == EntityType.CITY && e.name().equals(name));
    }

    /** The sides of a signing whose delegation (or, with guests, party of guests) sentences from..to (inclusive) name. */
    private static java.util.Set<String> travelledSides(DocumentContext ctx, int from, int to, List<String> parties, boolean guests, String date) {
        java.util.Set<String> travelled = new java.util.HashSet<>();
        for (int i = from; i <= to; i++) {
            MaskedSentence ms = ctx.masked.get(i);
            DateResolver.DateMention told = ctx.bestDate(i);
            if (date != null && told != null && told.first() != null && !sameMonth(told.first(), date)) {
                continue; // 今天,甲市代表团…会议召开; 今年10月,甲与乙签署: a delegation told in another month made no visit of this signing
            }
            if (guests && ms.masked().contains("回访")) {
                continue; // 乙市代表团将于本月回访: a return visit (often still to come) is not the visit of this signing
            }
            Matcher g = PARTY_OF_GUESTS.matcher(ms.masked());
            while (guests && g.find()) {
                MaskedSentence.Slot s = ms.lastPlace(g.start(1), g.end(1));
                if (s != null && parties.contains(s.entity().name())) {
                    travelled.add(s.entity().name());
                }
            }
            Matcher led = LED_BY_ITS_HEAD.matcher(ms.masked());
            while (guests && led.find()) {
                MaskedSentence.Slot s = ms.lastPlace(led.start(1), led.end(1)), destination = ms.lastPlace(led.start(2), led.end(2));
                if (s != null && destination != null && parties.contains(s.entity().name()) && parties.contains(destination.entity().name())
                        && !s.entity().name().equals(destination.entity().name())) {
                    travelled.add(s.entity().name());
                }
            }
            Matcher d = DELEGATION.matcher(ms.masked());
            while (d.find()) {
                String side = ms.masked().charAt(d.start(1)) == MaskedSentence.ORG
                        ? governmentPlace(ms.slots(d.start(1), d.end(1)).get(0)) // 乙市政府代表团
                        : ms.lastPlace(d.start(1), d.end(1)) == null ? null : ms.lastPlace(d.start(1), d.end(1)).entity().name();
                if (side != null && parties.contains(side)) {
                    travelled.add(side);
                }
            }
        }
        return travelled;
    }

    /**
     * Whether two dates may be of one visit: the same month, or one only a year or month holding the other. Days are
     * not compared, since a report's dateline often dates a signing made the day before.
     */
    private static boolean sameMonth(String a, String b) {
        String x = a.substring(0, Math.min(7, a.length())), y = b.substring(0, Math.min(7, b.length()));
        return x.startsWith(y) || y.startsWith(x);
    }

    /** 大会期间举行了签约仪式。甲与乙签署…: the sentence before announced a signing ceremony at the forum. */
    private static boolean ceremonyAnnouncedAtForum(DocumentContext ctx, int si) {
        for (int back = si - 1; back >= Math.max(0, si - CEREMONY_REACH); back--) {
            String t = ctx.sentences.get(back).text();
            if ((t.contains("签约仪式") || t.contains("签字仪式")) && (t.contains("期间") || t.contains("会上") || t.contains("闭幕") || t.contains("开幕"))) {
                return true;
            }
        }
        return false;
    }

    /** A signing at a forum (闭幕会上, 论坛期间, or on one of its days) takes the forum's place. */
    static void attachToForum(DocumentContext ctx, int si, EventBuilder e, List<ForumExtractor.Forum> forums) {
        String t = ctx.sentences.get(si).text();
        boolean cue = t.contains("会上") || t.contains("期间") || t.contains("仪式") || t.contains("论坛") || t.contains("大会") || t.contains("活动中")
                || t.contains("闭幕") || t.contains("开幕") || (ctx.bestDate(si) == null && ceremonyAnnouncedAtForum(ctx, si));
        for (ForumExtractor.Forum f : forums) {
            Event fe = f.b.build();
            boolean sameDay = e.date() != null && (e.date().equals(fe.date()) || e.date().equals(fe.end()) || e.date().equals(fe.start()));
            if ((cue || sameDay) && fe.location() != null) {
                if (e.location() == null) {
                    e.location(fe.location());
                }
                if (e.date() == null || (!sameDay && cue && fe.date() != null && e.date().length() < 10)) {
                    // 开幕式现场/开幕式上,甲与乙签订…: at the opening of a forum of several days, on its first day
                    boolean atOpening = t.contains("开幕") && !t.contains("闭幕") && fe.start() != null;
                    e.date(fe.date() != null ? fe.date() : atOpening ? fe.start() : fe.end());
                }
                return;
            }
        }
        if (e.location() == null && ctx.bestDate(si) == null && ceremonyHeldByForum(ctx, si)) {
            // the forum that held it: the nearest one reported at or before the signing's sentence, with a place
            ForumExtractor.Forum holder = null;
            for (ForumExtractor.Forum f : forums) {
                if (f.firstSentence <= si && f.b.build().location() != null && (holder == null || f.firstSentence > holder.firstSentence)) {
                    holder = f;
                }
            }
            if (holder != null) {
                // only the place: the forum's date (often just the year of its name) is not told as the signing's day
                e.location(holder.b.build().location());
            }
        }
    }

    /** 论坛还举行了签约仪式, 大会同时举办了合作项目签约仪式: the gathering itself held the signing ceremony. */
    private static final Pattern FORUM_HOLDS_CEREMONY = Pattern.compile(
            "(?:论坛|大会|峰会|年会|博览会|洽谈会)(?:上|现场)?(?:还|也|同时|并|另)?(?:举行|举办)(?:了)?[^。;；,，]{0,20}?(?:签约|签字)仪式");

    /** Whether the signing's sentence, or one of the one or two before it, says the forum held the signing ceremony. */
    private static boolean ceremonyHeldByForum(DocumentContext ctx, int si) {
        for (int back = si; back >= Math.max(0, si - CEREMONY_REACH); back--) {
            if (FORUM_HOLDS_CEREMONY.matcher(ctx.sentences.get(back).text()).find()) {
                return true;
            }
        }
        return false;
    }
}
