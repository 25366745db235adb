package dev.newsie.events;

import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;
import dev.newsie.model.Event;
import dev.newsie.model.Relation;
import dev.newsie.model.Span;
import dev.newsie.text.CharacterPresence;
import dev.newsie.text.RequiredCharacters;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SISTER_CITY relations: from SIGNING events of kind SISTER_CITY (since = the signing date), from statements
 * matched by {@code models/events/relation-patterns.tsv} (自1987年结为友好城市, 友情开始于1994年, 结好20周年,
 * X(Y友城)), and from the participants of a city's own sister-city forum (上海国际友好城市合作论坛): foreign
 * places whose mayors or officials attend are its sister cities — unless the article reports them signing
 * only a letter of intent. Two lists joined by 分别 pair item by item ({@link RespectivePairs}).
 */
final class SisterCityExtractor {
    private static final Pattern HOSTED_FORUM = Pattern.compile("(?:友好城市|友城).{0,6}(?:论坛|大会|对话)");
    private static final Pattern OFFICIAL = Pattern.compile("^(?:(?:市|州|省)?(?:第一)?(?:副)?(?:市长|州长|省长|知事|代表|官员|市政府|议员)|[^,，。、;；Ⓟ]{0,12}?(?:副)?(?:市长|州长|省长|主任|部长|局长))");

    private static final Pattern TWINS_ATTEND = Pattern.compile("(?:友城|友好城市)的?(?:代表|市长)");

    /** 建立友好城市(关系)意向书: words naming a letter of intent right after a stated twinning. */
    private static final Pattern PLANNED_BY_LETTER = Pattern.compile("[\\p{IsHan}]{0,4}?(?:关系)?(?:的)?意向(?:书|协议)");

    /** One pair of a listed tally (甲与乙): the two chains. */
    private static final Pattern LISTED_PAIR = Pattern.compile("(Ⓟ+)(?:与|和)(Ⓟ+)");

    /**
     * 甲和乙、丙和丁缔结…: a list whose items are pairs, each joined by the word that joined the first; the pairs rule
     * reads it, not a rule of one place with a list of partners (which would make 丙 and 丁 partners of 甲).
     */
    private static final Pattern LIST_OF_PAIRS = Pattern.compile("Ⓟ+(与|和)Ⓟ+[、,，及]Ⓟ+\\1Ⓟ+");

    /** Verbs of signing an agreement again: the twinning it renews began earlier. */
    private static final Pattern RENEWED = Pattern.compile("续签|续订|重签|续约");

    private final EventLexicon lexicon;
    private final SolePairStart solePair;
    /** For each relation pattern, in the lexicon's order, the characters any of its matches holds. */
    private final List<RequiredCharacters> required = new ArrayList<>();
    /**
     * The patterns each of the two sentence loops runs, by index in the lexicon's order, and whether a pattern names
     * its groups: read once here, since the loops ask for every pattern of every sentence and reading.
     */
    private final int[] respectivePatterns;
    private final int[] otherPatterns;
    private final boolean[] namesGroups;

    SisterCityExtractor(EventLexicon lexicon) {
        this.lexicon = lexicon;
        this.solePair = new SolePairStart(lexicon.relationPatterns());
        List<EventLexicon.RelationPattern> patterns = lexicon.relationPatterns();
        List<Integer> respective = new ArrayList<>(), other = new ArrayList<>();
        namesGroups = new boolean[patterns.size()];
        for (int pi = 0; pi < patterns.size(); pi++) {
            EventLexicon.RelationPattern p = patterns.get(pi);
            required.add(RequiredCharacters.of(p.pattern()));
            if (p.kind().equals("RESPECTIVE")) {
                respective.add(pi);
            } else if (!SolePairStart.reads(p.kind())) {
                other.add(pi);
            }
            namesGroups[pi] = p.pattern().pattern().contains("(?<a>");
        }
        respectivePatterns = respective.stream().mapToInt(Integer::intValue).toArray();
        otherPatterns = other.stream().mapToInt(Integer::intValue).toArray();
    }

    List<Relation> extract(DocumentContext ctx, List<Event> events, List<SigningExtractor.Background> background) {
        FoundRelations out = new FoundRelations(evidence -> namesLowerTier(ctx, evidence));
        // twinnings signed first, then signings told of a lower standing (2015年签订友好城市备忘录): the pair's start
        // is the twinning's signing, whichever the page tells first
        for (boolean lower : new boolean[]{false, true}) {
            for (Event e : events) {
                if (e.type() == dev.newsie.model.EventType.SIGNING && "SISTER_CITY".equals(e.agreement()) && e.parties().size() == 2
                        && signedLowerTier(ctx, e) == lower) {
                    // 续签了两市友好城市关系协议书: a renewal's date is no start, the twinning began before it
                    if (renewal(ctx, e)) {
                        out.put(e.parties().get(0), e.parties().get(1), null, e.evidence());
                    } else {
                        out.putSigned(e.parties().get(0), e.parties().get(1), e.date(), e.evidence());
                    }
                }
            }
        }
        for (SigningExtractor.Background b : background) {
            out.put(b.a(), b.b(), b.since(), b.evidence());
        }
        Integer year = ctx.resolver.anchorYear();
        BothSidesNamedAfter sidesAfter = new BothSidesNamedAfter();
        List<EventLexicon.RelationPattern> patterns = lexicon.relationPatterns();
        // 我省与乙州缔结友好城市15周年: each sentence is read again with the page's own place named for 我省
        for (MaskedSentence ms : new HomeReferences(ctx).withHomeReadings(ctx.masked)) {
            java.util.BitSet respective = new java.util.BitSet();
            // ~200 patterns over every sentence: those whose required characters the sentence lacks cannot match there
            CharacterPresence present = new CharacterPresence(ms.masked());
            for (int pi : respectivePatterns) {
                EventLexicon.RelationPattern p = patterns.get(pi);
                if (!required.get(pi).mayOccurIn(present)) {
                    continue;
                }
                Matcher m = p.pattern().matcher(ms.masked());
                while (m.find()) {
                    List<RespectivePairs.Pair> pairs = RespectivePairs.pairs(ms, m);
                    for (RespectivePairs.Pair pair : pairs) {
                        Span evidence = new Span(ms.sentence().start(), ms.sentence().end());
                        if (pair.since() != null) { // a date bracketed after this very pair outranks one read for the sentence
                            out.remove(pair.a(), pair.b());
                        }
                        out.put(pair.a(), pair.b(), pair.since(), evidence);
                    }
                    if (!pairs.isEmpty()) {
                        respective.set(m.start(), m.end());
                    }
                }
            }
            for (int pi : otherPatterns) {
                EventLexicon.RelationPattern p = patterns.get(pi);
                if (!required.get(pi).mayOccurIn(present)) {
                    continue;
                }
                Matcher m = p.pattern().matcher(ms.masked());
                if (p.kind().startsWith("BOTH_")) {
                    // 两市于1995年结为友好城市: the two sides are the places the article has just named
                    while (m.find()) {
                        // 两市/两城/两县 sum up two cities: a province named last (黑龙江消息, 某省有关负责人) is no side of them
                        boolean cities = m.group().startsWith("两市") || m.group().startsWith("两城") || m.group().startsWith("两县");
                        List<String> pair = cities ? SigningSides.lastChineseAndForeignPlaces(ctx, ms.textOffset(m.start()), true) : null;
                        if (pair == null) {
                            pair = SigningSides.lastChineseAndForeignPlaces(ctx, ms.textOffset(m.start()));
                        }
                        String n = m.groupCount() >= 1 ? m.group(1) : null;
                        String since = n == null ? null : p.kind().equals("BOTH_ANNIVERSARY")
                                ? AnniversaryYear.start(ms.masked().substring(0, m.start()), year, n)
                                : StartDate.of(ms.masked(), n, m.end(1));
                        char level = homeLevel(ms.masked(), m);
                        if (level == '省' && (pair == null || !namesProvince(ctx, pair.get(0)))) {
                            // 两省县, or 双方 after 我省: the home side is a province, not a city the page named before
                            List<String> own = homeAndLastForeign(ctx, ms.textOffset(m.start()), level);
                            pair = own != null ? own : pair;
                        }
                        if (pair == null) {
                            pair = homeAndLastForeign(ctx, ms.textOffset(m.start()), level);
                        }
                        if (pair == null) {
                            pair = lastSigningPair(ctx, events, ms.textOffset(m.start()));
                        }
                        if (pair == null) {
                            // 在两市结好30周年之际,甲与乙签署…: the two sides are told after 两市, by the signing of this sentence
                            pair = lastSigningPair(ctx, events, ms.sentence().end());
                        }
                        if (pair == null) {
                            // 在两市结好十周年之际,甲市代表团访问了乙国丙市: the two sides are named later in this sentence
                            pair = SidesLaterInSentence.pair(ms, m.end());
                        }
                        if (pair == null) {
                            sidesAfter.remember(ms, since, p.kind().equals("BOTH_ANNIVERSARY")); // named in the next sentence
                        }
                        if (pair != null && p.kind().equals("BOTH_ANNIVERSARY")) {
                            out.putCounted(pair.get(0), pair.get(1), since, new Span(ms.sentence().start(), ms.sentence().end()));
                        } else if (pair != null) {
                            out.put(pair.get(0), pair.get(1), since, new Span(ms.sentence().start(), ms.sentence().end()));
                        }
                    }
                    continue;
                }
                if (p.kind().equals("LIST_LINE") || p.kind().equals("TABLE_ROW")) {
                    // 日本 乙市(1992年8月缔结), a line of a list of the home place's partners: the home place of the list's lead;
                    // a table's row (1 | 乙市 | 乙国 | 1990年5月3日) only on a page that speaks of sister cities before it
                    if (p.kind().equals("TABLE_ROW") && !TwinningTablePage.speaksOfTwinningBefore(ctx, ms.sentence().start())) {
                        continue;
                    }
                    while (m.find()) {
                        String home = PartnerListLead.home(ctx, ms.sentence().start());
                        if (home == null) {
                            home = p.kind().equals("TABLE_ROW") ? TwinningTablePage.home(ctx, p.pattern(), ms.sentence().start())
                                    : lastHomePlace(ctx, ms.textOffset(m.start()));
                        }
                        MaskedSentence.Slot b = ms.lastPlace(m.start(1), m.end(1));
                        if (home != null && b != null && b.entity().type() != EntityType.COUNTRY && !b.entity().name().equals(home)) {
                            out.put(home, b.entity().name(), TableRowDate.of(m), new Span(ms.sentence().start(), ms.sentence().end()));
                        }
                    }
                    continue;
                }
                if (p.kind().equals("PAIR_TABLE_ROW")) {
                    // 1 | 甲市 | 乙市 | 1990.05.20, a row of an overview table of pairs (两国友好城市一览): both sides are in the
                    // row, so no home place is looked for; only on a page that speaks of sister cities before the row
                    if (!TwinningTablePage.speaksOfTwinningBefore(ctx, ms.sentence().start())) {
                        continue;
                    }
                    while (m.find()) {
                        MaskedSentence.Slot a = ms.lastPlace(m.start("a"), m.end("a"));
                        MaskedSentence.Slot b = ms.lastPlace(m.start("b"), m.end("b"));
                        if (FoundRelations.twinnable(a, b)) {
                            out.put(a.entity().name(), b.entity().name(), TableRowDate.of(m), new Span(ms.sentence().start(), ms.sentence().end()));
                        }
                    }
                    continue;
                }
                if (p.kind().equals("PAIRS_LISTED")) {
                    // 今年以来,甲与乙、丙与丁等2组姊妹市相继缔结: each listed pair, begun this year if the sentence says so
                    while (m.find()) {
                        String since = year != null && ms.masked().substring(0, m.start()).contains("今年") ? String.valueOf(year) : null;
                        Matcher pair = LISTED_PAIR.matcher(m.group(1));
                        while (pair.find()) {
                            MaskedSentence.Slot a = ms.lastPlace(m.start(1) + pair.start(1), m.start(1) + pair.end(1));
                            MaskedSentence.Slot b = ms.lastPlace(m.start(1) + pair.start(2), m.start(1) + pair.end(2));
                            if (FoundRelations.twinnable(a, b)) {
                                out.put(a.entity().name(), b.entity().name(), since, new Span(ms.sentence().start(), ms.sentence().end()));
                            }
                        }
                    }
                    continue;
                }
                if (p.kind().equals("OWN_STATED")) {
                    // 乙州是我省的友好省州: the partner of the page's own place (GOLD.md §7: 我省 is the home province)
                    // 我省友城乙、丙荣获…: where the level comes first the groups are named, lvl the level and b the partners
                    boolean levelFirst = p.pattern().pattern().contains("(?<lvl>");
                    boolean dated = p.pattern().pattern().contains("(?<n>"); // 乙市与我市于1999年结为友好城市
                    while (m.find()) {
                        String home = ctx.homePlace((levelFirst ? m.group("lvl") : m.group(2)).charAt(0));
                        int from = levelFirst ? m.start("b") : m.start(1), to = levelFirst ? m.end("b") : m.end(1);
                        String since = dated && m.group("n") != null ? StartDate.of(ms.masked(), m.group("n"), m.end("n")) : null;
                        for (int[] chain : listedPartners(ms, from, to)) {
                            MaskedSentence.Slot b = ms.lastPlace(chain[0], chain[1]);
                            if (home != null && b != null && b.entity().type() != EntityType.COUNTRY && !b.entity().name().equals(home)) {
                                out.put(home, b.entity().name(), since, new Span(ms.sentence().start(), ms.sentence().end()));
                            }
                        }
                    }
                    continue;
                }
                if (p.kind().equals("HOME_STATED") || p.kind().equals("HOME_DELEGATES") || p.kind().equals("HOME_ANNIVERSARY")) {
                    // 其中,与甲、乙4地是友好城市: the subject is the home place the article has just named;
                    // 会见了甲、乙等友好城市代表团: the guests are the sister cities of the article's one home city
                    boolean sole = p.kind().equals("HOME_DELEGATES");
                    while (m.find()) {
                        // the places listed as guests are partners, never the home city, whatever country they were given
                        java.util.Set<String> guests = new java.util.HashSet<>();
                        for (MaskedSentence.Slot g : ms.slots(m.start(1), m.end(1))) {
                            guests.add(g.entity().name());
                        }
                        String home = sole ? soleHomeCity(ctx, guests) : lastHomePlace(ctx, ms.textOffset(m.start()));
                        // 与乙举行结好25周年庆祝活动: the years celebrated count back from the page's year
                        String since = p.kind().equals("HOME_ANNIVERSARY")
                                ? AnniversaryYear.start(ms.masked().substring(0, m.start()), year, m.group(2)) : null;
                        for (int[] chain : listedPartners(ms, m.start(1), m.end(1))) {
                            MaskedSentence.Slot b = ms.lastPlace(chain[0], chain[1]);
                            if (home != null && b != null && b.entity().type() != EntityType.COUNTRY && !b.entity().name().equals(home)) {
                                String own = since == null ? yearInBrackets(ms.masked(), chain[1]) : since; // 与乙(1986年)、丙…
                                out.putCounted(home, b.entity().name(), own, new Span(ms.sentence().start(), ms.sentence().end()));
                            }
                        }
                    }
                    continue;
                }
                boolean named = namesGroups[pi];
                while (m.find()) {
                    if (respective.get(m.start(), m.end()).cardinality() > 0) {
                        continue; // 甲、乙分别与丙、丁…: the lists pair item by item, not each with all
                    }
                    if (!named && LIST_OF_PAIRS.matcher(ms.masked()).region(m.start(1), m.end(2)).find()) {
                        continue;
                    }
                    if (PLANNED_BY_LETTER.matcher(ms.masked()).region(m.end(), ms.masked().length()).lookingAt()) {
                        continue; // 甲和乙建立友好城市关系意向书: the name of a letter of intent, a twinning only planned
                    }
                    if (NegatedTwinning.before(ms.masked(), m.start())) {
                        continue; // 从未与甲缔盟的乙: a twinning said not to exist
                    }
                    if (ProposedTwinning.before(ms.masked(), m.start())) {
                        continue; // 议员建议甲与乙缔结姊妹市: what a proposal asks for, not a relation
                    }
                    if (!named && PartnersListedAfterWith.joined(ms.masked(), m.start(1), m.end(1), m.start(2))) {
                        continue; // 甲亦与乙和丙为姊妹城市: 乙 and 丙 are both 甲's partners, not each other's
                    }
                    // groups 1, 2, 3 by position, or named a, b, n where the year comes first (自1982年与甲…以来,乙)
                    MaskedSentence.Slot a = named ? ms.lastPlace(m.start("a"), m.end("a")) : ms.lastPlace(m.start(1), m.end(1));
                    String n = named ? m.group("n") : m.groupCount() >= 3 ? m.group(3) : null;
                    String since = switch (p.kind()) {
                        case "SINCE_YEAR" -> n == null ? null : StartDate.of(ms.masked(), n, named ? m.end("n") : m.end(3));
                        case "ANNIVERSARY" -> AnniversaryYear.start(ms.masked().substring(0, m.start()), year, n);
                        default -> null;
                    };
                    int bStart = named ? m.start("b") : m.start(2), bEnd = named ? m.end("b") : m.end(2);
                    for (int[] chain : listedPartners(ms, bStart, bEnd)) {
                        MaskedSentence.Slot b = ms.lastPlace(chain[0], chain[1]);
                        if (!FoundRelations.twinnable(a, b)) {
                            continue;
                        }
                        if (p.kind().equals("ANNIVERSARY")) {
                            out.putCounted(a.entity().name(), b.entity().name(), since, new Span(ms.sentence().start(), ms.sentence().end()));
                        } else {
                            String own = since == null && p.kind().equals("STATED") ? yearInBrackets(ms.masked(), chain[1]) : null;
                            out.put(a.entity().name(), b.entity().name(), own != null ? own : since, new Span(ms.sentence().start(), ms.sentence().end()));
                        }
                    }
                }
            }
        }
        TwinningRecalledBeforeAnother.read(ctx, out); // 继9月甲与乙缔盟后,…
        TitledTwinningAgreement.read(ctx, out); // 1984年6月12日,《甲——乙缔结友好省州关系协议书》签署
        RespectiveYears.read(ctx, out); // 甲与乙、丙分别于1980年和1999年结为友好城市
        ChronicleClause.read(ctx, out); // 1991年,甲与乙缔结友好城市关系;2008年,又与丙结为友好城市
        AforementionedPartners.read(ctx, out); // 乙、丙和丁…。上述城市均与甲结为友好城市
        TwinningClause.read(ctx, out); // 甲早在1985年就与乙、丙结为友好城市: the frame, whatever words fill it
        sidesAfter.resolve(ctx, out); // 两市于2003年结为友好城市。此次来访的是甲市的友好城市乙市代表团
        StandingBeforePartner.read(ctx, out); // 参与友好城市乙市的庆典: the home place's partner
        PointedSideTwinning.read(ctx, out); // 该市在1996年同我市结为友好城市
        CellTableRows.read(ctx, out); // 乙州   乙国 大洲 1980年7月28日: a row of a table whose cells are set apart by blanks
        forumParticipants(ctx, events, out);
        solePair.read(ctx, out); // 自1966年结好以来的历次互访: the start of the page's one pair, once all others are read
        return out.relations();
    }

    /**
     * Whether the text of an evidence names a standing or document short of a twinning (lexicon LOWER_TIER) and no
     * twinning of full rank (a TWINNED phrase other than of friendly exchange: 两市于2005年结为友好城市,此后签署备忘录).
     */
    private boolean namesLowerTier(DocumentContext ctx, Span ev) {
        if (ev == null || ev.end() > ctx.text.length()) {
            return false;
        }
        String text = ctx.text.substring(ev.start(), ev.end());
        if (lexicon.find(EventLexicon.Role.LOWER_TIER, text, 0) == null) {
            return false;
        }
        for (String w : lexicon.words(EventLexicon.Role.TWINNED)) {
            if (!w.contains("交流") && text.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a signing is of a standing short of a twinning: judged by its own document's name when it has one, since
     * its sentence may name another document beside it (签订友好城市协议书和经贸合作备忘录), else by its sentence.
     */
    private boolean signedLowerTier(DocumentContext ctx, Event e) {
        if (e.title() != null && !e.title().isBlank()) {
            return lexicon.find(EventLexicon.Role.LOWER_TIER, e.title(), 0) != null;
        }
        return namesLowerTier(ctx, e.evidence());
    }

    /** Whether the sentence telling a signing calls it a renewal (续签, 续订, 重签). */
    private static boolean renewal(DocumentContext ctx, Event e) {
        Span ev = e.evidence();
        return ev != null && ev.end() <= ctx.text.length() && RENEWED.matcher(ctx.text.substring(ev.start(), ev.end())).find();
    }

    /** A year in brackets right after a listed partner (乙(1979年)、丙(1982年)): the year it was twinned (the partner lists of relation-patterns.tsv admit the same bracket). */
    private static final Pattern BRACKETED_YEAR = Pattern.compile("[(（](?:于|自)?(\\d{4})年?(?:起|结好|缔结|建立)?[)）]");

    /** The year bracketed right after a partner ending at {@code end}, or null. */
    static String yearInBrackets(String masked, int end) {
        Matcher y = BRACKETED_YEAR.matcher(masked).region(end, masked.length());
        return y.lookingAt() ? y.group(1) : null;
    }

    /**
     * The runs of place slots in [from, to): each an administrative chain. A run right before 的 and another place
     * (甲国的乙市, 甲省的乙市) only says where that place lies: it is no item of the list.
     */
    static List<int[]> chains(String masked, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (masked.charAt(i) == '(' || masked.charAt(i) == '（') {
                i = closeOfAside(masked, i, to); // 乙(丙国丁省城市) after an unknown item: the aside is no item either
                continue;
            }
            if (masked.charAt(i) != MaskedSentence.PLACE) {
                i++;
                continue;
            }
            int j = i;
            while (j < to && masked.charAt(j) == MaskedSentence.PLACE) {
                j++;
            }
            if (!(j + 1 < to && masked.charAt(j) == '的' && masked.charAt(j + 1) == MaskedSentence.PLACE)) {
                out.add(new int[]{i, j});
            }
            i = j;
            if (j < to && (masked.charAt(j) == '(' || masked.charAt(j) == '（')) {
                i = closeOfAside(masked, j, to); // 丁市(其伙伴为甲省乙区): places in an aside are no items of the list
            }
        }
        return out;
    }

    /** The offset after the bracket opened at {@code open}, or right after the opening if it does not close before {@code to}. */
    private static int closeOfAside(String masked, int open, int to) {
        for (int k = open + 1; k < to; k++) {
            char c = masked.charAt(k);
            if (c == ')' || c == '）') {
                return k + 1;
            }
        }
        return open + 1;
    }

    /**
     * The chains of a partner list, less an item whose bracketed aside names a place of its own that is no country
     * (丁市(其伙伴为甲省乙区)): the aside gives that item another partner than the list's subject; 丁市(乙国) and
     * 丁市(乙国丙省城市) only say where it lies.
     */
    static List<int[]> listedPartners(MaskedSentence ms, int from, int to) {
        String masked = ms.masked();
        List<int[]> out = new ArrayList<>();
        for (int[] chain : chains(masked, from, to)) {
            int j = chain[1];
            boolean otherPartner = false;
            if (j < to && (masked.charAt(j) == '(' || masked.charAt(j) == '（')) {
                int close = closeOfAside(masked, j, to);
                for (MaskedSentence.Slot s : ms.slots(j, close)) {
                    otherPartner |= s.entity().type() != EntityType.COUNTRY && s.entity().type() != EntityType.ORGANIZATION
                            && !wherePlaceLies(masked, s.maskedPos() + 1, close);
                }
            }
            if (!otherPartner) {
                out.add(chain);
            }
        }
        return out;
    }

    /** Whether the place of an aside ending before {@code at} is followed by another place or by 城市 (乙(丙国丁省城市)): where the item lies. */
    private static boolean wherePlaceLies(String masked, int at, int close) {
        return at < close && (masked.charAt(at) == MaskedSentence.PLACE || masked.startsWith("城市", at) || masked.startsWith("的城市", at));
    }

    private void forumParticipants(DocumentContext ctx, List<Event> events, FoundRelations out) {
        String host = null;
        for (Event e : events) {
            if (e.type() == dev.newsie.model.EventType.FORUM && e.name() != null && HOSTED_FORUM.matcher(e.name()).find()) {
                for (Entity en : ctx.entities) {
                    if (en.type() == EntityType.CITY && e.name().contains(en.name()) && "中国".equals(en.country())) {
                        host = en.name();
                        break;
                    }
                }
            }
        }
        if (host == null || !TWINS_ATTEND.matcher(ctx.text).find()) {
            return; // only where the article says the guests are the host's sister cities (友城代表, 友好城市市长)
        }
        List<String> intentOnly = new ArrayList<>();
        for (Event e : events) {
            if (e.type() == dev.newsie.model.EventType.SIGNING && !"SISTER_CITY".equals(e.agreement()) && e.parties() != null) {
                intentOnly.addAll(e.parties());
            }
        }
        for (MaskedSentence ms : ctx.masked) {
            String m = ms.masked();
            boolean delegatesList = m.contains("市长及") || m.contains("代表与会") || m.contains("代表出席");
            for (MaskedSentence.Slot org : ms.slots()) {
                // 伊斯坦布尔市信息技术部主任: an official of a foreign city's own office
                if (org.entity().type() != EntityType.ORGANIZATION
                        || !OFFICIAL.matcher(m.substring(org.maskedPos() + 1)).find()) {
                    continue;
                }
                for (Entity place : ctx.entities) {
                    if (isForeign(place) && org.entity().name().startsWith(place.name()) && !intentOnly.contains(place.name())) {
                        out.put(host, place.name(), null, new Span(ms.sentence().start(), ms.sentence().end()));
                    }
                }
            }
            for (int i = 0; i < m.length(); i++) {
                if (m.charAt(i) != MaskedSentence.PLACE) {
                    continue;
                }
                int j = i;
                while (j < m.length() && m.charAt(j) == MaskedSentence.PLACE) {
                    j++;
                }
                MaskedSentence.Slot last = ms.lastPlace(i, j);
                String after = m.substring(j);
                boolean official = OFFICIAL.matcher(after).find() || (delegatesList && (after.startsWith("、") || after.startsWith("市长")));
                if (last != null && official && isForeign(last.entity()) && !intentOnly.contains(last.entity().name())) {
                    out.put(host, last.entity().name(), null, new Span(ms.sentence().start(), ms.sentence().end()));
                }
                i = j - 1;
            }
        }
    }

    /** The home place (Chinese, or of no stated country) of city or province rank last named before a text offset. */
    static String lastHomePlace(DocumentContext ctx, int before) {
        String best = null;
        int at = -1;
        for (Entity e : ctx.entities) {
            if ((e.type() != EntityType.CITY && e.type() != EntityType.PROVINCE) || isForeign(e)) {
                continue;
            }
            for (dev.newsie.model.Mention mention : e.mentions()) {
                if (mention.end() <= before && mention.start() > at) {
                    at = mention.start();
                    best = e.name();
                }
            }
        }
        return best;
    }

    /**
     * The one home city (Chinese, or of no stated country) the article names, the listed guests and the districts and
     * counties of another home city named aside; null when it names none or several.
     */
    private static String soleHomeCity(DocumentContext ctx, java.util.Set<String> guests) {
        java.util.Set<String> homes = new java.util.LinkedHashSet<>();
        for (Entity e : ctx.entities) {
            if (e.type() == EntityType.CITY && !isForeign(e) && !guests.contains(e.name()) && !insideGuestNames(ctx, e, guests)) {
                homes.add(e.name());
            }
        }
        // the city's own districts and counties (甲市 and its 乙区, 丙县) leave no doubt about whose guests they are
        java.util.Set<String> cities = java.util.Set.copyOf(homes);
        homes.removeIf(h -> cities.stream().anyMatch(c -> !c.equals(h) && CountyLevelPlaces.below(h, c)));
        return homes.size() == 1 ? homes.iterator().next() : null;
    }

    /**
     * Whether every mention of a place starts inside a guest's name written again (乙-丙津市市长 read as 津市): the tail of
     * a long foreign name the segmenter split off, not a home city beside the one the guests visit.
     */
    private static boolean insideGuestNames(DocumentContext ctx, Entity e, java.util.Set<String> guests) {
        for (dev.newsie.model.Mention mention : e.mentions()) {
            boolean inside = false;
            for (String g : guests) {
                for (int k = 1; k < g.length() && !inside; k++) {
                    inside = mention.start() - k >= 0 && ctx.text.startsWith(g, mention.start() - k);
                }
            }
            if (!inside) {
                return false;
            }
        }
        return !e.mentions().isEmpty();
    }

    /**
     * 两省州自2001年建立友好关系以来, where the home side is named only as 我省 or in its government's name: the
     * page's own place (DocumentContext.homePlace) and the foreign place last named.
     */
    private static List<String> homeAndLastForeign(DocumentContext ctx, int before, char level) {
        String home = ctx.homePlace(level);
        if (home == null) {
            return null;
        }
        String foreign = null;
        int at = -1;
        for (Entity e : ctx.entities) {
            if (!isForeign(e) || e.type() == EntityType.COUNTRY) {
                continue;
            }
            for (dev.newsie.model.Mention mention : e.mentions()) {
                if (mention.end() <= before && mention.start() > at) {
                    at = mention.start();
                    foreign = e.name();
                }
            }
        }
        return foreign == null || foreign.equals(home) ? null : List.of(home, foreign);
    }

    /**
     * 甲市政局与乙市政府签署…。两座城市是继2011年结为友好城市后…: where the two sides were named only through their
     * governments, 两市 are the parties of the signing told last before the statement (two places).
     */
    private static List<String> lastSigningPair(DocumentContext ctx, List<Event> events, int before) {
        java.util.Set<String> bodies = new java.util.HashSet<>();
        for (Entity en : ctx.entities) {
            if (en.type() == EntityType.ORGANIZATION) {
                bodies.add(en.name()); // two universities or companies that signed are no 两市
            }
        }
        List<String> pair = null;
        int at = -1;
        for (Event e : events) {
            if (e.type() == dev.newsie.model.EventType.SIGNING && e.parties().size() == 2 && e.evidence() != null
                    && e.evidence().end() <= before && e.evidence().start() > at
                    && !bodies.contains(e.parties().get(0)) && !bodies.contains(e.parties().get(1))) {
                at = e.evidence().start();
                pair = e.parties();
            }
        }
        return pair;
    }

    /**
     * The level of the home side of 两省县 or 双方: a province where the sides are summed up with 省 or the sentence has
     * just called the home side 我省/本省 (乙县是我省首个友城,双方自1984年结好以来), else a city.
     */
    private static char homeLevel(String masked, Matcher m) {
        String before = masked.substring(0, m.start());
        return m.group().contains("省") || before.contains("我省") || before.contains("本省") ? '省' : '市';
    }

    private static boolean namesProvince(DocumentContext ctx, String name) {
        return ctx.entities.stream().anyMatch(e -> e.type() == EntityType.PROVINCE && e.name().equals(name));
    }

    private static boolean isForeign(Entity e) {
        return e.type().isPlace() && e.country() != null && !e.country().equals("中国");
    }
}
