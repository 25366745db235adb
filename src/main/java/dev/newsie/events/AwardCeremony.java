package dev.newsie.events;

import dev.newsie.model.EntityType;
import dev.newsie.model.Event;
import dev.newsie.model.EventBuilder;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date and place of an award's ceremony: the conferring sentence's own date, the report's dateline, the
 * place the sentence says it was held in, or the forum the award was conferred at.
 */
final class AwardCeremony {
    private AwardCeremony() {
    }

    /**
     * An award the article gives no date or place for was conferred at the forum it reports (大会设立了…奖):
     * the forum's place, and its date — for a forum of several days, only the month they share.
     */
    static void dateOfForum(EventBuilder b, List<ForumExtractor.Forum> forums) {
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
    static void ceremonyDate(DocumentContext ctx, Integer si, EventBuilder b) {
        if (si == null || b.build().date() != null) {
            return;
        }
        String day = sentenceDate(ctx, si, b.build().award());
        if (day != null && day.length() == 4 && onlyInPrizeNames(ctx.sentences.get(si).text(), day)) {
            day = null; // 颁发2010年齐鲁友谊奖和乙奖: the year in a prize's name is its edition, not the ceremony's day
        }
        if (day != null && day.length() == 4 && setUpIn(ctx.sentences.get(si).text(), day)) {
            day = null; // X奖于2002年设立,专门授予…: the year the honour was set up, no ceremony's
        }
        if (day != null && setUpAtDate(ctx, si, day)) {
            day = null; // 今年3月,又增设了X奖: the month a prize was added, no ceremony's; the ceremony reported held dates it
        }
        b.date(day);
        for (int i = si - 1; i >= 1 && b.build().date() == null; i--) {
            // 授勋典礼昨日上午于甲府举行。…向下列人士颁授勋章: the honours conferred at the ceremony reported held
            if (CEREMONY_HELD.matcher(ctx.sentences.get(i).text()).find()) {
                DateResolver.DateMention held = ctx.bestDate(i);
                if (held != null && held.first() != null && !held.isSpan()) {
                    b.date(held.first());
                }
                return;
            }
        }
    }

    /** The verbs of setting an award up or adding one, with their adverbs of first or formal doing. */
    private static final String SET_UP = "(?:首次|正式|开始)?(?:增设|设立|设置|创立|创设)";

    /** 自1993年设立以来 / 于2002年正式设立: the year an award was set up. */
    private static final Pattern SET_UP_AFTER_YEAR = Pattern.compile("年(?:\\d{1,2}月)?" + SET_UP);

    /** 今年3月,又增设了 / 2031年5月正式设立: a month or day an award was set up or added, told by the verb right after it. */
    private static final Pattern SET_UP_AFTER_DATE = Pattern.compile("[,，]?(?:又|再|还|新)?" + SET_UP);

    /** Whether the sentence's date {@code day} (a month or day) is the one an award was set up or added on. */
    static boolean setUpAtDate(DocumentContext ctx, int si, String day) {
        DateResolver.DateMention best = ctx.bestDate(si);
        if (day.length() < 7 || best == null || !day.equals(best.first())) {
            return false;
        }
        int from = best.end() - ctx.sentences.get(si).start();
        String text = ctx.sentences.get(si).text();
        return from >= 0 && from <= text.length() && SET_UP_AFTER_DATE.matcher(text.substring(from)).lookingAt();
    }

    /** Whether {@code year} is said in a sentence only as the year an award was set up. */
    static boolean setUpIn(String sentence, String year) {
        return everyMentionFollowedBy(sentence, year, SET_UP_AFTER_YEAR);
    }

    /** Whether every mention of {@code year} in a sentence opens a prize's or an honour's name (2010年齐鲁友谊奖, 2031年甲市荣誉市民). */
    static boolean onlyInPrizeNames(String sentence, String year) {
        return everyMentionFollowedBy(sentence, year, PrizeHeads.AFTER_YEAR);
    }

    /** Whether {@code year} occurs in the sentence and {@code after} follows each of its mentions. */
    private static boolean everyMentionFollowedBy(String sentence, String year, Pattern after) {
        int all = 0, followed = 0;
        for (int i = sentence.indexOf(year); i >= 0; i = sentence.indexOf(year, i + 1)) {
            all++;
            if (after.matcher(sentence.substring(i + year.length())).lookingAt()) {
                followed++;
            }
        }
        return all > 0 && all == followed;
    }

    /**
     * 2031年度甲奖, 为2031年甲市荣誉市民颁发证书, 2031年甲市授予荣誉市民称号大会: a year opening the name of a prize or an
     * honour ({@code AWARD_HEAD} of models/events/lexicon.tsv), or of the gathering that confers it — the edition. A year
     * before a verb of receiving (2031年获得甲奖, 2031年被授予) is when the honour was received.
     */
    private static final class PrizeHeads {
        static final Pattern AFTER_YEAR = Pattern.compile("(?:年度?)?[“\"「『]?[\\p{IsHan}&&[^获被于起]]{2,20}?(?:"
                + String.join("|", EventLexicon.standard().words(EventLexicon.Role.AWARD_HEAD).stream()
                        .sorted((x, y) -> y.length() - x.length()).map(Pattern::quote).toList()) + ")");
    }

    /**
     * 在印度尼西亚首都雅加达举行 / 在甲国首府乙市: a place, then its capital named through 首都/首府/省会/州府 — one place
     * said in apposition, whose last link (the city) is where the ceremony was held.
     */
    static final String PLACE_CHAIN = "Ⓟ+(?:(?:首都|首府|省会|州府)Ⓟ+)*";

    /** 授勋典礼昨日上午于甲府举行 / 颁奖仪式在甲市举行: a sentence reporting a ceremony of conferring held. */
    static final Pattern CEREMONY_HELD = Pattern.compile(ReaderWords.CEREMONY_VERBS.alternation("held") + "[^。;；,，]{0,6}?(?:典礼|仪式|大会)[^。;；]{0,30}?(?:举行|举办)");

    /** 在甲市举行的…大会上 / 颁奖典礼在甲市举行 / 甲市政府举行仪式: where the ceremony was held, in the conferring sentence. */
    static final Pattern HELD_IN = Pattern.compile("在(" + PLACE_CHAIN + ")(?:[^,，。;；ⓅⓄⓇ]{0,4}?)" + AdverbsOfHolding.BEFORE_HOLDING + "(?:举行|举办|召开|闭幕|开幕)");

    /**
     * 颁奖大会于29日下午在甲市举行: 于 and the day (or hour) it was held, between the ceremony and 在 — it may run past the few
     * words a ceremony's name leaves there.
     */
    static final String ON_A_DAY = "(?:于[^,，。;；ⓅⓄⓇ在]{1,10}?)?";

    static final Pattern CEREMONY_IN = Pattern.compile("(?:颁奖|仪式|典礼)[^,，。;；ⓅⓄⓇ]{0,6}?" + ON_A_DAY + "在(" + PLACE_CHAIN + ")" + AdverbsOfHolding.BEFORE_HOLDING + "(?:举行|举办)");


    /**
     * 甲市市政委员会今天在乙市授予丙荣誉市民称号 / 在乙市向丙颁发: the place right before the verb of conferring (or before 向 and
     * the honoured) is where the honour was conferred — a ceremony held away from the giver's own town.
     */
    static final Pattern CONFERRED_IN = Pattern.compile("在(" + PLACE_CHAIN + ")(?:向[^,，。;；在]{1,40}?)?(?:授予|颁授|颁发|颁赠)");

    static final Pattern HOST_HOLDS = Pattern.compile("(Ⓟ+|Ⓞ)[^,，。;；ⓅⓄⓇ]{0,6}?举行(?:了)?[^,，。;；ⓅⓄⓇ]{0,8}?(?:颁奖|授予|仪式|典礼)");

    /** 活动中, / 会上, / 仪式上: a sentence that goes on about the event the sentence before reports held. */
    static final Pattern AT_THE_EVENT = Pattern.compile("^\\s*(?:活动中|活动上|活动期间|会上|会议上|大会上|仪式上|典礼上|期间|其间)[,，]");

    /** A sentence that reports only that the prize-giving was held (颁奖典礼于19日在甲市举行): the next names its winners. */
    private static final Pattern PRIZE_GIVING = Pattern.compile("^[^。;；]{0,12}?" + ReaderWords.CEREMONY_VERBS.alternation("held-alone") + "(?:典礼|仪式|晚会|大会)[^。;；]{0,24}?举行[。]?$");

    static void ceremonyPlace(DocumentContext ctx, Integer si, EventBuilder b) {
        if (si == null || b.location() != null) {
            return;
        }
        placeIn(ctx.masked.get(si), b);
        if (b.location() == null && si > 0 && AT_THE_EVENT.matcher(ctx.masked.get(si).masked()).find()) {
            placeIn(ctx.masked.get(si - 1), b); // 11日,活动在甲市举行。活动中,乙获…奖
        }
        if (b.location() == null && si > 0 && PRIZE_GIVING.matcher(ctx.masked.get(si - 1).masked()).find()) {
            placeIn(ctx.masked.get(si - 1), b); // 颁奖典礼于19日在甲市举行。乙、丙获得…奖
        }
    }

    /**
     * Right after an award's name: its own prize-giving (“X奖”颁奖仪式, X奖授奖大会, “X”颁奖活动) — a verb and a noun of
     * {@code ceremony-verbs.tsv} and {@code ceremony-nouns.tsv}, reader {@code own}.
     */
    private static final Pattern OWN_PRIZE_GIVING = Pattern.compile("^[”\"」』]?" + ReaderWords.CEREMONY_VERBS.alternation("own") + ReaderWords.CEREMONY_NOUNS.alternation("own"));

    /** True if the award's own prize-giving opens {@code text} at {@code at} (…“X”颁奖仪式: what stands before is the award). */
    static boolean ownPrizeGivingAt(String text, int at) {
        return OWN_PRIZE_GIVING.matcher(text).region(at, text.length()).lookingAt();
    }

    /**
     * 甲省“X奖”颁奖仪式暨招待会在乙市举行: the award's own prize-giving reported held in a place places
     * the award, wherever that sentence stands — photo captions or a headline may confer it first, with no place.
     */
    static void ownPrizeGivingPlace(DocumentContext ctx, EventBuilder b) {
        ownPrizeGivingPlace(ctx, b, null);
    }

    /**
     * As above; {@code venue} (may be null) also reads a city opening the venue the prize-giving was held at
     * (“X奖”颁奖大会于29日下午在甲市乙会堂举行), when the place is not told otherwise.
     */
    static void ownPrizeGivingPlace(DocumentContext ctx, EventBuilder b, CeremonyVenuePlace venue) {
        String award = b.build().award();
        for (int i = 1; i < ctx.sentences.size() && b.location() == null && award != null; i++) {
            String text = ctx.sentences.get(i).text();
            for (int at = text.indexOf(award); at >= 0; at = text.indexOf(award, at + 1)) {
                if (ownPrizeGivingAt(text, at + award.length())) {
                    placeIn(ctx.masked.get(i), b);
                    String city = b.location() == null && venue != null ? venue.place(ctx.masked.get(i)) : null;
                    if (city != null) {
                        b.location(city);
                    }
                    break;
                }
            }
        }
    }

    private static void placeIn(MaskedSentence ms, EventBuilder b) {
        String m = ms.masked();
        for (Pattern p : List.of(CEREMONY_IN, HELD_IN, HOST_HOLDS, CONFERRED_IN)) {
            Matcher h = p.matcher(m);
            if (h.find()) {
                List<MaskedSentence.Slot> in = ms.slots(h.start(1), h.end(1));
                if (in.size() == 1 && in.get(0).entity().type() == EntityType.ORGANIZATION) {
                    String place = cityOfBody(in.get(0)); // 甲市政府举行仪式: held in 甲
                    if (place != null) {
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

    /**
     * 拜会甲市政府 / 拜会甲市长乙 / 访问美国甲市: a visit to a city, to its government or to its head — what the
     * visit brought about (an honour handed over) took place in the city visited.
     */
    static final Pattern VISITED = Pattern.compile("(?:拜会|拜访|访问|到访|造访|走访)了?(Ⓞ|Ⓟ+)");

    /** 甲市市长乙会见了… / 甲市长会见: a city's head receiving visitors, which he does in his own city. */
    static final Pattern RECEIVED_BY = Pattern.compile("(Ⓟ)(?:市|县)?(?:市长|县长|区长)Ⓡ?[^,，。;；ⓅⓄⓇ]{0,6}?(?:"
            + RoleWords.MEETING_VERBS.alternation("RECEIVE") + ")");

    /**
     * 授证仪式在市行政中心举行: a ceremony held at a venue of the town (市政厅, 市民中心) the report is about — the one
     * city the sentence names, else the city the honour is named after (甲市荣誉市民).
     */
    static final Pattern HELD_IN_TOWN = Pattern.compile("(?:仪式|典礼|颁奖|大会)[^,，。;；ⓅⓄⓇ]{0,6}?在市[^,，。;；ⓅⓄⓇ]{1,8}?(?:举行|举办)");

    /**
     * When nothing says where the ceremony was held: the city the conferring sentence (or the one before it)
     * says was visited or whose head received the visitors, else the town whose venue (in that sentence or any
     * before) held it.
     */
    static void visitPlace(DocumentContext ctx, Integer si, EventBuilder b) {
        if (si == null || b.location() != null) {
            return;
        }
        for (int i = si; i >= Math.max(1, si - 1) && b.location() == null; i--) {
            MaskedSentence ms = ctx.masked.get(i);
            String m = ms.masked();
            for (Pattern p : List.of(VISITED, RECEIVED_BY)) {
                Matcher v = p.matcher(m);
                while (b.location() == null && v.find()) {
                    String city = cityOf(ms.slots(v.start(1), v.end(1)));
                    if (city != null) {
                        b.location(city);
                    }
                }
            }
        }
        for (int i = 1; i <= si && b.location() == null; i++) {
            MaskedSentence ms = ctx.masked.get(i);
            if (!HELD_IN_TOWN.matcher(ms.masked()).find()) {
                continue;
            }
            List<String> cities = ms.slots().stream().filter(x -> x.entity().type() == EntityType.CITY)
                    .map(x -> x.entity().name()).distinct().toList();
            if (cities.size() == 1) {
                b.location(cities.get(0));
            } else if (cities.isEmpty()) {
                String award = b.build().award();
                ctx.entities.stream().filter(e -> e.type() == EntityType.CITY && award != null && award.startsWith(e.name()))
                        .findFirst().ifPresent(e -> b.location(e.name()));
            }
            return;
        }
    }

    /** The city a run of slots names: a city body's city, or the last place if it is a city; else null. */
    private static String cityOf(List<MaskedSentence.Slot> run) {
        if (run.size() == 1 && run.get(0).entity().type() == EntityType.ORGANIZATION) {
            return cityOfBody(run.get(0));
        }
        MaskedSentence.Slot last = run.isEmpty() ? null : run.get(run.size() - 1);
        return last != null && last.entity().type() == EntityType.CITY ? last.entity().name() : null;
    }

    /** 甲省政府 / 乙自治区人民政府: a province's body, which holds its ceremonies in a city the name does not give. */
    private static final Pattern PROVINCIAL_BODY = Pattern.compile("(?:省|自治区)(?:人民)?(?:政府|委员会|人大常委会|对外友好协会|友协|外办)$");

    /**
     * The city a body that holds a ceremony is of (甲市政府 → 甲): an award's place is a city (GOLD.md §3), so a
     * province's body gives none; null also when the body's name holds no place.
     */
    static String cityOfBody(MaskedSentence.Slot body) {
        String place = SigningExtractor.partyName(body);
        if (place.equals(body.entity().name()) || PROVINCIAL_BODY.matcher(body.entity().name()).find()) {
            return null;
        }
        return place;
    }

    /** 新华社甲地11月19日电 / 本报讯(11月19日): the month and day a report was filed, near the top of the page. */
    static final Pattern DATELINE = Pattern.compile("(?<![\\d年月])(?:(\\d{1,2})月)?(\\d{1,2})日(?:专)?(?:电|讯)");

    static final int DATELINE_WITHIN = 400;

    /** The dateline's day in the year of {@code near}; null without a dateline. */
    static String datelineDay(DocumentContext ctx, String near) {
        Matcher d = DATELINE.matcher(ctx.text.substring(0, Math.min(ctx.text.length(), DATELINE_WITHIN)));
        if (d.find() && near != null && near.length() == 10) {
            if (d.group(1) == null) {
                // 台北14日电: the day alone, in the month of the page's date (or the month before, for a later day)
                try {
                    java.time.LocalDate ref = java.time.LocalDate.parse(near);
                    int day = Integer.parseInt(d.group(2));
                    java.time.LocalDate month = day <= ref.getDayOfMonth() ? ref : ref.minusMonths(1);
                    return day > month.lengthOfMonth() ? null : month.withDayOfMonth(day).toString();
                } catch (java.time.format.DateTimeParseException e) {
                    return null;
                }
            }
            return String.format("%s-%02d-%02d", near.substring(0, 4), Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)));
        }
        return null;
    }

    /**
     * 此前,甲获… (opening the sentence) / 甲先后获得 / 曾获 / 多次荣获: an award the sentence tells as received at some
     * earlier, unstated time — a background of the report, whose dateline or earlier dates are not its day.
     */
    static final Pattern EARLIER_OPENING;

    /**
     * 甲先后获得 / 曾获 / 多次荣获: a receipt told as earlier, read in the clause that names the award ({@link #toldAsEarlier}).
     * Both are built from {@code models/events/earlier-receipt.tsv}: its openings, and its adverbs, particles and verbs.
     */
    static final Pattern EARLIER_RECEIPT;

    static {
        RoleWords earlier = RoleWords.read("events/earlier-receipt.tsv");
        EARLIER_OPENING = Pattern.compile("^\\s*(?:" + earlier.alternation("OPENING") + ")[,，]");
        EARLIER_RECEIPT = Pattern.compile("(?:" + earlier.alternation("ADVERB", "EARLIER_ADVERB") + ")(?:"
                + earlier.alternation("PARTICLE") + ")?(?:" + earlier.alternation("RECEIVE", "EARLIER_RECEIVE") + ")");
    }

    /**
     * Whether sentence {@code si} tells the award named at text offset {@code at} as received earlier: the sentence opens
     * with 此前, or the clause holding the award (甲获颁A奖,此前曾获B奖: B's, not A's) has a verb of earlier receipt.
     * An unknown offset (-1) reads the whole sentence.
     */
    static boolean toldAsEarlier(DocumentContext ctx, int si, int at) {
        String text = ctx.sentences.get(si).text();
        if (EARLIER_OPENING.matcher(text).find()) {
            return true;
        }
        int pos = at - ctx.sentences.get(si).start();
        if (at < 0 || pos < 0 || pos > text.length()) {
            return EARLIER_RECEIPT.matcher(text).find();
        }
        return EARLIER_RECEIPT.matcher(text.substring(SigningExtractor.clauseStart(text, pos),
                SigningExtractor.clauseEnd(text, pos))).find();
    }

    /** {@link #sentenceDate(DocumentContext, int, int)} for the award named {@code award} (its first mention in the sentence). */
    static String sentenceDate(DocumentContext ctx, int si, String award) {
        int pos = award == null ? -1 : ctx.sentences.get(si).text().indexOf(award);
        return sentenceDate(ctx, si, pos < 0 ? -1 : ctx.sentences.get(si).start() + pos);
    }

    /** 今年, 本年度: the year a report is written in, said as a relative word. */
    private static final Pattern THIS_YEAR = Pattern.compile("今年|本年度");

    /** How many days a report may be filed before the page's own date (a dateline's day, DocumentContext). */
    static final int FILED_WITHIN_DAYS = 7;

    /**
     * 在11月18日至19日举办的大会上,甲获乙奖 / 11月9日至11日,大会召开。会上,甲获奖: an honour given during an event of
     * several days was given on one of them, which the text does not say; the month both ends share (or the year) is
     * what it does say. Null unless {@code d} is a span of two different full dates.
     */
    static String sharedPart(DateResolver.DateMention d) {
        if (d == null || !d.isSpan() || d.spanEnd() == null || d.spanStart().length() != 10 || d.spanEnd().length() != 10
                || d.spanStart().equals(d.spanEnd())) {
            return null;
        }
        return d.spanStart().substring(0, 7).equals(d.spanEnd().substring(0, 7)) ? d.spanStart().substring(0, 7)
                : d.spanStart().substring(0, 4);
    }

    /**
     * The date of what sentence {@code si} reports: its own most precise date; else the latest full date before
     * it — unless the report's dateline day (新华社甲地19日电) is a few days earlier, as when that date is
     * only the page's publication stamp.
     */
    static String sentenceDate(DocumentContext ctx, int si, int at) {
        int learnedEnd = ReporterLearned.end(ctx.sentences.get(si).text());
        if (learnedEnd >= 0) {
            // 12日,记者从甲办获悉,乙市获…奖: the day the reporter learned it; only a date after that clause dates the award
            int after = ctx.sentences.get(si).start() + learnedEnd;
            DateResolver.DateMention later = null;
            for (DateResolver.DateMention d : ctx.dates.get(si)) {
                if (d.start() >= after && d.first() != null && later == null) {
                    later = d;
                }
            }
            return later == null ? null : sharedPart(later) != null ? sharedPart(later) : later.first();
        }
        DateResolver.DateMention best = ctx.bestDate(si);
        if (best != null && ctx.onlyOpensASpan(si, best)) {
            // 从某年开始,共N批授予…: the start of a series up to now dates no ceremony; a 当年 after it does
            // (none left: the fallbacks below — the event's days, the date before, the dateline's day)
            best = ctx.bestDateOutsideSpans(si);
        }
        if (best != null && best.first() != null && best.first().length() == 4 && onlyInPrizeNames(ctx.sentences.get(si).text(), best.first())) {
            return null; // 为2031年甲市荣誉市民颁发证书: the year opening the honour's name is its edition, no ceremony's day
        }
        if (best != null && best.first() != null) {
            String earlier = ctx.toldDateBefore(ctx.sentences.get(si).start());
            if (best.first().length() == 4 && THIS_YEAR.matcher(ctx.sentences.get(si).text()).find()
                    && earlier != null && earlier.length() == 10 && earlier.startsWith(best.first())) {
                return earlier; // 9月28日,颁奖仪式举行。今年,省政府决定授予…: the ceremony's day, within this year
            }
            String shared = sharedPart(best);
            return shared != null ? shared : best.first();
        }
        if (si > 0 && AT_THE_EVENT.matcher(ctx.masked.get(si).masked()).find()) {
            // 11月9日至11日,大会在甲市召开。会上,乙获…奖: the days the event lasted share a month (or a year);
            // 会上,甲等先后获得X奖: received in turn at the event, not earlier
            String shared = sharedPart(ctx.bestDate(si - 1));
            if (shared != null) {
                return shared;
            }
        } else if (toldAsEarlier(ctx, si, at)) {
            return null; // 此前,甲获X奖 / 甲先后获得X奖、Y奖等荣誉: received at some earlier time, not on a day told elsewhere
        }
        // the page's stamp (2031-05-06 10:20 under the headline) tells when the page went up, not when an honour was given
        String before = ctx.toldDateBefore(ctx.sentences.get(si).start());
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

    /**
     * The date of the clause between masked positions {@code from} and {@code to} of a sentence: the most precise date in
     * it (the last of equals); none there, the sentence's date — unless the sentence dates other clauses with different dates
     * (继2025年甲获X、2027年获Y后), which are theirs, not this clause's: then null.
     */
    static String clauseDate(DocumentContext ctx, int si, MaskedSentence ms, int from, int to) {
        DateResolver.DateMention last = null;
        java.util.Set<String> values = new java.util.HashSet<>();
        int learnedEnd = ReporterLearned.end(ctx.sentences.get(si).text());
        int reported = learnedEnd >= 0 ? ctx.sentences.get(si).start() + learnedEnd : -1; // 12日,记者获悉: not the award's day
        for (DateResolver.DateMention d : ctx.dates.get(si)) {
            if (d.start() < reported || ctx.onlyOpensASpan(si, d)) {
                continue; // 12日,记者获悉 / 自某年结好以来: not the award's day
            }
            int at = ms.maskedPos(d.start());
            if (d.first() != null) {
                values.add(d.first());
            }
            if (at >= from && at < to && d.first() != null && (last == null || d.first().length() >= last.first().length())) {
                last = d; // the most precise, the last of equals: 2016年11月9日,在2016…大会上 is the day
            }
        }
        if (last != null) {
            String shared = sharedPart(last);
            return shared != null ? shared : last.first();
        }
        return values.size() > 1 ? null : sentenceDate(ctx, si, ms.textOffset(to));
    }

    /** An award received at a reported forum (颁奖典礼 of a conference) was conferred where the forum was held. */
    static void ceremonyAtForum(EventBuilder b, List<ForumExtractor.Forum> forums) {
        for (ForumExtractor.Forum f : forums) {
            if (f.b.location() != null && b.location() == null) {
                b.location(f.b.location());
                return;
            }
        }
    }
}
