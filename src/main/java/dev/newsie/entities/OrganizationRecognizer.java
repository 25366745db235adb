package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;
import dev.newsie.nlp.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises organisation names by their head noun (协会, 组织, 政府, 公司, 部… from
 * {@code models/org-suffixes.tsv}): a token ending in such a word, extended left over the nouns and proper
 * nouns before it. A name needs a proper noun or a place inside it, so generic phrases (地方政府) are not
 * taken; events (论坛, 大会) and awards (奖) are not organisations (GOLD.md §2).
 */
public final class OrganizationRecognizer {
    /** Most tokens an organisation name spans. */
    static final int MAX_TOKENS = 8;

    /** 多国总领事馆, 各国驻华使馆: a name that opens with a count or a distributive of countries names a kind of body. */
    /** A year (2019年) at a name's opening. */
    private static final Pattern YEAR_OPENING = Pattern.compile("\\d{2,4}年");
    private static final Pattern KIND_OPENING = Pattern.compile("[多各两几数诸他][国家]");
    /**
     * 甲、乙两市市委, 各州政府: a count of places inside a name (两 or a distributive, with the unit counted) makes it the
     * organs of several places, no one body; counts from three up are left alone, being in names (九州, 三城经济联盟).
     */
    private static final Pattern COUNTED_PLACES = Pattern.compile("[两各几诸数多][" + PlaceRecognizer.COUNTED_UNITS + "]");
    /** A level character standing alone for the article's city or province (市商务局, 省贸促会). */
    private static final String BARE_LEVELS = "市省";

    /**
     * One-character heads of a government's departments, which the function they serve may name as a verb compound the
     * segmenter tags as a verb (经济发展 + 部, 监督管理 + 局, 服务 + 处).
     */
    private static final String FUNCTION_HEADS = "部局处厅署";

    /**
     * 某市市场监督管理局, 某省经济发展局: a verb of two or more characters right before a department's one-character
     * head, itself right after a word of the name (a place, a noun; not a person, whose verb it would be), is the
     * department's function and part of its name — in the names of China's local governments' departments (their
     * standard names since the 2018 reform), whose name run opens with a place not known to be foreign. A foreign body's
     * name is a translation, written as the report chooses, and is left to the other readings; a Japanese local
     * government's department is written in its own kanji (某县交流推进部), so it reads as a Chinese one does.
     */
    static boolean functionVerbBefore(List<Token> tokens, int i, Token head, String h, List<Candidate> places) {
        // 某县 + 交流 + 推进部: the segmenter may also join the function's last word to the head as one organisation word;
        // read so only right after a place, not after a body acting on another (国务院 + 授权 + 某某局)
        boolean joinedHead = !head.word().equals(h) && head.tag().startsWith("nt") && head.word().endsWith(h);
        if (i < 2 || h.length() != 1 || FUNCTION_HEADS.indexOf(h.charAt(0)) < 0 || !(head.word().equals(h) || joinedHead)) {
            return false;
        }
        Token verb = tokens.get(i - 1), before = tokens.get(i - 2);
        if (joinedHead && places.stream().noneMatch(p -> p.type().isPlace() && p.end() == verb.start() && p.start() <= before.start())) {
            return false;
        }
        if (!(verb.end() == head.start() && before.end() == verb.start() && verb.tag().startsWith("v") && verb.word().length() >= 2
                && verb.word().codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && NameTokens.isNameToken(before) && !before.tag().startsWith("nr") && !NameTokens.isBarrier(before))) {
            return false;
        }
        for (int k = i - 2; k >= 0 && i - k < MAX_TOKENS && NameTokens.isNameToken(tokens.get(k))
                && tokens.get(k).end() == tokens.get(k + 1).start(); k--) {
            final Token t = tokens.get(k);
            Candidate place = places.stream().filter(p -> p.type() != EntityType.ORGANIZATION && p.type() != EntityType.PERSON
                    && p.start() <= t.start() && t.end() <= p.end()).findFirst().orElse(null);
            if (place != null) {
                // the first place before the verb opens the name; a Japanese body's name is written in its own kanji, no translation
                return place.country() == null || OUR_STATE.equals(place.country()) || JapaneseNames.inJapan(place);
            }
        }
        return true; // no place read: the proper noun the name needs is checked below
    }

    /** A body's headquarters, which ends in the head 部 but is the place the body sits in, no body of its own. */
    private static final String HEADQUARTERS = "总部";

    /** One-character heads that, right after another one, make a collective term (局处, 厅局, 部委). */
    private static final String COLLECTIVE_NEXT = "处局厅部委署室";

    /**
     * Taiwan's missions are named 驻 + city + 台北经济文化办事处 (驻奥克兰台北经济文化办事处): with 台北经济文化 before the
     * head, a name that opens with 驻 is one body all the same.
     */
    static final String TAIPEI_OFFICE = "台北经济文化";
    /** A mission named for 台北 (驻某国台北代表部) is Taiwan's, one body, though no state stands before its 驻. */
    private static final String TAIPEI = "台北";

    /**
     * Heads of Taiwan's offices abroad: in an article written from Taiwan (TaiwanPerspective), 驻 + city + 办事处 is
     * the writer's own state's office in that city (驻福冈办事处), named so without 台北经济文化.
     */
    static final Set<String> TAIWAN_MISSION_HEADS = Set.of("办事处", "代表处", "代表部", "经济文化办事处", "经济文化代表处");

    private final OrganizationHeads heads;
    private final Set<String> generic;
    /** Governing organs (理事会, 执行委员会) from {@code models/org-organs.tsv}, longest first. */
    private final List<String> organs;
    private final HeadTokens headTokens;
    private final NameTokens nameTokens;
    private final NameEdges edges;
    private final ClippedTaiwanCities clippedCities;
    private final ClauseVerbs clauseVerbs;
    /** The field words a 、 lists before the fields a conjunction joins (经济、社会与文化合作协会). */
    private final ListedFields listedFields;
    private final KindsOfBodies kinds = KindsOfBodies.load();
    private final KindNamePhrases kindPhrases = KindNamePhrases.load();
    private final TaiwanPerspective taiwan = TaiwanPerspective.load();
    /** Read once: {@link #load} adds its heads to the head nouns, and the recogniser checks a branch's shape. */
    private static final BranchBodies BRANCHES = BranchBodies.load();
    /** 我 before 驻 + place + mission: the writer's own state's mission. */
    private static final char OUR = '我';
    /** The state 我 stands for in an article not written from Taiwan. */
    private static final String OUR_STATE = "中国";

    public OrganizationRecognizer(List<String> heads, Set<String> generic) {
        this(heads, generic, c -> false);
    }

    public OrganizationRecognizer(List<String> heads, Set<String> generic, IntPredicate countryAbbreviation) {
        this(heads, generic, countryAbbreviation, List.of());
    }

    public OrganizationRecognizer(List<String> heads, Set<String> generic, IntPredicate countryAbbreviation, List<String> organs) {
        List<String> o = new ArrayList<>(organs);
        o.sort(java.util.Comparator.comparingInt(String::length).reversed());
        this.organs = List.copyOf(o);
        this.heads = new OrganizationHeads(heads);
        this.generic = Set.copyOf(generic);
        this.headTokens = new HeadTokens(this.heads, this.generic);
        this.nameTokens = new NameTokens(countryAbbreviation);
        this.edges = new NameEdges(countryAbbreviation);
        this.clippedCities = ClippedTaiwanCities.load();
        this.clauseVerbs = ClauseVerbs.load();
        this.listedFields = ListedFields.load();
    }

    public static OrganizationRecognizer load() {
        return load(CountryAbbreviations.load());
    }

    /** With the country abbreviations the entity recogniser already holds, so the table is read once. */
    static OrganizationRecognizer load(CountryAbbreviations abbreviations) {
        Set<String> generic = new HashSet<>();
        ModelFile.read("generic-org-phrases.tsv", 1).forEach(r -> generic.add(r.get(0)));
        List<String> heads = new ArrayList<>(OrganizationHeads.headNouns());
        heads.addAll(BRANCHES.heads()); // 某某协会某地分处: read only as a branch of a named body, below
        List<String> organs = ModelFile.read("org-organs.tsv", 1).stream().map(r -> r.get(0)).toList();
        return new OrganizationRecognizer(heads, generic, c -> abbreviations.isAbbreviation((char) c), organs);
    }

    /** @param places place candidates, which count as proper nouns inside a name */
    public List<Candidate> recognize(String text, List<Token> tokens, List<Candidate> places) {
        List<Candidate> out = new ArrayList<>();
        tokens = headTokens.joinSplitHeads(headTokens.splitDelegations(TokensAcrossPunctuation.split(tokens, heads::hasHead)));
        for (int i = 0; i < tokens.size(); i++) {
            Token head = tokens.get(i);
            Candidate inner = headTokens.headInside(head);
            if (inner != null) {
                // continue with the token cut at its head noun, so the names before it still join
                head = new Token(head.start(), inner.end(), inner.name(), head.tag());
            }
            String h = heads.headAt(head.word());
            if (h == null && heads.titleOfHead(head.word()) && i > 0 && tokens.get(i - 1).end() == head.start()
                    && !tokens.get(i - 1).word().endsWith(head.word().substring(0, 1)) // 促进局局长 names 促进局 already
                    && heads.headAt(tokens.get(i - 1).word()) == null // 总统府 + 部长: the office is named; the minister's title follows
                    && !TitlesAfterNames.holderBefore(text, tokens, i)) {
                // 水务局长: the title of a bureau's head names the bureau (水务局) before it
                head = new Token(head.start(), head.end() - 1, head.word().substring(0, 1), "n");
                h = head.word();
            }
            if (h == null || headNamesNoBody(text, head, h)) {
                continue;
            }
            int first = functionVerbBefore(tokens, i, head, h, places) ? i - 1 : i; // 经济发展 + 部: the verb names the department
            boolean proper = NameTokens.isProper(head) && !head.word().equals(h);
            boolean joined;
            boolean portfolios = false, fieldsListed = false;
            do {
                while (first > 0 && i - first + 1 < MAX_TOKENS && NameTokens.isNameToken(tokens.get(first - 1))
                        && !NameTokens.isBarrier(tokens.get(first - 1))
                        && !(tokens.get(first - 1).tag().equals("nnt") && NameTokens.isProper(tokens.get(first))) // 成员 + 富山县…协会
                        && tokens.get(first - 1).end() == tokens.get(first).start()) {
                    first--;
                    proper |= NameTokens.isProper(tokens.get(first));
                }
                joined = first >= 2 && i - first + 3 < MAX_TOKENS && portfoliosJoined(tokens, first, places, portfolios);
                if (joined) {
                    fieldsListed |= tokens.get(first - 1).word().equals(ListedFields.MARK); // 经济 + 、: a field listed
                    first -= 2; // 人力资源 + 与 + 社会保障局: one bureau for two portfolios
                    portfolios = true; // 经济 + 、 + 社会与文化协会: a list of fields ends with the conjunction just read
                }
            } while (joined);
            int placeStart = PlaceSpans.placeEndingAt(places, tokens.get(first).start());
            if (placeStart < 0 && first == i) {
                placeStart = PlaceSpans.placeGluedTo(text, places, head); // 苫小牧 + 市议会: the place's 市 went to the head
            }
            while (placeStart >= 0 && first > 0 && tokens.get(first - 1).start() >= placeStart && i - first + 1 < MAX_TOKENS
                    && tokens.get(first - 1).end() == tokens.get(first).start()) {
                first--; // 亚/b 琛/g + 工业大学: a place the segmenter split into odd pieces still opens the name
                proper = true;
            }
            if (first >= 2 && NameEdges.presenceAbroad(tokens.get(first - 1), tokens.get(first), places)) {
                first -= 2; // 美国 + 在 + 台协会: a country's body in Taiwan, Hong Kong or Macau keeps its 在 and its country
            }
            // Leading modifiers are not part of a name: 最后/一家/大型/原创/28 … (but 国立/市立 is: 国立某某大学)
            while (first < i && !nameTokens.isCountryAbbreviation(tokens.get(first)) && !PlaceSpans.insidePlace(places, tokens.get(first))
                    && NameTokens.isModifier(tokens.get(first)) && !NameTokens.isInstitutionStatus(tokens.get(first))) {
                first++;
            }
            int start = tokens.get(first).start(), end = head.end();
            if (BRANCHES.isBranchHead(h) && !BRANCHES.namesABranch(text.substring(start, end), h, heads)) {
                continue; // 乙市分处 (两市分处…, a verb), 功能分区: no named body before the branch's place
            }
            if (OfficeBuildingsInCities.isOne(start, end, h, places)) {
                continue; // 乙市总统府: the palace in a city, a building
            }
            if (kinds.namesAKind(text.substring(start, end), h)) {
                continue; // 很多商会, 友好学校: how many bodies of a kind, or which kind of partner, not one body
            }
            if (first == i && head.word().equals(h)) {
                Candidate termed = SessionsBeforeOrgans.body(text, head.start(), head.end(), places);
                if (termed != null) {
                    out.add(termed); // 某市十五届政协: the place's organ, its terms between
                }
                Candidate shared = CoordinatedOrgans.sharedPlace(text, tokens, i, out.isEmpty() ? null : out.get(out.size() - 1), places);
                if (shared != null) {
                    out.add(shared); // 某市政府、议会: the second organ shares the first's place
                }
                continue; // a bare head noun (政府, 协会) names nothing
            }
            if (first == i && NameEdges.companyBeforeBareHead(head.word(), this::isBareHead)) {
                continue; // 同领事馆: "with the consulate", no name
            }
            if (first == i && (NameTokens.startsWithFunctionWord(head.word())
                    || !(head.tag().startsWith("nt") || PlaceSpans.placeThenHead(head, h, places)))) {
                continue; // one token: only the segmenter's own organisation names, and not 将为公司
            }
            boolean ours = tokens.get(first).word().equals("驻") && start > 0 && text.charAt(start - 1) == OUR
                    && !taiwan.writtenFromTaiwan(text) && !TAIWAN_MISSION_HEADS.contains(h); // 我驻丹麦大使馆: 我 is China in a mainland article (GOLD.md §7)
            boolean taiwanMission = TAIWAN_MISSION_HEADS.contains(h) && (taiwan.writtenFromTaiwan(text)
                    || TaiwanOfficesAbroad.isOne(text, start, end - h.length(), h, places));
            if (tokens.get(first).word().equals("驻") && !ours && !taiwanMission && !text.substring(head.start(), head.end()).contains(TAIPEI_OFFICE)
                    && !text.startsWith("台北", end - h.length() - 2)) {
                // (驻福冈办事处 in an article written from Taiwan: the writer's own state's office there, one body)
                // (驻韩国台北代表部: a mission named for 台北 is Taiwan's, one body)
                continue; // 驻穗总领事馆 without its country is a kind of mission, not one named body
            }
            if (first == i) {
                proper = true;
            } else {
                proper = false;
                for (int k = first; k <= i; k++) {
                    proper |= (NameTokens.isProper(tokens.get(k)) || nameTokens.isCountryPair(tokens.get(k))) && !(k == i && tokens.get(k).word().equals(h));
                }
            }
            int afterPlaces = start;
            for (Candidate p : PlaceSpans.within(places, start, end)) {
                if (p.start() >= start && p.end() <= end && p.type() != EntityType.ORGANIZATION) {
                    proper = true;
                    if (p.start() == afterPlaces) {
                        afterPlaces = p.end();
                    }
                    if (p.start() == start && p.type() == EntityType.COUNTRY && p.end() < end
                            && (PlaceSpans.placeOfCountryStartsAt(places, p.end(), p.name()) || text.startsWith("全国", p.end())
                            || text.startsWith("国家", p.end()))) {
                        start = p.end(); // 土耳其伊斯坦布尔市信息技术部: the country before a place is a modifier, not part of the name
                    } else if (p.start() == start && p.type() == EntityType.PROVINCE && p.end() < end
                            && !BareOrganizationReferences.SARS.contains(p.name()) // 香港某区各界协会: the region's name is its districts' bodies' own
                            && (PlaceSpans.cityStartsAt(places, p.end())
                            || municipalityAfter(text, p, end) >= 0)) {
                        start = Math.max(p.end(), municipalityAfter(text, p, end)); // 亚利桑那州图森市…委员会: so is the province or state before its city
                    }
                }
            }
            start = kinds.afterCount(text, start, end); // 部分 + 市人大常委会: how many of its members, no part of its name
            start = edges.afterLocative(text, start, end, places);
            start = NameEdges.afterAgent(text, start, end, h);
            start = NameEdges.beforeSplitRegion(text, start, places);
            start = NameEdges.afterJoinedPersonOrListItem(text, start, end, places);
            start = NameEdges.afterDashes(text, start, end);
            start = NameEdges.afterOfficeWord(tokens, text, start, end);
            start = NameEdges.afterBesides(text, start, end, places);
            start = NameEdges.afterGluedPreposition(tokens.get(first), start);
            start = NameEdges.afterGluedVerb(text, start, end);
            start = NameEdges.afterObjectMarker(text, start, end, this::isBareHead);
            if (start < 0) {
                continue; // 某市对总领馆: the marker's object is a bare head, a body named before
            }
            start = NameEdges.afterRoleLabel(text, start, end);
            start = NameEdges.afterFriendLink(text, start, end, places);
            start = NameEdges.afterSourcePreposition(text, start, end);
            if (NameEdges.governsBareHead(text, start, end, this::isBareHead)) {
                continue; // 而议会也…, 曾是委员会会员: a clause word glued onto a bare head noun, no named body
            }
            int bare = NameEdges.bareAfterGovernor(text, start, end, this::isBareOfALevel, places);
            if (bare >= 0) {
                start = bare; // 应市政府: the article's own place's body written bare, which the linker names in full
            }
            start = NameEdges.afterGluedGovernor(text, start, end, places);
            start = NameEdges.afterInnerGovernor(text, start, end, places);
            start = NameEdges.afterGluedDate(text, start, end, places);
            start = ElapsedTimes.afterElapsedTime(text, start, end);
            start = InvitingBodies.afterInvitation(text, start, end, places);
            int afterParticle = NameEdges.afterGluedParticle(text, start, end, places, this::isBareHead);
            if (afterParticle > start && isBareHead(text.substring(afterParticle, end))) {
                continue; // 原国会议员: a former member's house, no named body
            }
            start = afterParticle;
            int afterClause = clauseVerbs.nameStart(text, tokens, start, end, h, heads::hasHead);
            if (afterClause > start) {
                if (end - afterClause < 2 || isBareHead(text.substring(afterClause, end))) {
                    continue; // 市长某某率政府代表团: what the verb governs is a kind of body, no named one
                }
                start = afterClause;
            }
            start = NameEdges.afterTheState(tokens, first, i, h, start);
            if (edges.afterUnnamedCountedCountries(text, start)) {
                continue; // 三国环保联络处: the countries are counted, not named
            }
            start = edges.beforeCountedCountries(text, start);
            start = NameEdges.afterQuotedConjunction(text, start, end); // “甲倡议”同乙联盟: the name opens after 同, before the checks below
            if (text.startsWith(HEADQUARTERS, end - HEADQUARTERS.length())) {
                int seat = end - HEADQUARTERS.length();
                if (seat - start < 3 || heads.headAt(text.substring(start, seat)) == null) {
                    continue; // 其总部, 位于某区总部, 在政府总部: a seat, the body it houses is named elsewhere or not at all
                }
                end = seat; // 某某政府总部: the headquarters is the body's seat, the body is named before it
            }
            int term = NameEdges.termStart(text.substring(start, end));
            if (term >= 0) {
                Candidate termed = SessionsBeforeOrgans.bodyInside(text, start, end, places, this::isBareHead);
                if (termed != null) {
                    out.add(termed); // 某市十五届政协: the place's organ, its terms inside the token
                    continue;
                }
                end = start + term; // 某协会第五届理事会: a term of the board; the body is named before the ordinal
                if (end - start < 3 || heads.headAt(text.substring(start, end)) == null) {
                    continue;
                }
            }
            end -= organOf(text.substring(start, end));
            end = OrganisingVerb.beforeVerb(text, start, end, heads, places);
            if (end == OrganisingVerb.NO_BODY) {
                continue; // 由某市组织: the organiser is named as a place, no body
            }
            int determiner = RelativeDeterminers.cut(text.substring(start, end));
            if (determiner == 0) {
                continue; // 有关国家驻华使馆: the missions of the countries concerned, a class, no named body
            }
            if (determiner > 0) {
                end = start + determiner; // 外交部 + 有关司局: the departments concerned are the ministry's, named before them
                h = heads.headAt(text.substring(start, end));
                if (h == null || determiner < 2) {
                    // 部有关负责人: a bare one-character head left before the determiner names no body
                    continue;
                }
            }
            String name = text.substring(start, end);
            if (NameEdges.countedBodies(text, start) || NameEdges.countedBodies(text, end - h.length() - 1)) {
                continue; // 多所大学 counts bodies of a kind
            }
            if (BuildingsOfBodies.namesBuilding(text, end)) {
                continue; // 某市政府广场: the building the body is housed in, a venue
            }
            if (YEAR_OPENING.matcher(name).lookingAt()) {
                continue; // 2019年全国友协系统工作会议: a year opens an event's name, not a body's
            }
            String joiners = fieldsListed ? "-—·+()（）" + ListedFields.MARK : "-—·+()（）";
            if (name.codePoints().anyMatch(c -> !Character.isLetterOrDigit(c) && joiners.indexOf(c) < 0)) {
                continue; // 外资企业,跨国公司: a segmenter's token across a comma
            }
            int quoted = NameEdges.quotedPrefixStart(text, start);
            final int opening = start;
            // “某某口号”某国某某协会: a name its own place opens is whole without the quotation, a slogan or theme before it
            boolean placeOpened = places.stream().anyMatch(p -> p.start() == opening && p.type() != EntityType.ORGANIZATION && p.type() != EntityType.PERSON);
            if (quoted >= 0 && !placeOpened && !QuotedTwinningStanding.isStanding(text.substring(quoted + 1, start - 1))) {
                start = quoted; // “一带一路”建设工作委员会: a quoted phrase before the name is part of it
                name = text.substring(start, end);
            }
            if (!proper && start == tokens.get(first).start() && tokens.get(first).word().length() == 1
                    && BARE_LEVELS.indexOf(name.charAt(0)) >= 0 && first < i) {
                proper = true; // 市 + 商务局: the bare level stands for the article's city (BareOrganizationReferences)
            }
            // 商工会议所 is no 会议, 某某交流会馆 no 交流会: an event word only counts before the head, not running into it
            String beforeHead = name.substring(0, name.length() - h.length());
            if (!proper || end - start < 3 || OrganizationHeads.EVENT_WORDS.stream().anyMatch(beforeHead::contains)
                    || generic.stream().anyMatch(name::endsWith) || kindPhrases.namesAClass(name, h) || KIND_OPENING.matcher(name).lookingAt()
                    || COUNTED_PLACES.matcher(name).find()) {
                continue;
            }
            boolean oursBefore = name.startsWith("驻") && start > 0 && text.charAt(start - 1) == OUR;
            if (!oursBefore && !TAIWAN_MISSION_HEADS.contains(h) && !name.contains(TAIPEI)
                    && (MissionSenders.namesNoSender(name) || MissionSenders.namesNoSenderAround(text, start, name))) {
                continue; // 各驻某地领事馆, 境外驻某地领事馆: missions of a kind, no sending state named (an office, 驻某国代表处, may be Taiwan's own)
            }
            // 我驻某地办事处: China's missions are embassies and consulates; an office (办事处, 代表处) that 我 sends is Taiwan's,
            // whatever else the page says of its standpoint
            if (name.startsWith("驻") && start > 0 && text.charAt(start - 1) == OUR && !taiwan.writtenFromTaiwan(text)
                    && !TAIWAN_MISSION_HEADS.contains(h)) {
                out.add(new Candidate(start - 1, end, EntityType.ORGANIZATION, OUR_STATE + name, null, Candidate.Source.PATTERN));
                continue;
            }
            int city = PlaceSpans.cityCutBefore(text, places, start);
            if (city >= 0 && city < start) {
                start = city; // 烧 + 津观光协会: the body's name opens with the city the segmenter cut
                name = text.substring(start, end);
            }
            String full = clippedCities.fullName(name, start, places, heads);
            Candidate found = FederationNames.withMembers(text, CountryBeforeBodies.without(text,
                    new Candidate(start, end, EntityType.ORGANIZATION, full != null ? full : name, null, Candidate.Source.PATTERN), places), places);
            HallsOfBodies.withoutHall(found, heads).ifPresent(body -> CoordinatedBodies.split(body, heads)
                    .forEach(one -> out.addAll(SharedHeadBodies.split(one, heads))));
        }
        out.replaceAll(OrganizationRecognizer::withoutCouncilChair);
        return out;
    }

    /** 副主委, 主委 after a council's name ending in 会: Taiwan's short title of the council's chair (or deputy). */
    private static final Pattern COUNCIL_CHAIR = Pattern.compile("(?<=会)副?主委$");

    /**
     * 经建会副主委, 原民会主委: the title of a council's chair ends in 委 as a committee's name does (党委, 市委), so the
     * head reading runs the body's name over the title; the body ends at its 会.
     */
    static Candidate withoutCouncilChair(Candidate c) {
        Matcher m = COUNCIL_CHAIR.matcher(c.name());
        if (c.type() != EntityType.ORGANIZATION || !m.find() || m.start() < 2) {
            return c;
        }
        int cut = c.name().length() - m.start();
        return new Candidate(c.start(), c.end() - cut, c.type(), c.name().substring(0, m.start()), c.country(), c.source());
    }

    /** Suffixes of a foreign province's municipalities: 町 (town) and 村 (village), as in Japan's prefectures. */
    private static final String MUNICIPALITY_SUFFIXES = "町村";
    /** Most characters of an unlisted municipality's stem. */
    private static final int MAX_MUNICIPALITY_STEM = 3;

    /**
     * 某县甲乙村议会: a foreign province's prefecture or county word, an unlisted town or village (a stem of two or three
     * characters and 町 or 村) and nothing but a head noun after it: the body is the town's, the province only
     * locates it. Where the town's name starts, or -1.
     */
    private int municipalityAfter(String text, Candidate province, int end) {
        if (province.country() == null || "中国".equals(province.country())) {
            return -1;
        }
        int from = province.end();
        while (from < end && "县州府道".indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        for (int k = from + 2; k <= Math.min(from + MAX_MUNICIPALITY_STEM, end - 2); k++) {
            String rest = text.substring(k + 1, end);
            if (MUNICIPALITY_SUFFIXES.indexOf(text.charAt(k)) >= 0 && heads.longestHeadAtEnd(rest) == rest.length()) {
                return from;
            }
        }
        return -1;
    }

    /** The title of a Korean district's head, written 区厅长 (head of the 区厅, the district office) after a name or a district. */
    private static final String KOREAN_DISTRICT_HEAD = "区厅长";

    /** Whether the head noun ending {@code head} is read as something else: a verb, a title, a class of bodies. */
    private static boolean headNamesNoBody(String text, Token head, String h) {
        if (h.length() == 1 && !head.word().equals(h) && !head.tag().startsWith("n") && !head.tag().equals("q")) {
            return true; // 签署 ends in 署 but is a verb
        }
        if (h.length() == 1 && head.end() < text.length() && COLLECTIVE_NEXT.indexOf(text.charAt(head.end())) >= 0
                && !text.startsWith(h + "长", head.end())) { // 信息技术部部长: the head's own title follows
            return true; // 县局处首长, 厅局级, 部委: two kinds of body side by side name a class of bodies, not one
        }
        if (h.length() == 1 && HeadLookalikeWords.closesWord(text, head.end(), h)) {
            return true; // 合作新格局, 大变局: a common word that ends in the head character, no bureau
        }
        if (h.length() == 1 && SurnamesEndingInHeads.closesTitledSurname(text, head.end())) {
            return true; // 市长冈部正志: the title's person's family name ends in 部, no department does
        }
        if (h.length() == 1 && text.startsWith("首席", head.start() - 2) && text.startsWith("长", head.end())) {
            return true; // 首席部长 (chief minister) is a title, not a 部
        }
        if (h.equals("厅") && text.startsWith(KOREAN_DISTRICT_HEAD, head.end() - 2)) {
            return true; // 区厅长, the Korean district head (구청장), is his title: the district names itself, no 区厅 body
        }
        // 政协常委, 市委常委: a member of a standing committee is a title, not a body
        return h.equals("委") && head.word().endsWith("常委") && !text.startsWith("会", head.end());
    }

    /**
     * How many characters of {@code name} name a governing organ of the body before it (葡语都市联盟 + 执行委员会),
     * or 0 when the words before the organ end in no head noun (联合国人权 + 理事会 is a body of its own).
     */
    private int organOf(String name) {
        for (String organ : organs) {
            if (name.endsWith(organ) && name.length() - organ.length() >= 3) {
                String body = name.substring(0, name.length() - organ.length());
                return heads.headAt(body) != null ? organ.length() : 0;
            }
        }
        return 0;
    }

    /** What joins two portfolios in one body's name (文化和旅游局, 人力资源与社会保障局). */
    private static final Set<String> PORTFOLIO_JOINS = Set.of("与", "和", "及");

    /**
     * Whether the tokens before {@code first} are a conjunction and a common noun that, joined to the name, make
     * one body for two portfolios: the noun names no body itself (no head noun: 市政府与外事局 is two bodies) and
     * no place or proper name, and the words after the conjunction open with no place. With {@code listed} (a
     * conjunction already joined two fields), a 、 before one more field word ({@link ListedFields}) lists a third
     * field of the same name.
     */
    private boolean portfoliosJoined(List<Token> tokens, int first, List<Candidate> places, boolean listed) {
        int right = tokens.get(first).start();
        if (PlaceSpans.within(places, right, right + 1).stream().anyMatch(p -> p.type().isPlace() || p.type() == EntityType.COUNTRY)) {
            return false; // 主管及员林市民代表会: a body named by its place is a body of its own
        }
        Token join = tokens.get(first - 1), left = tokens.get(first - 2);
        boolean fieldListed = listed && listedFields.lists(join, left, places);
        return (PORTFOLIO_JOINS.contains(join.word()) || fieldListed) && join.end() == tokens.get(first).start() && left.end() == join.start()
                && (left.tag().equals("n") || left.tag().equals("vn") || fieldListed) && left.word().length() >= 2
                && heads.headAt(left.word()) == null && !NameTokens.isBarrier(left) && !generic.contains(left.word());
    }

    /** Whether a name is a head noun and nothing more (办事处, 政府): a kind of body, not a named one. */
    public boolean isBareHead(String name) {
        return name.equals(heads.headAt(name));
    }

    /** A bare head noun (议会), or one after a bare level character standing for the article's place (市 + 政府). */
    boolean isBareOfALevel(String name) {
        return isBareHead(name) || name.length() >= 3 && BARE_LEVELS.indexOf(name.charAt(0)) >= 0 && isBareHead(name.substring(1));
    }

    /** Whether a name ends in an organisation head noun. */
    public boolean hasHead(String name) {
        return heads.hasHead(name);
    }
}
