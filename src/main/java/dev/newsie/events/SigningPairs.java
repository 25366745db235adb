package dev.newsie.events;

import dev.newsie.model.EntityType;
import dev.newsie.model.Event;
import dev.newsie.model.EventBuilder;
import dev.newsie.model.EventType;
import dev.newsie.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parties of a signing told before its verb: "A与B、C与D…分别签署" gives one signing per pair; each side is an
 * administrative chain whose last place is the party (山西省运城市 → 运城), and a side "place + title + person"
 * names the signatory too. Reads one masked clause; writes nothing.
 */
final class SigningPairs {
    /**
     * 与友好城市乙, 与友城日本乙市, 与其友好省州乙: the partner's standing said before its name; the partner is still
     * the place that follows (and the words state the relation, see relation-patterns.tsv).
     */
    private static final String PARTNER_WORD = "(?:其|我[市省区县])?(?:国际)?(?:友好(?:交流|合作)?(?:城市|省州|省|州|县)|友城|姊妹(?:城市|市|州)|姐妹(?:城市|市))?";

    /**
     * 与以温泉闻名的乙市签署: a few words describing the partner, ending in 的, between 与 and its name (no place, person
     * or clause break among them, so 与甲的乙 and 与甲签署的 are not read as one).
     */
    private static final String DESCRIBED = "[^ⓅⓄⓇ,，。;；:：、与和同跟签缔]{2,8}的";

    /** 日本友城乙市: a partner's country, its standing, then the partner (the last place of the chain). */
    static final String PARTNER_LINK = "友城|友好城市|友好省州|友好省|姊妹城市|姐妹城市";

    /** 我市与乙市, 本省和乙州: the page's own place (said as 我/本 + its level) facing a partner. */
    private static final Pattern HOME_PAIR = Pattern.compile("(?:我|本)([市省区县])(?:[\\p{IsHan}]{0,6}?Ⓡ)?(?:今天|今日|日前|近日|\\d{1,2}日)?"
            + "(?:正式|已)?(?:与|和|同|跟)" + PARTNER_WORD + "([ⓅⓄ]+(?:(?:首府|首都|省会|州府|共和国|王国|联邦|" + PARTNER_LINK + ")[ⓅⓄ]+)*)");

    /** …市长表示,该市与乙市签署: the place the sentence has just named (该市, "this city") facing a partner. */
    private static final Pattern THIS_PLACE_PAIR = Pattern.compile("^(?:[^ⓅⓄ]{0,4}?)该[市县州省区](?:正式|已)?(?:与|和|同|跟)" + PARTNER_WORD
            + "([ⓅⓄ]+(?:(?:首府|首都|省会|州府|共和国|王国|联邦|" + PARTNER_LINK + ")[ⓅⓄ]+)*)");

    /**
     * A time zone, named by its place (当地时间, 北京时间, and the Taiwan press's 美西时间, 美东时间, 台湾时间): a place of
     * one to four characters before 时间; before the day, or in brackets after it (13日(美西时间)).
     */
    private static final String TIME_ZONE = "(?:[\\p{IsHan}&&[^与和同跟在于]]{1,4}时间)";

    /**
     * 透过视讯, 以视频方式, 通过线上连线: how a signing was held, said between the side and 与 (video signings are common
     * since 2020, and Taiwan writes 透过 for 通过); no part of either side.
     */
    static final String MEDIUM = "(?:(?:通过|透过|经由|藉由|以|采)(?:" + RemoteMedia.WORDS + ")(?:会议|连线|签约)?(?:的)?(?:方式|形式)?)?";

    /**
     * 甲市长X、乙市长Y(今天)签订: exactly two signers listed with 、, each after its place, right before the verb — or
     * before the medium of the act (甲市长X、乙市长Y通过视频会议的形式签署, see {@link #MEDIUM}).
     */
    private static final Pattern LISTED_SIGNERS = Pattern.compile("(?:^|[^ⓅⓄⓇ、])([ⓅⓄ]+)[\\p{IsHan}]{1,6}?(Ⓡ)、([ⓅⓄ]+)[\\p{IsHan}]{1,6}?(Ⓡ)"
            + "(?:今天|今日|昨天|昨日|当天|当日|日前|近日|[今昨]\\(\\d{1,2}\\)日|\\d{1,2}日)?" + MEDIUM + "(?:共同|分别|正式)?$");

    /**
     * 某某教授, 某某先生: a courtesy word after a signer's name belongs to the name, not to the clause; so does the post
     * written after the name, as reports of bodies write their heads (甲协会某某会长与乙中心某某主任签署: the body before
     * the name is the side, the post after it is no part of the clause).
     */
    private static final String AFTER_SIGNER_NAME = "(?:教授|博士|先生|女士|阁下|(?:常务|执行)?副?(?:会长|理事长|秘书长|董事长|总经理|总裁|校长|院长|主任|局长))?";
    /**
     * 甲市长与乙市长签署: a place's head named by office alone, without a name, signs for the place (the office's
     * level word may stand in the place's name: 甲市 + 长, or after it: 甲 + 市长); so do a deputy (甲市副市长) and the
     * party secretary (甲市委书记), who sign for a Chinese city as often as its mayor.
     */
    private static final String OFFICE = "(?:(?:常务)?副)?(?:(?:市|省|县|州|区|町|镇|郡)?(?:长|知事)|市议会议长|(?:(?:市|省|县|区)委)?书记)"
            + "(?!助理|夫人|秘书|办|特使|顾问|候选|Ⓡ)";
    /**
     * 甲市委副书记、市长某某, 乙区委书记、区长某某: a head named by his post in the place's party committee before his
     * post in its government, the two joined by 、; the person still signs for the place (the committee, 甲市委, is
     * the place's, {@link SigningExtractor#placeOfGovernment}).
     */
    private static final String PARTY_POST = "(?:[\\p{IsHan}]{0,4}?书记、)?";
    /**
     * 甲镇2012年9月与乙乡签署, 甲市于2019年与乙市签订: a past act dated between its subject and 与 (GOLD.md §7: an act
     * told with its own time is an event of that date); the year, month and day as written. The year may be told
     * relative to the page's own (甲市于去年5月与乙市缔结, 今年3月与…签署), which DateResolver reads as it reads a
     * written one: the slot admits every form of a date, not the four digits only.
     */
    private static final String YEAR_OF_ACT = "(?:(?:19|20)\\d{2}年|去年|今年|前年)(?:\\d{1,2}月(?:\\d{1,2}日)?)?";
    /**
     * 在 as a preposition of time (甲市在2004年与乙市缔盟), read as 于 is: only before a year of the act, so a 在 before a
     * place keeps its own reading (甲在乙市与丙签署).
     */
    private static final String AT_TIME = "在(?=" + YEAR_OF_ACT + ")";

    /**
     * One side of a pair: a run of places, optionally followed by a person (its representative). The partner may be
     * introduced as the visiting one (与来访的乙市市长Y签署, as Taiwan reports write a visit-and-sign); the day may
     * come with 于, a time zone and a time of day (于当地时间10日下午, 今日(11日)上午), and a past one with 早在…就
     * (甲市早在1998年就与乙市签署: a retold act, GOLD.md §7, dated by its year). A partner named with its
     * state before 的 (与乙州的丙市) is the place after 的. 分别 ("each") may stand on either side of the place of the
     * act (甲省分别在乙市与…, 甲省在乙市分别与丙县、丁县签署): Chinese puts the adverb before or after the 在 phrase alike.
     */
    /**
     * 会见后,X与Y(共同)签署, 甲市市长X与Y共同签署: a clause of two persons (one or both with their place and title)
     * before the verb; each signs for the place the report names them head of (甲市市长X), read by
     * {@link Signatories#placeHeadedBy}. Where they signed may stand before the verb (X与Y在甲市签署), and is no side.
     */
    private static final Pattern TWO_HEADS = Pattern.compile(
            "^(?:随后|并)?(?:Ⓟ+[\\p{IsHan}]{0,4}?)?(Ⓡ)(?:与|和|同)(?:Ⓟ+[\\p{IsHan}]{0,4}?)?(Ⓡ)(?:在Ⓟ+)?(?:共同|正式|一同)?$");

    static final Pattern PAIR = Pattern.compile("([ⓅⓄ]+(?:(?:首府|首都|省会|州府|共和国|王国|联邦)[ⓅⓄ]+)*)(?:" + PARTY_POST + "[\\p{IsHan}]{0,6}?(Ⓡ)" + AFTER_SIGNER_NAME + "(?:代表(?:Ⓟ+|[\\p{IsHan}]{0,3}))?|" + OFFICE + ")?"
            + "(?:代表团|一行)?(?:于|早在|早于|" + AT_TIME + ")?" + TIME_ZONE + "?(?:今天|今日|昨天|昨日|当天|当日|同日|日前|近日|[今昨]\\(\\d{1,2}\\)日|[今昨]日\\(\\d{1,2}日\\)|\\d{1,2}日|\\d{1,2}月\\d{1,2}日|" + YEAR_OF_ACT + ")?"
            + "(?:[(（]" + TIME_ZONE + "[)）])?"
            + "(?:上午|下午|中午|晚间|晚上|早上|傍晚)?(?:自[^与和同跟ⓅⓄⓇ,，]{1,10}?(?:起|以来))?" + MEDIUM
            + "(?:陆续|先后|已经|已|正式|也|还|又|再|就|便)?(?:分别)?(?:在(?:Ⓟ+Ⓞ?|Ⓞ|" + SigningExtractor.HOME_SEAT + ")(?:分别)?)?(?:与|和|同|跟)(?:来访的|到访的|率团来访的|" + DESCRIBED + ")?" + PARTNER_WORD
            + "([ⓅⓄ]+(?:(?:首府|首都|省会|州府|共和国|王国|联邦|" + PARTNER_LINK + ")[ⓅⓄ]+|的Ⓟ+)*)(?:" + PARTY_POST + "[\\p{IsHan}]{0,6}?(Ⓡ)|" + OFFICE + ")?");
    /** 与乙町长Y: the partner's head, named right after the partner by a title. */
    private static final Pattern PARTNER_HEAD = Pattern.compile("[\\p{IsHan}]{0,6}?(?:长|知事|首长|主席|书记)(Ⓡ)");
    /**
     * 区长, 县委书记, 市委副书记、市长: a head's title with no place before it, as a city's, district's or county's own
     * media write their head; it stands for the page's own place of that level ({@link DocumentContext#homePlace}).
     */
    private static final String BARE_HEAD_TITLE = "(?:[市区县]委(?:副)?书记、)?(?:常务)?(?:副)?([市区县])";
    private static final Pattern BARE_HOME_HEAD = Pattern.compile("^(?:[^ⓅⓄⓇ]{0,12}?[,，;；])?" + BARE_HEAD_TITLE + "(?:长|委书记)$");
    /** 副市长X会见…, 区长X与…: a head named by a bare title anywhere in the sentence before the verb. */
    private static final Pattern BARE_HOME_HEAD_IN_SENTENCE = Pattern.compile(
            "(?:^|[,，;；:：])(?:[^ⓅⓄⓇ,，;；]{0,8}?[,，;；])?" + BARE_HEAD_TITLE + "长Ⓡ(?![ⓅⓄ])");

    /**
     * 副市长X会见乙市副市长Y一行,两市签署…: the page's own place (its head named by a bare title, as its own media write)
     * and the one foreign place named in the sentence before the verb; null when either is missing or in doubt.
     */
    private static List<String> homeHeadAndGuest(DocumentContext ctx, MaskedSentence ms, int verbPos) {
        Matcher head = BARE_HOME_HEAD_IN_SENTENCE.matcher(ms.masked().substring(0, verbPos));
        if (!head.find()) {
            return null;
        }
        String home = ctx.homePlace(head.group(1).charAt(0));
        java.util.Set<String> foreign = new java.util.LinkedHashSet<>();
        for (MaskedSentence.Slot slot : ms.slots(head.end(), verbPos)) {
            dev.newsie.model.Entity e = slot.entity();
            if (e.type().isPlace() && e.type() != EntityType.COUNTRY && e.country() != null && !e.country().equals("中国")) {
                foreign.add(e.name());
            }
        }
        return home == null || foreign.size() != 1 || foreign.contains(home) ? null : List.of(home, foreign.iterator().next());
    }

    /**
     * 在乙市与市长Y签署, 在乙县与该县县长签署: the other side is the place the signing is set in, whose head (a bare
     * title, or one of 该市/当地) signs; the clause ends at the verb.
     */
    private static final Pattern HEAD_OF_THE_SETTING = Pattern.compile(
            "[在于](Ⓟ+)(?:[^,，;；。ⓅⓄⓇ]{0,4})?(?:与|和|同|跟)(?:该市|该县|该州|当地|该町)?(?:的)?(?:常务)?(?:副)?(?:[市州县郡町]长|知事)(?:(Ⓡ)|[\\p{IsHan}·]{2,6}?)?(?:共同|正式)?$");

    private static final Pattern PERSON_PAIR = Pattern.compile("(Ⓡ)(?:代表[\\p{IsHan}]{0,3})?(?:与|和|同|跟)(Ⓟ+)");

    /**
     * A clause that opens with 与 + party: its subject is the previous clause's (更与乙签订, 也与乙签署: 更 "further", 也/亦
     * "also" go on with that subject as 并 and 还 do).
     */
    private static final Pattern ELIDED_SUBJECT = Pattern.compile("^(?:当天|当日|同日|随后|其间|还|并|又|同时|除了?)?(?:还|并|又|更|也|亦)?(?:分别)?(?:与|同|和)" + PARTNER_WORD
            + "([ⓅⓄ]+(?:(?:" + PARTNER_LINK + ")[ⓅⓄ]+)*)");

    /**
     * 率团前往乙町访问,与町长Y签署: the partner named only by its head's bare title (市长, 町长, 知事…) and person is the
     * place the sentence's visit went to; the sentence's opening place is the other side.
     */
    private static final String BARE_PARTNER_HEAD = "(?:市长|町长|村长|镇长|乡长|县长|区长|郡守|郡长|知事|州长|省长|道知事|市议会议长|议长)";
    /** …, also the place visited named as 该市 (this city), with or without its head (与该市市长Y签署, 与该市签署). */
    private static final Pattern BARE_TITLE_PARTNER = Pattern.compile("^(?:随后|并|还|当天|当日)?(?:与|同|和)(?=该|当地|" + BARE_PARTNER_HEAD + ")"
            + "(?:该[市县区州町镇省](?:的)?|该|当地)?(?:" + BARE_PARTNER_HEAD + "(Ⓡ))?(?:共同|正式)?$");

    /**
     * 11月10日,市长X率团赴乙市访问,…: a sentence opened by the head of the page's own place, named by a bare title as
     * its own media write; that place is the sentence's own side.
     */
    private static final Pattern OPENING_BARE_HEAD = Pattern.compile("^(?:[^ⓅⓄⓇ,，;；]{0,12}?[,，])?" + BARE_HEAD_TITLE + "长Ⓡ(?![ⓅⓄ])");

    /**
     * 次日又与乙市签署, 4日与乙市签署, 代表团与乙市签署: a clause whose subject is left out (or is the delegation, unnamed)
     * and opens with its day and the partner; in a
     * report of a delegation's tour the subject is the delegation (see {@link SigningSides#touringDelegation}).
     */
    private static final Pattern DELEGATION_WITH_PARTNER = Pattern.compile("^(?:随后|之后|次日|翌日|第二天|当天|当日|同日|\\d{1,2}日)?"
            + "(?:" + SigningSides.DELEGATION + "(?:一行)?)?(?:还|并|又|也)?(?:与|同|和)(?:该市|当地)?([ⓅⓄ]+)(?:[^ⓅⓄⓇ]{0,4})$");

    private static final Pattern TWO_CITIES = Pattern.compile("两市|两城|两地|两县|两区");
    /** 两市, 两城, 两县: the word itself says both sides are cities or counties (两地 and 双方 say no more than places). */
    private static final Pattern TWO_CITIES_ONLY = Pattern.compile("两市|两城|两县");
    /**
     * 甲与乙国丙市(Latin name)签署, where 丙市 is no known place: the partner is the name right after its country,
     * ending in an administrative suffix and running up to the verb (or to its mayor, named as a person).
     */
    private static final Pattern UNLISTED_PARTNER = Pattern.compile(
            "([ⓅⓄ]+)(?:[^ⓅⓄ与和同跟,，]|Ⓡ){0,16}?(?:与|和|同|跟)(Ⓟ)(?:共和国|王国|联邦)?"
            + "([\\p{IsHan}&&[^的与和在]]{2,10}?(?:市|州|省|县|郡))(?:\\([^)]{0,40}\\))?(?:[\\p{IsHan}]{0,6}?(Ⓡ))?(?:共同|正式|分别)?$");

    /** 甲、乙两市, 甲和乙双方: the two sides named right before the word that sums them up. */
    private static final Pattern NAMED_BOTH = Pattern.compile("([ⓅⓄ]+)[、和与及]([ⓅⓄ]+)(?:两市|两地|两省|两城|两县|两区|双方)");
    /** 两市企业, 双方有关部门: 两市 as a modifier of other actors, not the two places signing. */
    static final Pattern BOTH_SIDES = Pattern.compile("(?:两市|两地|两省|两省州|两城|双方)(?!企业|部门|有关|相关|商会|高校|学校|机构|医院|协会|代表团)");

    private final SigningDocuments documents;

    SigningPairs(SigningDocuments documents) {
        this.documents = documents;
    }

    /**
     * The signings a clause tells before its verb: the pairs (甲与乙, each side with its representative), the
     * further partners of a list, two signers listed each for a place, the home side (我市), a person facing a
     * place, the parties of the document's name, a subject kept from the clause before, the sides named by who
     * signs for whom, a partner no gazetteer holds, 甲、乙两市, 两市 or 双方, several places signing jointly; then
     * the signers named before the verb.
     */
    List<EventBuilder> before(DocumentContext ctx, MaskedSentence ms, int[] verb, String clause, int clauseOffset,
                              String kind, String title, String date, String subject, int previousVerbEnd,
                              List<String> toldPair) {
        String m = ms.masked();
        List<EventBuilder> here = new ArrayList<>();
        List<EventBuilder> zipped = respectively(ms, clause, clauseOffset, kind, title, date);
        if (!zipped.isEmpty()) {
            return zipped;
        }
        List<EventBuilder> withEach = oneWithEach(ms, clause, clauseOffset, kind, title, date);
        if (!withEach.isEmpty()) {
            return withEach;
        }
        EventBuilder all = SeveralSidesSigning.ofListedSides(ms, clause, clauseOffset, kind, title, date);
        if (all != null) {
            return new ArrayList<>(List.of(all)); // 甲、乙与丙三方签署: one document of all the sides listed
        }
        EventBuilder jointList = SeveralSidesSigning.ofJointList(ms, clause, clauseOffset, kind, title, date);
        if (jointList != null) {
            return new ArrayList<>(List.of(jointList)); // 甲局、乙局、丙局共同签署: one document of the sides listed
        }
        Matcher p = PAIR.matcher(clause);
        while (p.find()) {
            MaskedSentence.Slot a = ms.lastParty(clauseOffset + p.start(1), clauseOffset + p.end(1));
            MaskedSentence.Slot b = ms.lastParty(clauseOffset + p.start(3), clauseOffset + p.end(3));
            MaskedSentence.Slot aPerson = p.group(2) == null ? null : ms.slots(clauseOffset + p.start(2), clauseOffset + p.end(2)).get(0);
            int aAt = clauseOffset + p.start(1);
            if (aPerson == null) {
                aPerson = Signatories.agentFor(ms, aAt); // 司长X代表甲政府与乙市签署: X signs for the side he represents
            }
            if (aAt > 0 && m.charAt(aAt - 1) == '在') {
                // 甲市副市长X今天,在洛杉矶与乙市签署: the place after 在 is where, the sentence's subject is who
                MaskedSentence.Slot[] opener = SigningSides.sentenceSubject(ms);
                a = opener == null ? null : opener[0];
                aPerson = opener == null ? null : opener[1];
            }
            if (a == null && SpecialAdministrativeRegions.isSar(b)) {
                a = SpecialAdministrativeRegions.country(ms.lastPlace(clauseOffset + p.start(1), clauseOffset + p.end(1)));
            }
            if (b == null && SpecialAdministrativeRegions.isSar(a)) {
                b = SpecialAdministrativeRegions.country(ms.lastPlace(clauseOffset + p.start(3), clauseOffset + p.end(3)));
            }
            if (a == null || b == null || (a.entity().type() == EntityType.COUNTRY || b.entity().type() == EntityType.COUNTRY)
                    && !SpecialAdministrativeRegions.countryFacingSar(a, b)) {
                continue; // a country beside a place is where it lies; facing a SAR (香港与印尼签署) it is a side
            }
            // 甲市水务局长X与乙市工务局长Y: an office named as a signer's post signs for its place; an office that is
            // itself the subject (甲区农业局与乙市商务局签署) is a body that signs for itself (GOLD.md §2: offices are bodies)
            // and only facing a place or another office: facing a body of its own kind (a university's centre) it is one too
            boolean bSigner = p.group(4) != null;
            boolean aFacesGovernment = b.entity().type().isPlace() || SigningAgents.isOffice(b);
            boolean bFacesGovernment = a.entity().type().isPlace() || SigningAgents.isOffice(a);
            String aName = SigningAgents.isOffice(a) && aPerson != null && aFacesGovernment
                    ? SigningAgents.placeOfOffice(ctx, a) : SigningExtractor.partyName(a);
            String bName = SigningAgents.isOffice(b) && bSigner && bFacesGovernment
                    ? SigningAgents.placeOfOffice(ctx, b) : SigningExtractor.partyName(b);
            String below = UnheldUnitBelow.after(ms, b, clauseOffset + p.end(3), verb[0]);
            if (below != null) {
                bName = below; // 与美国某州某某市签署: the city no gazetteer holds signs, not the state named before it
            }
            EventBuilder e = Event.builder(EventType.SIGNING).parties(List.of(aName, bName))
                    .agreement(bodyFacingBody(a, aName) || bodyFacingBody(b, bName) ? ownKind(kind) : kind).title(title).date(date)
                    .evidence(new Span(ms.sentence().start(), ms.sentence().end()));
            List<String> signatories = new ArrayList<>();
            if (aPerson != null) {
                signatories.add(aPerson.entity().name());
            }
            if (p.group(4) != null) {
                signatories.add(ms.slots(clauseOffset + p.start(4), clauseOffset + p.end(4)).get(0).entity().name());
            }
            if (!signatories.isEmpty()) {
                e.signatories(signatories);
            }
            here.add(e);
            for (MaskedSentence.Slot more : SigningSides.morePartners(ms, clauseOffset + p.end(), verb[0])) {
                // 甲与乙、丙、丁签署: one signing with each partner of the list, each signed by 甲's representative
                EventBuilder each = Event.builder(EventType.SIGNING).parties(List.of(SigningExtractor.partyName(a), SigningExtractor.partyName(more)))
                        .agreement(kind).title(title).date(date).evidence(new Span(ms.sentence().start(), ms.sentence().end()));
                if (aPerson != null && p.group(4) == null) {
                    each.signatories(List.of(aPerson.entity().name()));
                }
                here.add(each);
            }
        }
        Matcher listed = LISTED_SIGNERS.matcher(clause);
        if (here.isEmpty() && listed.find()) {
            // 甲市长X、乙市长Y昨天签订: two signers listed, each after the place they act for
            MaskedSentence.Slot a = ms.lastParty(clauseOffset + listed.start(1), clauseOffset + listed.end(1));
            MaskedSentence.Slot b = ms.lastParty(clauseOffset + listed.start(3), clauseOffset + listed.end(3));
            if (a != null && b != null && a.entity() != b.entity()
                    && a.entity().type() != EntityType.COUNTRY && b.entity().type() != EntityType.COUNTRY) {
                here.add(Event.builder(EventType.SIGNING).parties(List.of(SigningExtractor.partyName(a), SigningExtractor.partyName(b))).agreement(kind)
                        .title(title).date(date).signatories(List.of(
                                ms.slots(clauseOffset + listed.start(2), clauseOffset + listed.end(2)).get(0).entity().name(),
                                ms.slots(clauseOffset + listed.start(4), clauseOffset + listed.end(4)).get(0).entity().name()))
                        .evidence(new Span(ms.sentence().start(), ms.sentence().end())));
            }
        }
        Matcher home = HOME_PAIR.matcher(clause);
        if (here.isEmpty() && home.find()) {
            // 我市与乙市签署: the page's own place (a city government's site) with its partner
            String own = ctx.homePlace(home.group(1).charAt(0));
            MaskedSentence.Slot other = ms.lastParty(clauseOffset + home.start(2), clauseOffset + home.end(2));
            if (own != null && other != null && !SigningExtractor.partyName(other).equals(own)) {
                here.add(Event.builder(EventType.SIGNING).parties(List.of(own, SigningExtractor.partyName(other))).agreement(kind)
                        .title(title).date(date).evidence(new Span(ms.sentence().start(), ms.sentence().end())));
            }
        }
        Matcher these = THIS_PLACE_PAIR.matcher(clause);
        if (here.isEmpty() && clauseOffset > 0 && these.find()) {
            // 甲市长表示,该市与乙市签署: 该市 is the place named before it in the sentence
            MaskedSentence.Slot own = ms.lastPlace(0, clauseOffset);
            MaskedSentence.Slot other = ms.lastParty(clauseOffset + these.start(1), clauseOffset + these.end(1));
            if (own != null && own.entity().type() != EntityType.COUNTRY && other != null
                    && !SigningExtractor.partyName(other).equals(own.entity().name())) {
                here.add(Event.builder(EventType.SIGNING).parties(List.of(own.entity().name(), SigningExtractor.partyName(other))).agreement(kind)
                        .title(title).date(date).evidence(new Span(ms.sentence().start(), ms.sentence().end())));
            }
        }
        if (here.isEmpty()) {
            // 拉卡瓦与上海签订…: the person's place is named earlier in the sentence
            Matcher pp = PERSON_PAIR.matcher(clause);
            if (pp.find()) {
                MaskedSentence.Slot person = ms.slots(clauseOffset + pp.start(1), clauseOffset + pp.end(1)).get(0);
                MaskedSentence.Slot own = ms.lastPlace(0, clauseOffset + pp.start(1));
                MaskedSentence.Slot other = ms.lastPlace(clauseOffset + pp.start(2), clauseOffset + pp.end(2));
                // 内埔乡长钟国光 … 在甲、乙分处长丙见证下,钟国光与乙町长签订: the place the person heads, if said
                String headed = SigningSides.placeHeadedBy(ctx, ms, person.entity());
                String ownName = headed != null ? headed : own == null || own.entity().type() == EntityType.COUNTRY ? null : own.entity().name();
                if (ownName == null && own == null) {
                    // 区委副书记、区长X与乙市市长签署: a head named by a bare title, in the page's own place's media
                    Matcher bare = BARE_HOME_HEAD.matcher(clause.substring(0, pp.start(1)));
                    ownName = bare.find() ? ctx.homePlace(bare.group(1).charAt(0)) : null;
                }
                if (ownName != null && other != null && !ownName.equals(other.entity().name())) {
                    List<String> signers = new ArrayList<>(List.of(person.entity().name()));
                    Matcher head = PARTNER_HEAD.matcher(clause.substring(pp.end()));
                    if (head.lookingAt()) {
                        signers.add(ms.slots(clauseOffset + pp.end() + head.start(1), clauseOffset + pp.end() + head.end(1)).get(0).entity().name());
                    }
                    here.add(Event.builder(EventType.SIGNING).parties(List.of(ownName, other.entity().name()))
                            .agreement(kind).title(title).date(date).signatories(signers)
                            .evidence(new Span(ms.sentence().start(), ms.sentence().end())));
                }
            }
        }
        if (here.isEmpty() && title != null) {
            // 分别代表双方签署甲省与乙县建立友好省县关系协议: the parties are named in the document's name
            Matcher inTitle = PAIR.matcher(m.substring(verb[1], Math.min(m.length(), verb[1] + title.length() + 2)));
            if (inTitle.find()) {
                MaskedSentence.Slot a = ms.lastParty(verb[1] + inTitle.start(1), verb[1] + inTitle.end(1));
                MaskedSentence.Slot b = ms.lastParty(verb[1] + inTitle.start(3), verb[1] + inTitle.end(3));
                if (a != null && b != null && a.entity() != b.entity()) {
                    here.add(Event.builder(EventType.SIGNING).parties(List.of(SigningExtractor.partyName(a), SigningExtractor.partyName(b))).agreement(kind)
                            .title(title).date(date).evidence(new Span(ms.sentence().start(), ms.sentence().end())));
                }
            }
        }
        if (here.isEmpty()) {
            EventBuilder fromTitle = documents.partiesFromDocumentName(ms, verb[1], kind, date);
            if (fromTitle != null) {
                here.add(fromTitle);
            }
        }
        Matcher elided = ELIDED_SUBJECT.matcher(clause);
        if (here.isEmpty() && subject == null && clauseOffset > 0 && elided.find()) {
            // 4月19日,甲省省长率团访问乙县,与乙县知事共同签署: the sentence's opening place signs; when that is the
            // partner itself (甲与乙结好25周年,乙市长X率团再访甲,除与甲镇长Y签署), the clause before opens with the signer
            MaskedSentence.Slot partner = ms.lastParty(clauseOffset + elided.start(1), clauseOffset + elided.end(1));
            String headed = PersonOpenedSubject.headedPlace(ctx, ms); // X表示,…出席甲地…,并与乙签署: X's own place signs
            subject = headed != null ? headed : SigningSides.openingParty(ms);
            if (headed == null && partner != null && SigningExtractor.partyName(partner).equals(subject)) {
                subject = SigningSides.clauseOpeningParty(ms, SigningExtractor.clauseStart(m, clauseOffset - 1));
            }
            elided.reset();
        }
        if (here.isEmpty() && subject != null && elided.find()) {
            // …签署了意向书,与巴西圣保罗州签署了备忘录: the second clause keeps the first one's subject
            MaskedSentence.Slot other = ms.lastParty(clauseOffset + elided.start(1), clauseOffset + elided.end(1));
            if (other != null && !other.entity().name().equals(subject)) {
                here.add(Event.builder(EventType.SIGNING).parties(List.of(subject, SigningExtractor.partyName(other))).agreement(kind)
                        .title(title).date(date).evidence(new Span(ms.sentence().start(), ms.sentence().end())));
                for (MaskedSentence.Slot more : SigningSides.morePartners(ms, clauseOffset + elided.end(), verb[0])) {
                    here.add(Event.builder(EventType.SIGNING).parties(List.of(subject, SigningExtractor.partyName(more))).agreement(kind)
                            .title(title).date(date).evidence(new Span(ms.sentence().start(), ms.sentence().end())));
                }
            }
        }
        Matcher setting = HEAD_OF_THE_SETTING.matcher(clause);
        if (here.isEmpty() && setting.find()) {
            // 甲市长X率团访问乙国,21日在丙市与市长Y签署: the head met in his own place signs for it, facing the subject's
            MaskedSentence.Slot where = ms.lastPlace(clauseOffset + setting.start(1), clauseOffset + setting.end(1));
            String own = SigningSides.openingParty(ms);
            if (where != null && own != null && where.entity().type() != EntityType.COUNTRY && !own.equals(where.entity().name())) {
                EventBuilder e = Event.builder(EventType.SIGNING).parties(List.of(own, where.entity().name())).agreement(kind)
                        .title(title).date(date).location(where.entity().name())
                        .evidence(new Span(ms.sentence().start(), ms.sentence().end()));
                if (setting.group(2) != null) {
                    e.signatories(List.of(ms.slots(clauseOffset + setting.start(2), clauseOffset + setting.end(2)).get(0).entity().name()));
                }
                here.add(e);
            }
        }
        Matcher withPartner = DELEGATION_WITH_PARTNER.matcher(clause);
        if (here.isEmpty() && withPartner.find()) {
            // 甲市代表团…访问。…4日与乙市签署了: a stop of the delegation's tour, told without naming who signs
            MaskedSentence.Slot partner = ms.lastParty(clauseOffset + withPartner.start(1), clauseOffset + withPartner.end(1));
            String visitor = SigningSides.touringDelegation(ctx, ms);
            if (partner != null && visitor != null && partner.entity().type() != EntityType.COUNTRY
                    && !SigningExtractor.partyName(partner).equals(visitor)) {
                here.add(Event.builder(EventType.SIGNING).parties(List.of(visitor, SigningExtractor.partyName(partner))).agreement(kind)
                        .title(title).date(date).evidence(new Span(ms.sentence().start(), ms.sentence().end())));
            }
        }
        Matcher bare = BARE_TITLE_PARTNER.matcher(clause);
        if (here.isEmpty() && clauseOffset > 0 && bare.find()) {
            String visited = SigningPlace.ofVisitOrCeremony(ms, verb[0]);
            MaskedSentence.Slot[] opener = SigningSides.sentenceSubject(ms);
            // 市长X率团赴乙市…: a sentence opened by the bare-titled head has the page's own place for its side, not
            // the place visited that may follow within the opening's reach
            Matcher ownHead = OPENING_BARE_HEAD.matcher(ms.masked());
            boolean homeHead = ownHead.find();
            String own = homeHead ? ctx.homePlace(ownHead.group(1).charAt(0)) : SigningSides.openingParty(ms);
            if (visited != null && own != null && !own.equals(visited)) {
                List<String> signers = new ArrayList<>();
                if (opener != null && opener[1] != null) {
                    signers.add(opener[1].entity().name());
                } else if (homeHead) {
                    signers.add(ms.slots(ownHead.end() - 1, ownHead.end()).get(0).entity().name());
                }
                if (bare.group(1) != null) {
                    signers.add(ms.slots(clauseOffset + bare.start(1), clauseOffset + bare.end(1)).get(0).entity().name());
                }
                here.add(Event.builder(EventType.SIGNING).parties(List.of(own, visited)).agreement(kind).title(title).date(date)
                        .signatories(signers.isEmpty() ? null : signers).evidence(new Span(ms.sentence().start(), ms.sentence().end())));
            }
        }
        if (here.isEmpty()) {
            EventBuilder agents = SigningAgents.signedBy(ctx, ms, clause, clauseOffset, kind, title, date);
            if (agents != null) {
                here.add(agents);
            }
        }
        Matcher unlisted = UNLISTED_PARTNER.matcher(clause);
        if (here.isEmpty() && unlisted.find() && !unlisted.group(3).contains("城市")
                && ms.slots(clauseOffset + unlisted.start(2), clauseOffset + unlisted.end(2)).get(0).entity().type() == EntityType.COUNTRY) {
            // 甲市与马绍尔群岛共和国某某环礁市签署: a foreign place no gazetteer holds, named after its country
            MaskedSentence.Slot a = ms.lastParty(clauseOffset + unlisted.start(1), clauseOffset + unlisted.end(1));
            if (a != null) {
                EventBuilder e = Event.builder(EventType.SIGNING).parties(List.of(SigningExtractor.partyName(a), unlisted.group(3))).agreement(kind)
                        .title(title).date(date).evidence(new Span(ms.sentence().start(), ms.sentence().end()));
                if (unlisted.group(4) != null) {
                    e.signatories(List.of(ms.slots(clauseOffset + unlisted.start(4), clauseOffset + unlisted.end(4)).get(0).entity().name()));
                }
                here.add(e);
            }
        }
        Matcher namedBoth = NAMED_BOTH.matcher(clause);
        if (here.isEmpty() && namedBoth.find()) {
            // 甲、乙两市签署: the two sides are named right before 两市
            MaskedSentence.Slot a = ms.lastParty(clauseOffset + namedBoth.start(1), clauseOffset + namedBoth.end(1));
            MaskedSentence.Slot b = ms.lastParty(clauseOffset + namedBoth.start(2), clauseOffset + namedBoth.end(2));
            if (a != null && b != null && a.entity() != b.entity()) {
                here.add(Event.builder(EventType.SIGNING).parties(List.of(SigningExtractor.partyName(a), SigningExtractor.partyName(b))).agreement(kind)
                        .title(title).date(date).evidence(new Span(ms.sentence().start(), ms.sentence().end())));
            }
        }
        if (here.isEmpty()) {
            List<String> pair = abbreviatedPair(ctx, ms, clause, clauseOffset);
            if (pair != null) {
                here.add(Event.builder(EventType.SIGNING).parties(pair).agreement(kind).title(title).date(date)
                        .evidence(new Span(ms.sentence().start(), ms.sentence().end())));
            }
        }
        if (here.isEmpty() && BOTH_SIDES.matcher(clause).find()) {
            // 两地缔盟 after a signing of two home places was told (a Taiwan city and township): those two, not a
            // foreign place the report happens to name since
            List<String> pair = homePair(ctx, toldPair) ? toldPair : SigningSides.lastChineseAndForeignPlaces(ctx, ms.textOffset(verb[0]),
                    TWO_CITIES_ONLY.matcher(clause).find());
            if (pair == null && TWO_CITIES.matcher(clause).find()) {
                pair = SigningSides.lastTwoCities(ctx, ms.textOffset(verb[0]));
            }
            if (pair == null && clause.contains("双方")) {
                pair = toldPair; // 随后,双方签署…: the two sides of the signing the headline told (a university and a city)
            }
            if (pair == null) {
                pair = homeHeadAndGuest(ctx, ms, verb[0]);
            }
            if (pair != null) {
                here.add(Event.builder(EventType.SIGNING).parties(pair).agreement(kind).title(title).date(date)
                        .evidence(new Span(ms.sentence().start(), ms.sentence().end())));
            }
        }
        if (here.isEmpty()) {
            MeetingThenSigning.Sides met = MeetingThenSigning.sides(ms, clause, clauseOffset); // 甲市市长X会见乙市市长Y,并共同签署
            if (met != null) {
                here.add(Event.builder(EventType.SIGNING).parties(met.parties()).agreement(kind).title(title).date(date)
                        .signatories(met.signers()).evidence(new Span(ms.sentence().start(), ms.sentence().end())));
            }
        }
        if (here.isEmpty()) {
            Matcher heads = TWO_HEADS.matcher(clause); // 会见后,X与Y签署: two heads of place, each named so before
            if (heads.find()) {
                String x = ms.slots(clauseOffset + heads.start(1), clauseOffset + heads.end(1)).get(0).entity().name();
                String y = ms.slots(clauseOffset + heads.start(2), clauseOffset + heads.end(2)).get(0).entity().name();
                String a = Signatories.placeHeadedBy(ctx, x), b = Signatories.placeHeadedBy(ctx, y);
                if (a != null && b != null && !a.equals(b)) {
                    here.add(Event.builder(EventType.SIGNING).parties(List.of(a, b)).agreement(kind).title(title).date(date)
                            .signatories(List.of(x, y)).evidence(new Span(ms.sentence().start(), ms.sentence().end())));
                }
            }
        }
        if (here.isEmpty()) {
            HeadsWhoAttendedThenSigned.Sides heads = HeadsWhoAttendedThenSigned.read(ms, verb[0]); // X,Y出席活动,并共同签署
            if (heads != null) {
                here.add(Event.builder(EventType.SIGNING).parties(heads.parties()).agreement(kind).title(title).date(date)
                        .signatories(heads.signers()).evidence(new Span(ms.sentence().start(), ms.sentence().end())));
            }
        }
        if (here.isEmpty()) {
            EventBuilder joint = jointSigning(ms, verb, kind, title, date);
            if (joint != null) {
                here.add(joint);
            }
        }
        if (here.size() == 1 && here.get(0).build().signatories() == null) {
            List<String> persons = Signatories.signatoriesBefore(ms, previousVerbEnd, verb[0]);
            if (!persons.isEmpty()) {
                here.get(0).signatories(persons);
            }
        }
        if (here.size() == 1 && here.get(0).build().signatories() == null && here.get(0).build().parties().size() == 2
                && Signatories.BOTH_HEADS.matcher(clause).find()) {
            List<String> heads = Signatories.headsOf(ctx, here.get(0).build().parties()); // 两市市长签署
            if (!heads.isEmpty()) {
                here.get(0).signatories(heads);
            }
        }
        if (Signatories.witnessedByThoseNamed(clause)) {
            here.forEach(e -> e.signatories(null)); // X和Y见证双方签署: the heads named watch the signing of their sides
        }
        return here;
    }

    /** Whether both sides of a signing told are places with no foreign country (two Taiwan or two mainland places). */
    private static boolean homePair(DocumentContext ctx, List<String> pair) {
        if (pair == null || pair.size() != 2) {
            return false;
        }
        for (String name : pair) {
            boolean home = ctx.entities.stream().anyMatch(e -> e.type().isPlace() && e.name().equals(name)
                    && (e.country() == null || "中国".equals(e.country())));
            if (!home) {
                return false;
            }
        }
        return true;
    }

    /** 港津双方, 沪港两地: the two sides written as the one-character names of two places (models/aliases.tsv). */
    private static final Pattern ABBREVIATED_SIDES = Pattern.compile("([\\p{IsHan}Ⓟ])([\\p{IsHan}Ⓟ])(?:双方|两地)");

    private static final class Aliases {
        static final dev.newsie.canon.AliasTable TABLE = dev.newsie.canon.AliasTable.load();
    }

    /**
     * 港津双方签署: each of the two characters before 双方 is a one-character name of a place the article names
     * in full (港 for 香港, 津 for 天津), so they are the two sides; null unless both are.
     */
    static List<String> abbreviatedPair(DocumentContext ctx, MaskedSentence ms, String clause, int clauseOffset) {
        Matcher a = ABBREVIATED_SIDES.matcher(clause);
        if (!a.find()) {
            return null;
        }
        String abbreviated1 = abbreviation(ms, clauseOffset + a.start(1)), abbreviated2 = abbreviation(ms, clauseOffset + a.start(2));
        if (abbreviated1 != null && abbreviated2 != null && !abbreviated1.equals(abbreviated2)) {
            return List.of(abbreviated1, abbreviated2); // 澳穗双方: the compound was read as the two places already
        }
        String first = Aliases.TABLE.resolve(a.group(1)), second = Aliases.TABLE.resolve(a.group(2));
        if (first.equals(a.group(1)) || second.equals(a.group(2)) || first.equals(second)
                || !namedPlace(ctx, first) || !namedPlace(ctx, second)) {
            return null;
        }
        return List.of(first, second);
    }

    /** The place a one-character mention at a masked position stands for (沪 of 沪港两地), or null. */
    private static String abbreviation(MaskedSentence ms, int maskedPos) {
        for (MaskedSentence.Slot slot : ms.slots(maskedPos, maskedPos + 1)) {
            if (slot.entity().type().isPlace() && slot.mention().end() - slot.mention().start() == 1) {
                return slot.entity().name();
            }
        }
        return null;
    }

    /**
     * 《穗澳新一轮合作备忘录》, 《关于深化穗澳金融合作的备忘录》: a document's title naming its two sides by their
     * one-character names (both places the article names in full); null unless two adjacent characters are.
     */
    static List<String> abbreviatedPairInTitle(DocumentContext ctx, String title) {
        Matcher t = TITLE_OPENING_PAIR.matcher(title);
        if (!t.find()) {
            return null;
        }
        String a = t.group(1), b = t.group(2);
        String first = Aliases.TABLE.resolve(a), second = Aliases.TABLE.resolve(b);
        boolean third = t.end() < title.length() && !Aliases.TABLE.resolve(title.substring(t.end(), t.end() + 1)).equals(title.substring(t.end(), t.end() + 1));
        if (first.equals(a) || second.equals(b) || first.equals(second) || third || !namedPlace(ctx, first) || !namedPlace(ctx, second)) {
            return null; // 粤港澳大湾区: three short names run together name a region, not two sides
        }
        return List.of(first, second);
    }

    /** The pair opening a title, or after 关于 and a verb of furthering (关于深化穗澳…). */
    private static final Pattern TITLE_OPENING_PAIR = Pattern.compile("^(?:关于)?(?:深化|加强|推进|推动|促进)?(\\p{IsHan})(\\p{IsHan})");

    private static boolean namedPlace(DocumentContext ctx, String name) {
        return ctx.entities.stream().anyMatch(e -> e.type().isPlace() && e.name().equals(name));
    }

    /** A note in brackets after a listed partner (丙市(1996年4月18日)): the date of that pair, in a listing. */
    static final String NOTE = "(?:[((][^()（）ⓅⓄⓇ]{0,16}[))])";
    /** A clause that is one pair (and the 分别 that hands the verb to each pair listed before it). */
    private static final String TWO_SIDES = "^[ⓅⓄ]+(?:与|和|同)[ⓅⓄ]+";
    private static final Pattern LAST_PAIR_RESPECTIVELY = Pattern.compile(TWO_SIDES + "(?:(?:也|还|均|都)?分别)?(?:正式|共同|一同)?$");
    private static final Pattern BARE_PAIR = Pattern.compile(TWO_SIDES + "$");

    /**
     * 甲与乙,丙与丁,戊与己分别缔结 (or 签订了, 正式缔结, 分别 left out): pairs set off by commas rather than 、 share the one verb, so
     * the clause of the verb reaches back over every clause before it that is a bare pair; else it stays where it starts.
     */
    static int commaListedPairsStart(String m, int start, int verbPos) {
        if (start == 0 || !LAST_PAIR_RESPECTIVELY.matcher(m.substring(start, verbPos)).matches()) {
            return start;
        }
        int s = start;
        while (s > 0) {
            int previous = SigningExtractor.clauseStart(m, s - 1);
            if (!BARE_PAIR.matcher(m.substring(previous, s - 1)).matches()) {
                break;
            }
            s = previous;
        }
        return s;
    }

    /** The count that may close a list of sides (甲、乙两市, 乙、丙、丁三市, 四个城市). */
    private static final String LIST_COUNT = "(?:[两二三四五六七八九十]+个?(?:市|地|省|县|区|城|城市|方))";

    /**
     * 甲市、乙市(两市)分别与丙市、丁县签署: two lists of the same length, paired in order by 分别 ("respectively"); an
     * adverb may stand before 分别 (甲、乙也分别与…), and each partner may carry a bracketed note (丙市(1996年4月)).
     */
    private static final Pattern RESPECTIVELY = Pattern.compile("((?:[ⓅⓄ]+[、和及])+[ⓅⓄ]+)" + LIST_COUNT + "?(?:也|还|又|均|都)?分别(?:与|和|同)((?:[ⓅⓄ]+"
            + NOTE + "?[、和及])+[ⓅⓄ]+" + NOTE + "?)(?:[^ⓅⓄⓇ]{0,6})$");
    /**
     * 甲市、乙市同丙国丁市、戊市签署: two lists of places joined by 、 facing each other across one 与/同/和, 分别 left
     * out; of the same length they are paired in order as with 分别 (each place of the genre's lists twins once), not
     * each with each. Not when the sides sign together (共同, 联合): one document of them all.
     */
    private static final Pattern LISTS_FACING = Pattern.compile("(?<![ⓅⓄ、和与及同])((?:[ⓅⓄ]+、)+[ⓅⓄ]+)(?:与|同|和)((?:[ⓅⓄ]+"
            + NOTE + "?、)+[ⓅⓄ]+" + NOTE + "?)(?![^ⓅⓄⓇ]*(?:共同|联合|三方|四方|多方))(?:[^ⓅⓄⓇ]{0,6})$");
    private static final Pattern NOTE_DATE = Pattern.compile("^[((](\\d{4})年(?:(\\d{1,2})月)?(?:(\\d{1,2})日)?");

    /**
     * 甲市与乙市、丙市、丁市(三市)分别签署: one side with each partner of a list that 分别 ("each") follows, a signing per
     * pair, not one signing of all the sides (a count before 分别 does not make them one document's parties). The
     * partners are joined by 、 only: 甲和乙、丙和丁分别签署 lists pairs, which the pairs rule reads.
     */
    private static final Pattern ONE_WITH_EACH = Pattern.compile("(?<![、和与])([ⓅⓄ]+)(?:与|和|同)((?:[ⓅⓄ]+[、及])+[ⓅⓄ]+)(?:等)?" + LIST_COUNT
            + "?(?:也|还|又|均|都)?分别(?:[^ⓅⓄⓇ]{0,6})$");

    private static List<EventBuilder> oneWithEach(MaskedSentence ms, String clause, int clauseOffset, String kind, String title, String date) {
        Matcher r = ONE_WITH_EACH.matcher(clause);
        if (!r.find()) {
            return List.of();
        }
        MaskedSentence.Slot one = ms.lastParty(clauseOffset + r.start(1), clauseOffset + r.end(1));
        List<MaskedSentence.Slot> partners = listed(ms, clauseOffset + r.start(2), clauseOffset + r.end(2));
        if (one == null || partners.size() < 2) {
            return List.of();
        }
        List<EventBuilder> out = new ArrayList<>();
        for (MaskedSentence.Slot partner : partners) {
            out.add(Event.builder(EventType.SIGNING).parties(List.of(SigningExtractor.partyName(one), SigningExtractor.partyName(partner)))
                    .agreement(kind).title(title).date(date).evidence(new Span(ms.sentence().start(), ms.sentence().end())));
        }
        return out;
    }

    private static List<EventBuilder> respectively(MaskedSentence ms, String clause, int clauseOffset, String kind, String title, String date) {
        Matcher r = RESPECTIVELY.matcher(clause);
        if (!r.find()) {
            r = LISTS_FACING.matcher(clause);
            if (!r.find()) {
                return List.of();
            }
        }
        List<MaskedSentence.Slot> left = listed(ms, clauseOffset + r.start(1), clauseOffset + r.end(1));
        List<MaskedSentence.Slot> right = listed(ms, clauseOffset + r.start(2), clauseOffset + r.end(2));
        if (left.size() != right.size() || left.size() < 2) {
            return List.of();
        }
        List<EventBuilder> out = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            String own = noteDate(ms.masked(), right.get(i).maskedPos() + 1);
            out.add(Event.builder(EventType.SIGNING).parties(List.of(SigningExtractor.partyName(left.get(i)), SigningExtractor.partyName(right.get(i))))
                    .agreement(kind).title(title).date(own != null ? own : date).evidence(new Span(ms.sentence().start(), ms.sentence().end())));
        }
        return out;
    }

    /** The ISO date of a bracketed note right after a listed partner (丙市(1996年4月18日)), or null. */
    private static String noteDate(String m, int after) {
        while (after < m.length() && (m.charAt(after) == '市' || m.charAt(after) == '县')) {
            after++;
        }
        Matcher d = NOTE_DATE.matcher(m.substring(after));
        if (!d.find()) {
            return null;
        }
        return d.group(1) + (d.group(2) == null ? "" : "-" + pad(d.group(2)) + (d.group(3) == null ? "" : "-" + pad(d.group(3))));
    }

    private static String pad(String n) {
        return n.length() == 1 ? "0" + n : n;
    }

    /** The party of each chain of a list (甲省乙市、丙市 → 乙, 丙); empty when one chain names none or only a country. */
    private static List<MaskedSentence.Slot> listed(MaskedSentence ms, int from, int to) {
        String m = ms.masked();
        List<MaskedSentence.Slot> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int j = i;
            while (j < to && (m.charAt(j) == MaskedSentence.PLACE || m.charAt(j) == MaskedSentence.ORG)) {
                j++;
            }
            MaskedSentence.Slot party = ms.lastParty(i, j);
            if (party == null || party.entity().type() == EntityType.COUNTRY) {
                return List.of();
            }
            out.add(party);
            i = j;
            while (i < to && m.charAt(i) != MaskedSentence.PLACE && m.charAt(i) != MaskedSentence.ORG) {
                i++; // the separator, and a bracketed note before it
            }
        }
        return out;
    }

    /**
     * A council, university or company signing for itself (not a government standing for its place): it cannot become
     * a sister city, so its friendly-exchange agreement is of kind OTHER (GOLD.md §3: SISTER_CITY relates places).
     */
    static boolean bodyFacingBody(MaskedSentence.Slot s, String partyName) {
        return s.entity().type() == EntityType.ORGANIZATION && partyName.equals(s.entity().name());
    }

    private static String ownKind(String kind) {
        return "SISTER_CITY".equals(kind) ? "OTHER" : kind;
    }

    /**
     * Several places 共同签署 one document (an alliance's founding memorandum): one signing with every place
     * named before the verb in the sentence, each the last unit of its administrative chain. Three or more.
     */
    private EventBuilder jointSigning(MaskedSentence ms, int[] verb, String kind, String title, String date) {
        String m = ms.masked();
        String before = m.substring(Math.max(0, verb[0] - 2), verb[0]);
        if (!(before.equals("共同") || before.equals("联合"))) {
            return null;
        }
        List<String> parties = SigningSides.placesBefore(ms, 0, verb[0]);
        if (parties.size() < 3) {
            return null;
        }
        return Event.builder(EventType.SIGNING).parties(parties).agreement(kind).title(title).date(date)
                .evidence(new Span(ms.sentence().start(), ms.sentence().end()));
    }
}
