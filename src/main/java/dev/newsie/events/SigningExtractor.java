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
 * SIGNING events: a signing verb (签署, 缔结…) with the pairs of parties before it. "A与B、C与D…分别签署" gives
 * one event per pair; each side is an administrative chain whose last place is the party (山西省运城市 → 运城).
 * A side "place + title + person" names the signatory too. The document's name after the verb gives the title
 * and the agreement kind. Background clauses (自…以来, …周年) are not signings.
 * <p>
 * This class walks the sentences and their signing verbs and decides, verb by verb, which clause tells a signing;
 * the parties come from {@link SigningPairs} and {@link SigningSides}, the document from {@link SigningDocuments},
 * the background test from {@link SigningBackground}, the signers from {@link Signatories}, the place from
 * {@link SigningPlace}, retellings from {@link SigningFollowUps} and {@link RetoldSignings}, lists of new pairs
 * and founded alliances from {@link ListedTwinnings}.
 */
final class SigningExtractor {
    /** 市府, 县府, 市政府: a bare government seat is the home side's own (在市府与乙市签署, in Taiwan reports). */
    static final String HOME_SEAT = "[市县]政?府|市政厅";
    private static final Pattern AT_HOME_SEAT = Pattern.compile("在(?:" + HOME_SEAT + ")");

    /** A clause this short that names no one (今天代表, 随后正式) is the verb's part of a sentence opened by its subject. */
    private static final int SHORT_CLAUSE = 12;
    /** 在甲市, 于日本: where an act took place, read before its verb. */
    private static final Pattern AT_PLACE = Pattern.compile("(?:在|于)Ⓟ+");
    /** 今天10日, 当天上午: a clause telling only when, between the sides and their verb. */
    private static final Pattern TIME_OF_ACT = Pattern.compile("\\d{1,2}日|今天|今日|昨天|昨日|当天|当日|同日|上午|下午|晚间");
    private static final String FORMALLY = "正式";
    /**
     * 甲与乙(的)友好城市协议书(在甲)(正式)签署: a clause whose subject is the document, the verb closing it (the passive
     * of the genre): the document names the kind; the pair is read from the clause as for any signing.
     */
    private static final Pattern PASSIVE_DOCUMENT = Pattern.compile(
            "(?:的|(?<=Ⓟ))([^,，。;；的Ⓟ]{0,16}?(?:协议书|协议|协定书|协定|备忘录|意向书|议定书))(?:(?:在|于)Ⓟ+)?(?:当天|当日|今天|今日|昨天|昨日|同日|正式|顺利|已)*$");
    /**
     * 在乙市与乙市市长Y签署: a clause opened by the place it happened at, then the partner — not a frame that 在 opens
     * around a pair (在甲与乙的见证下, 在甲与乙既有友好基础上, 在甲与乙的推动下).
     */
    private static final Pattern AT_PLACE_THEN_PARTNER = Pattern.compile(
            "在Ⓟ+(?=(?:与|和|同)(?![^,，。;；]*(?:见证|基础|前提|框架|推动|支持|帮助|努力|关心|促成)))");
    /** 在协议书上签字, 在《…备忘录》上郑重签字: the document named before the verb as the paper signed on. */
    private static final Pattern ON_THE_DOCUMENT = Pattern.compile("在(《[^》]{1,40}》|[^在。;；,，ⓅⓄ]{2,30}?)上(?:郑重|正式|共同|分别)?$");
    /** The verb of a passive signing ends its clause (…协议书正式签署。), with at most 了 or 完成 after it. */
    private static final Pattern PASSIVE_END = Pattern.compile("(?:了|完成)?(?:[。,，;；!！]|$)");
    private static final Pattern NAMES = Pattern.compile("[ⓅⓄⓇ]|两市|两地|两省|两城|双方|我|本");

    private final EventLexicon lexicon;

    private final SigningFollowUps followUps;

    private final SigningDocuments documents;

    private final SigningBackground signingBackground;

    private final SigningPairs pairs;

    /**
     * How many sentences after a signing its follow-ups (its signers, its document again) may still come: the next
     * sentence, or the one after when the document's aims are told between.
     */
    private static final int FOLLOW_UP_REACH = 2;

    SigningExtractor(EventLexicon lexicon) {
        this.lexicon = lexicon;
        this.followUps = new SigningFollowUps(lexicon);
        this.documents = new SigningDocuments(lexicon);
        this.signingBackground = new SigningBackground(lexicon, documents);
        this.pairs = new SigningPairs(documents);
    }

    /** A sister-city pair stated in a background signing clause (自2012年起陆续与甲、乙签署友好城市协议). */
    record Background(String a, String b, String since, Span evidence) {
    }

    /** @param background receives the sister-city pairs of background clauses, which are relations, not events */
    List<EventBuilder> extract(DocumentContext ctx, List<ForumExtractor.Forum> forums, List<Background> background) {
        List<EventBuilder> out = new ArrayList<>();
        EventBuilder lastEvent = null;
        int lastSigning = -2;
        // signings whose sentence gives no date of its own (a headline): their date is only the context's
        java.util.Set<EventBuilder> undated = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int si = 0; si < ctx.sentences.size(); si++) {
            if (RepeatedSentence.copiesAnEarlierOne(ctx, si)) {
                continue; // a caption repeating the lead: the signing it names is told already
            }
            MaskedSentence ms = ctx.masked.get(si);
            String m = ms.masked();
            List<EventBuilder> inline = SignedDocumentLines.inline(ctx, si, ms, lexicon, forums); // 签约项目包括:甲与乙…协议书、丙与丁…
            if (!inline.isEmpty()) {
                for (EventBuilder e : inline) {
                    lastEvent = RetoldSignings.mergeInto(out, e, ctx.bestDate(si) != null, undated);
                }
                lastSigning = si;
                continue;
            }
            // 甲区长X,乙市长Y分别代表各自一方签名 after a signing just told: its signers, each with his title, on
            // paper; 签字 there is no new act, however the signers are written (two or three, titled, joined by 和/与/、)
            boolean signersOfTheLast = lastEvent != null && lastSigning < si && lastSigning >= si - FOLLOW_UP_REACH
                    && lastEvent.build().signatories() == null && Signatories.eachSignsForASide(ms) && onlySignedOnPaper(m);
            boolean noSigningVerb = (signersOfTheLast || noSigningVerb(m)) && UnmarkedTwinningVerb.find(ctx, si, m, 0) == null;
            EventBuilder listed = noSigningVerb
                    ? SignedDocumentLines.line(ctx, si, ms, lexicon, forums) : null; // 签约项目如下: 甲与乙…意向书
            if (listed != null) {
                lastEvent = RetoldSignings.mergeInto(out, listed, ctx.bestDate(si) != null, undated);
                lastSigning = si;
                continue;
            }
            if (noSigningVerb) {
                if (lastEvent != null && (lastSigning == si - 1 || (lastSigning == si - FOLLOW_UP_REACH && Signatories.eachSignsForASide(ms)))) {
                    Signatories.signedBy(ms, lastEvent, 0);
                } else {
                    EventBuilder paper = followUps.signedOnPaper(ctx, si, ms);
                    if (paper != null) {
                        lastEvent = RetoldSignings.mergeInto(out, paper, ctx.bestDate(si) != null, undated);
                        lastSigning = si;
                    }
                }
                ListedTwinnings.foundedAlliance(ctx, si, ms, out);
            }
            if (ListedTwinnings.pairsListed(ctx, si, ms, forums, out, background, lexicon)) {
                continue;
            }
            // 并分别与乙、丙签订合作项目 right after a signing sentence: its subject is that sentence's
            EventBuilder continued = CONTINUING.matcher(m).lookingAt() && lastEvent != null && lastSigning == si - 1 ? lastEvent : null;
            String subject = continued == null ? null : continued.build().parties().get(0);
            int previousVerbEnd = 0;
            int lastVerbEnd = -1;
            for (int[] verb = noSigningVerb ? null : signingVerb(ctx, si, m, 0); verb != null;
                 previousVerbEnd = verb[1], verb = signingVerb(ctx, si, m, verb[1])) {
                if (previousVerbEnd > 0 && NESTED.matcher(m.substring(previousVerbEnd, verb[0])).matches()) {
                    continue; // 签署两市缔结友城关系协议: 缔结 describes the document the first verb signs
                }
                if (SigningBackground.isPlanned(m, verb[0]) || agreedToSign(m, verb)) {
                    continue; // 两市预定年底缔盟, 双方同意签署: not (yet) an act
                }
                if (TwinningAsANoun.nominal(m, verb, lexicon)) {
                    continue; // 对两市缔盟一事, 加速缔盟期程: the twinning named as a topic, not told as done
                }
                if (CountedTwinnings.counted(m, verb)) {
                    continue; // 成为甲与乙之间第二组缔盟, 缔盟案例: pairs counted, no act and no partners
                }
                // 缔结为 (conclude as) says what 结为 says: the two became sister cities, an act only on its day; told
                // without its day it states their relation (read as background below)
                // (a dated one, even long past, stays an act of its day: GOLD.md §7)
                // 论坛期间,甲与乙正式缔结为友好城市: formally concluded in a sentence placed in the event reported (a back
                // reference opens it) is the act of that event's day; elsewhere, without its own day, a standing relation
                // (缔结成为, "concluded to become", is the same frame with the two-character 成为)
                boolean concludedAs = m.startsWith("缔结", verb[0]) && (m.startsWith("为", verb[1]) || m.startsWith("成为", verb[1]))
                        && ctx.bestDate(si) == null
                        && !(m.startsWith(FORMALLY, verb[0] - FORMALLY.length())
                        && lexicon.words(EventLexicon.Role.BACK_REFERENCE).stream().anyMatch(m::startsWith));
                if (SigningFollowUps.LOOSE_TWINNING.matcher(m.substring(verb[0], verb[1])).matches() && !SigningFollowUps.toldOnADayOfItsOwn(ctx, si)
                        && !SigningFollowUps.toldAtItsCeremony(m, verb[0]) && !SigningFollowUps.toldWithinTheReportedEvent(ctx, si, m, verb[0])) {
                    continue; // 甲与乙结为友好城市 is an act only when told on its day (11月24日,…结为) or at its ceremony; else a state
                }
                // the same document named again further on (…签署了甲协议。…仪式上,X与Y共同签署了甲协议) is the act told again
                boolean sameDocument = lastEvent != null && lastEvent.build().title() != null
                        && lastEvent.build().title().equals(documents.documentName(ms, verb[1]));
                // X、Y分别代表双方签约 further on, when one signing has been told: its signers, however far the report went
                boolean signersOfTheOne = out.size() == 1 && lastEvent != null && lastEvent.build().signatories() == null
                        && SigningFollowUps.ON_BEHALF_OF_BOTH.matcher(m.substring(0, verb[0])).find();
                if (lastEvent != null && (lastSigning >= si - FOLLOW_UP_REACH || sameDocument || signersOfTheOne) && lastSigning < si && followUps.refersBack(ms, verb, lastEvent)) {
                    if (lastEvent.build().title() == null) {
                        lastEvent.title(documents.documentName(ms, verb[1]));
                    }
                    // 签约仪式举行。市长X与乙市市长Y分别代表两市签署协议书: the two who act for the sides signed it
                    Signatories.signedByAgents(ms, previousVerbEnd, verb[0], lastEvent);
                    continue; // 省长甲会见乙州州长丙一行,并共同签署协议书: the document just reported, now with its signers
                }
                if (lastEvent != null && lastSigning == si && followUps.signersOfTheSame(ms, previousVerbEnd, verb, lastEvent)) {
                    continue; // 两市签署友好城市关系协议书,协议由甲和乙签署
                }
                if (lastEvent != null && lastSigning == si && SignersForTheToldPair.signersOf(ms, previousVerbEnd, verb, lastEvent)) {
                    continue; // 甲与乙正式缔结友好城市关系,X,Y代表双方签署意向书: the same act by its two signers
                }
                String recalled = signingBackground.recalledYear(ctx, si, m, verb);
                if (concludedAs || toldAsBackground(ctx, ms, verb, recalled)) {
                    for (EventBuilder e : signingsAt(ctx, si, ms, verb, forums, subject, previousVerbEnd, SigningFollowUps.toldPair(out, ms, verb[0]))) {
                        Event b = e.build();
                        if ("SISTER_CITY".equals(b.agreement()) && b.parties().size() == 2) {
                            // 自2012年起陆续与甲、乙签署: the year starts the series, it is no one partner's since
                            boolean series = SigningBackground.opensASeries(m, verb);
                            String since = series ? null
                                    : SigningBackground.hasDatedNotes(m, verb) ? b.date() : SigningBackground.yearBefore(ctx, m, verb);
                            if (since == null && recalled != null && !series) {
                                // 他说,2003年4月21日甲与乙缔结…: the recalled day, as precise as the clause gives it
                                since = b.date() != null && b.date().startsWith(recalled) ? b.date() : recalled;
                            }
                            background.add(new Background(b.parties().get(0), b.parties().get(1), since, b.evidence()));
                        }
                    }
                } else if (!out.isEmpty() && referredToAgain(m, verb)) {
                    continue; // 缔盟之后,双方互赠纪念品; 见证了协议的签署: the act already told, referred to again
                } else if (!out.isEmpty() && THIS_ACT.matcher(m.substring(clauseStart(m, verb[0]), verb[0])).find()) {
                    // 此次缔结姊妹市代表着…: the act told, named again as "this one"; two places it names outright
                    // (此次甲与乙缔结友好城市) are still stated to be sister cities, a relation
                    String own = m.substring(clauseStart(m, verb[0]), verb[0]);
                    if (!SigningPairs.BOTH_SIDES.matcher(own).find() && !SigningPairs.BOTH_SIDES.matcher(
                            m.substring(clauseStart(m, Math.max(0, clauseStart(m, verb[0]) - 1)), verb[0])).find()) {
                        for (EventBuilder e : signingsAt(ctx, si, ms, verb, forums, subject, previousVerbEnd, SigningFollowUps.toldPair(out, ms, verb[0]))) {
                            Event b = e.build();
                            if ("SISTER_CITY".equals(b.agreement()) && b.parties().size() == 2) {
                                background.add(new Background(b.parties().get(0), b.parties().get(1), null, b.evidence()));
                            }
                        }
                    }
                    continue;
                } else if (lastVerbEnd < 0 && subject == null && SecondPartnerClause.follows(m, previousVerbEnd, verb[0])) {
                    continue; // 我市还与乙签署…,与丙签署…: the subject not read, so no pair of the two partners
                } else {
                    List<EventBuilder> found = signingsAt(ctx, si, ms, verb, forums, subject, previousVerbEnd, SigningFollowUps.toldPair(out, ms, verb[0]));
                    UnmarkedTwinningVerb.dropTitlesOfAStanding(m.substring(verb[0], verb[1]), found);
                    // 同时,丙与丁签署了…: the signing just told lends its day, which then counts as the sentence's own
                    boolean sameTime = lastEvent != null && lastSigning == si - 1 && lastEvent.build().date() != null
                            && AtTheSameTime.carriesOver(ms.masked(), verb[0]);
                    boolean ownDate = ctx.bestDate(si) != null || sameTime;
                    for (EventBuilder e : found) {
                        if (sameTime) {
                            AtTheSameTime.takeTimeAndPlace(e, lastEvent);
                        }
                        if (continued != null && e.parties().get(0).equals(subject)) {
                            if (e.location() == null) {
                                e.location(continued.location()); // 并分别与…签订: the same ceremony goes on
                            }
                            if (introducedAsPartner(ms, e.parties().get(1))) {
                                // 并分别与德国友城乙市签订合作项目: the words state the twinning of the carried subject
                                background.add(new Background(subject, e.parties().get(1), null, e.build().evidence()));
                            }
                        }
                        if (SigningFollowUps.isConsequence(e, lastEvent, lastSigning == si)) {
                            // 签署友好合作关系意向书,缔结友好合作城市: the twinning the document makes, a relation
                            Event b = e.build();
                            background.add(new Background(b.parties().get(0), b.parties().get(1), b.date(), b.evidence()));
                            continue;
                        }
                        lastEvent = RetoldSignings.mergeInto(out, e, ownDate, undated, found.size() == 1);
                        if (!ownDate && lastEvent == e) {
                            undated.add(e);
                        }
                        lastSigning = si;
                        lastVerbEnd = verb[1];
                    }
                    if (!found.isEmpty()) {
                        subject = found.get(0).parties().get(0);
                    } else if (lastEvent != null && lastSigning >= si - 1) {
                        Signatories.signedByAgents(ms, lastSigning == si ? previousVerbEnd : 0, verb[0], lastEvent);
                    }
                }
            }
            if (lastSigning == si && lastVerbEnd >= 0 && lastEvent != null) {
                Signatories.signedBy(ms, lastEvent, lastVerbEnd); // 两市签署了协议书,甲与乙分别代表两市在协议书上签字
            }
            if (lastSigning == si && lastVerbEnd >= 0) {
                // …,丙与丁建立友城关系意向书。: the sentence's last item, its verb left out
                EventBuilder trailing = SignedDocumentLines.trailingItem(ctx, si, ms, lexicon, forums, lastVerbEnd);
                if (trailing != null) {
                    lastEvent = RetoldSignings.mergeInto(out, trailing, ctx.bestDate(si) != null, undated);
                }
            }
        }
        for (EventBuilder e : out) {
            if (e.build().date() == null && e.build().evidence() != null && e.build().evidence().start() == 0) {
                SigningFollowUps.datedByLead(ctx, e); // told only in the headline
            }
            if (RecalledEarlierSigning.recalled(ctx.reference, e.build().date())) {
                continue; // a signing of years before: the visit and meeting the report tells are not its scene
            }
            if (e.location() == null) {
                e.location(SigningPlace.hostOfVisitingParty(ctx, e.build())); // 乙市市长X率团访问甲。当天,双方签署: at 甲's
            }
            if (e.location() == null) {
                e.location(GuestsOfAMeeting.hostPlaceInReport(ctx, e.parties(), lexicon)); // told in the headline, met for in the body
            }
            if (e.location() == null) {
                e.location(SigningPlace.ofLeadTrip(ctx, e.build())); // 甲市长率团访问了乙市。…双方签署了: where the lead's trip went
            }
        }
        MarkedDocumentSigned.read(ctx, out, lexicon, signingBackground); // 《甲与乙…协议书》签署: the document's full name, its sides, where
        MetThenSigned.fill(ctx, out, lexicon); // 市长X会见了乙市市长Y一行,就…会谈,并签署了…: the two who met
        TwinningMemoranda.mark(ctx, out); // 签署友好合作关系备忘录。…缔结友城: the memorandum made the twinning
        RetoldSignings.dropCountedSummaries(out);
        DescribedDocuments.dropDescriptions(ctx.text, out); // 签订了深化两地港口往来的合作协议: a description names no document
        SeveralSidesSigning.absorbPairs(out);
        CouncilsBesideGovernments.placesForCouncils(out, ctx.entities);
        SameDaySigningPlace.share(out); // 签约仪式上,乙局与丙公司签署…: where that day's other signings were
        CountedDocumentsSigned.read(ctx, out, lexicon); // 签署甲、乙等2项合作备忘录: two documents, two signings
        return out;
    }

    /** The signings of the clause that ends at one signing verb. */
    private List<EventBuilder> signingsAt(DocumentContext ctx, int si, MaskedSentence ms, int[] verb, List<ForumExtractor.Forum> forums,
                                          String subject, int previousVerbEnd, List<String> toldPair) {
        String m = ms.masked();
        {
            int start = clauseStart(m, verb[0]);
            boolean attributive = m.startsWith("的", verb[1]); // 这次签署的协议: a document referred to, not a signing told
            // 于日本正式缔结为姊妹市: a place the act happened at names no side of it
            String unplaced = AT_PLACE.matcher(m.substring(start, verb[0])).replaceAll("");
            if (start > 0 && !attributive && verb[0] - start <= SHORT_CLAUSE && !NAMES.matcher(unplaced).find()) {
                int end = start;
                start = clauseStart(m, start - 1); // 甲市长X与乙市长Y,今天(20日)代表签署: the pair is the clause before
                String between = m.substring(start, end - 1);
                boolean standing = DecidedStanding.isStanding(between);
                if (start > 0 && (MannerClause.isManner(between) || standing
                        || (between.length() <= SHORT_CLAUSE && TIME_OF_ACT.matcher(between).find() && !NAMES.matcher(between).find()))) {
                    // 甲市长X与乙州州长,以视讯方式,共同签署; 甲与乙…,选在今天10日,正式缔结: a manner or time clause between
                    int standingStart = start;
                    start = clauseStart(m, start - 1);
                    // 甲与乙,经过多年往来和多轮磋商,决定建立友好关系,签字仪式…: how they came to the standing, one more clause back
                    if (start > 0 && standing && DecidedStanding.isConsultation(m.substring(start, standingStart - 1))) {
                        start = clauseStart(m, start - 1);
                    }
                }
            }
            start = SigningPairs.commaListedPairsStart(m, start, verb[0]);
            String clause = m.substring(start, verb[0]);
            int clauseOffset = verb[0] - clause.length();
            String title = documents.documentName(ms, verb[1]);
            // a sentence of several signings split by semicolons: each verb's document is in its own part
            String kind = lexicon.agreementKind(title != null ? title : m.substring(verb[0], ownPartEnd(m, verb[1])));
            Matcher docFirst = SigningAgents.DOCUMENT_THEN_AGENTS.matcher(clause);
            if (title == null && docFirst.find()) {
                kind = lexicon.agreementKind(docFirst.group(1)); // 第二份合作备忘录由甲与乙签署: the document comes first
            }
            Matcher onPaper = ON_THE_DOCUMENT.matcher(clause);
            if (title == null && kind.equals("OTHER") && onPaper.find()) {
                // 甲市长X与乙市长Y在友好城市协议书上签字: the document signed is the one the names were put on
                String named = documents.documentName(ms, clauseOffset + onPaper.start(1));
                if (named != null) {
                    title = named;
                    kind = lexicon.agreementKind(named);
                }
            }
            Matcher signedDocument = PASSIVE_DOCUMENT.matcher(clause);
            if (title == null && signedDocument.find() && PASSIVE_END.matcher(m.substring(verb[1])).lookingAt()) {
                kind = lexicon.agreementKind(signedDocument.group(1)); // 甲与乙的友好城市协议书在甲正式签署: the document is the subject
            }
            if (title == null && (m.startsWith("仪式", verb[1]) || m.startsWith("仪式", verb[1] - 2))) {
                // 甲与乙友好城市签约仪式, 《…协议书》的签署仪式: a ceremony names its document before the verb
                String rest = m.substring(verb[1]);
                int end = rest.indexOf('，') < 0 ? rest.length() : rest.indexOf('，');
                if (SigningBackground.PLANNED.matcher(rest.substring(0, Math.min(end, rest.indexOf(',') < 0 ? end : rest.indexOf(',')))).find()) {
                    return List.of(); // 签约仪式将于明天举行: not (yet) an act
                }
                String[] named = SigningDocuments.ceremonyDocument(ms, clause, clauseOffset);
                // 举行两市建立…协议书签署仪式: the same test of a title as a document after the verb (titleOrNull)
                String document = named[0] == null ? documents.titleOrNull(named[1]) : null;
                if (document != null && lexicon.words(EventLexicon.Role.DOC).stream().anyMatch(document::endsWith)
                        && !NAMES.matcher(document).find()) {
                    named[0] = document; // 甲与乙友好城市关系协议签字仪式: the document's name stands before the verb
                }
                title = named[0];
                kind = lexicon.agreementKind(named[1]);
                if (kind.equals("OTHER") && lexicon.words(EventLexicon.Role.TWINNED).contains(m.substring(verb[0], verb[1]))) {
                    kind = "SISTER_CITY"; // 甲与乙举行缔盟仪式: the ceremony's own word says they twinned
                }
            }
            if (title == null && kind.equals("OTHER") && m.startsWith("签约", verb[0])) {
                // 见证了甲与乙、丙与丁友好城市签约: the standing named just before the noun-like 签约 is what was signed
                Matcher standing = STANDING_BEFORE_SIGNING.matcher(m.substring(clauseStart(m, verb[0]), verb[0]));
                if (standing.find()) {
                    kind = lexicon.agreementKind(standing.group(1));
                }
            }
            if (title == null && !kind.equals("SISTER_CITY")) {
                String ceremony = CeremonyOfABareDocument.kind(lexicon, m, verb); // 举行"姊妹镇缔结签字仪式",…共同签署协议
                if (ceremony != null) {
                    kind = ceremony;
                }
            }
            if (title == null && kind.equals("OTHER") && si > 0) {
                // 两市友好城市协议书签字仪式在甲举行。甲市长X与乙市长Y分别代表两市签字: the ceremony just told names the document
                Matcher told = CEREMONY_OF_DOCUMENT.matcher(ctx.sentences.get(si - 1).text());
                if (told.find()) {
                    kind = lexicon.agreementKind(told.group(1));
                }
            }
            if (title == null && kind.equals("OTHER")) {
                return List.of();
            }
            String word = m.substring(verb[0], verb[1]);
            if ((word.equals("交换") || word.equals("互换")) && (title == null || !m.startsWith("文本", verb[1] + (m.indexOf(title, verb[1]) < 0
                    ? 0 : m.indexOf(title, verb[1]) - verb[1] + title.length())))) {
                return List.of(); // 交换协议文本 completes a signing; 交换意见, 互换礼物 do not
            }
            int ownClause = clauseStart(m, verb[0]);
            String beforeVerb = m.substring(ownClause, verb[0]);
            if ((!NAMES.matcher(beforeVerb).find() || OPINION.matcher(beforeVerb).find()) && !m.startsWith("仪式", verb[1])
                    && STATEMENT_ABOUT_SIGNING.matcher(m.substring(verb[1])).lookingAt()) {
                return List.of(); // 两市相似,签署备忘录有助于…: signing spoken of as a means, not told as an act
            }
            String date = clauseDate(ctx, si, ms.textOffset(verb[0]));
            if (!kind.equals("LETTER_OF_INTENT") && !kind.equals("SISTER_CITY") && !kind.equals("ALLIANCE")
                    && twinnedBySigning(m, verb)) {
                // 签订交流备忘录并结为姊妹市: the memorandum makes them sister cities
                kind = "SISTER_CITY";
            }
            List<EventBuilder> here = pairs.before(ctx, ms, verb, clause, clauseOffset, kind, title, date, subject,
                    previousVerbEnd, toldPair);
            // 甲大学与乙州三所大学签署: the place of counted bodies is no side, and the bodies are not named
            here = new ArrayList<>(here);
            here.removeIf(e -> CountedBodiesOfAPlace.placeOfCountedBodies(ms, clauseOffset, verb[0], e));
            Matcher atThenPartner = AT_PLACE_THEN_PARTNER.matcher(clause);
            if (here.isEmpty() && atThenPartner.lookingAt()) {
                // …率团赴日本,在乙市与乙市市长Y签署: the place after 在 is where, not who; the clause goes on from 与
                here = pairs.before(ctx, ms, verb, clause.substring(atThenPartner.end()), clauseOffset + atThenPartner.end(), kind, title,
                        date, subject, previousVerbEnd, toldPair);
            }
            if (here.isEmpty() && subject == null) {
                EventBuilder led = DelegationVisitSigning.signing(ctx, ms, verb[0], kind, title, date); // 甲县长率团前往乙市考察,并签订
                if (led != null) {
                    here = new ArrayList<>(List.of(led));
                }
            }
            if (here.isEmpty() && subject == null) {
                // 我校与甲市人民政府签订, 甲大学分别同有关院校签订: only one side is named, and it alone is the party
                here = new ArrayList<>(OneNamedSide.signings(ms, clauseStart(m, verb[0]), verb[0], kind, title, date));
            }
            List<EventBuilder> toldFirst = List.copyOf(here); // a further document takes the sides of the first, not of another further one
            for (String further : title == null ? List.<String>of() : documents.furtherDocuments(ms, verb[1])) {
                for (EventBuilder e : toldFirst) {
                    // 签署了《甲备忘录》及《乙协议》: each document listed is a signing of its own
                    Event b = e.build();
                    List<String> own = SigningDocuments.partiesNamedIn(ms, further); // 《丙大学与丁大学…协议书》: its own sides
                    if (own == null && toldFirst.size() > 1) {
                        continue; // 甲与乙、丙签署了《X》和《Y》: which pair signed which is not said; each pair's first document stands
                    }
                    if (own == null) {
                        own = SigningPairs.abbreviatedPairInTitle(ctx, further); // 《沪港…备忘录》: the sides by their short names
                    }
                    here.add(Event.builder(EventType.SIGNING).parties(own != null ? own : b.parties()).agreement(lexicon.agreementKind(further))
                            .title(further).date(b.date()).signatories(b.signatories()).evidence(b.evidence()));
                }
            }
            String place = SigningPlace.afterAt(ms, clauseOffset, verb[0]);
            if (place == null) {
                place = SigningPlace.here(ctx, ms, verb[0]);
            }
            if (place == null) {
                place = SigningScene.frontedPlace(ms, verb[0]); // 10日,在甲市,乙与丙签署
            }
            if (place == null) {
                place = SigningPlace.ofVisitOrCeremony(ms, verb[0]);
            }
            if (place == null) {
                place = SigningPlace.venueTown(ctx, ms, verb[0]); // 于甲中央文化会馆举办缔盟仪式
            }
            if (place == null) {
                place = SigningPlace.ofVisitJustTold(ctx, si);
            }
            if (place == null && ctx.bestDate(si) == null) {
                place = SigningPlace.ofCeremonyJustTold(ctx, si); // a sentence with a day of its own tells another scene
            }
            if (place == null && !here.isEmpty() && VISITING_PARTNER.matcher(clause).find()) {
                place = here.get(0).parties().get(0); // 甲市长今日与来访的乙市长签署: the host's place
            }
            if (place == null && !here.isEmpty() && AT_HOME_SEAT.matcher(clause).find()) {
                place = here.get(0).parties().get(0); // 甲市长在市府与乙市签署: at 甲's own city hall
            }
            boolean pastYears = PastYearsFrame.frames(ctx, si);
            for (EventBuilder e : here) {
                if (place != null) {
                    e.location(place);
                }
                if (pastYears) {
                    e.date(null); // 近年来…其中,甲与乙签署了备忘录: of those years, not of the report's day or scene
                    continue;
                }
                if (RecalledEarlierSigning.recalled(ctx.reference, e.build().date())) {
                    continue; // 2017年,甲与乙签署… in a later report: where only its own sentence says, not the report's scene
                }
                SigningPlace.attachToForum(ctx, si, e, forums);
                boolean datelineNews = SigningPlace.isDatelineNews(ctx, e.date()) || SigningPlace.endsOnDatelineDay(ctx, ctx.bestActDate(si))
                        || SigningPlace.undatedLeadOfItsDateline(ctx, si, ms, e);
                if (e.location() == null && datelineNews && !SigningPlace.REMOTE.matcher(ms.sentence().text()).find()
                        && !SigningPlace.continuesRemoteCeremony(ctx, si) && !SigningPlace.tripAwayFromDateline(ctx, ms)) {
                    e.location(ctx.datelineCity());
                }
                if (e.location() == null) {
                    e.location(SigningPlace.ofHeadlineCeremony(ctx));
                }
                if (e.location() == null) {
                    e.location(SigningPlace.hostOfDelegation(ctx, si, e.parties(), e.build().date())); // 乙市代表团出席签约仪式: at 甲's
                }
                if (e.location() == null) {
                    e.location(DelegationSignsWithHost.place(ctx, ms, verb[0], e.parties())); // 代表团与甲市签署: at 甲
                }
                if (e.location() == null) {
                    e.location(GuestsOfAMeeting.hostPlace(ctx, si, e.parties())); // 会见了乙市市长Y一行,并与乙市签订: at 甲's
                }
                if (e.location() == null && ctx.bestDate(si) == null) {
                    // 乙市市长访问甲市。两市市长签署: at 甲 (a sentence with a day of its own may tell another time)
                    e.location(SigningPlace.visitedSideJustTold(ctx, si, e.parties()));
                }
                if (e.location() == null && ctx.bestDate(si) == null) {
                    e.location(GatheringScene.placeOf(ctx, si)); // …在甲开幕。开幕式上,乙与丙签署: where the gathering was
                }
                String after = SigningPlace.ofCeremonyToldAfter(ctx, si);
                if (after == null) {
                    after = SigningPlace.ofVisitThatDayToldAfter(ctx, si, e.parties()); // 甲乡长今天率领访问团造访乙市
                }
                if (after != null && (e.location() == null || e.location().equals(ctx.datelineCity()))) {
                    e.location(after); // 甲与乙签署盟约。签约仪式在甲的…举行: the ceremony's place, not the reporter's
                }
            }
            return here;
        }
    }

    /**
     * 甲市政府, 乙县人民政府, 丙市人民委员会 (a Vietnamese or Lao city's government), 丁市政局 (a Malaysian city council,
     * the city's local government): a local government signs for its
     * place (GOLD.md §7), so the party is the place. So does a place's party committee (甲市委, 乙省委), which is
     * how a signer's office is often written (甲市委书记某某与…签署). An autonomous region's or special city's suffix stays
     * with its name (甲族自治区人民政府 → 甲族自治区, 乙特别市政府 → 乙特别市), which canonical() then shortens.
     */
    private static final Pattern GOVERNMENT = Pattern.compile("^(\\p{IsHan}{2,}?(?:自治[区州县]|特别市|广域市|特别自治市)?)(?:特别行政区|特区)?"
            + "(?:(?:市|县|省|州|区|郡|道)?(?:人民)?(?:政府|市府|县府|郡厅|道厅|人民委员会|市政局)|(?:市|县|省|区)委)$");

    /**
     * 庆尚北道庆州市人民政府, 江苏省苏州市人民政府, 甲州乙市政府 (a US or Australian city's government named with its
     * state): a city's government named with its province or state before it signs for the city. 州 and 府 also end
     * many cities' own names (广州, 福州, 北九州), so 州 counts only with two or more characters after it, and 府 never.
     */
    private static final Pattern PROVINCE_BEFORE_CITY = Pattern.compile("^\\p{IsHan}{2,4}?[道省州](?=\\p{IsHan}{2,}$)");

    /**
     * 上海市黄浦区人民政府, 玉溪市元江县人民政府: a district's or county's government named with its city before it
     * signs for the district or county, which is the side (the city is only its address).
     */
    private static final Pattern CITY_BEFORE_DISTRICT = Pattern.compile("^\\p{IsHan}{2,4}?市(?=\\p{IsHan}{2,}$)");
    /** The level word right after a government's place: a district's or county's. */
    private static final Pattern DISTRICT_LEVEL = Pattern.compile("^[区县]");

    /** The place a government or party committee belongs to (甲市人民政府 → 甲), or null for any other name. */
    static String placeOfGovernment(String name) {
        Matcher g = GOVERNMENT.matcher(name);
        if (!g.matches()) {
            return null;
        }
        String place = PROVINCE_BEFORE_CITY.matcher(g.group(1)).replaceFirst("");
        return DISTRICT_LEVEL.matcher(name.substring(g.end(1))).find() ? CITY_BEFORE_DISTRICT.matcher(place).replaceFirst("") : place;
    }

    static String partyName(MaskedSentence.Slot s) {
        String name = s.entity().name();
        if (s.entity().type() == EntityType.ORGANIZATION) {
            String government = placeOfGovernment(name);
            if (government != null) {
                return government;
            }
            String township = TownshipOffices.placeOf(name);
            if (township != null) {
                return township;
            }
        }
        return name;
    }

    /**
     * Whether the verb tells its act as background (自…以来, an earlier year, a speaker's recollection {@code recalled}),
     * a relation with its since rather than an act the report tells — unless it narrates a named document signed at its
     * time, or a twinning whose own clause writes its year (GOLD.md §7).
     */
    private boolean toldAsBackground(DocumentContext ctx, MaskedSentence ms, int[] verb, String recalled) {
        String m = ms.masked();
        if (signingBackground.isBackground(m, verb)) {
            return true;
        }
        return (SigningBackground.isEarlierYear(ctx, m, verb) || recalled != null) && !signingBackground.isNarratedSigning(ms, verb)
                && !(recalled == null && signingBackground.isTwinningOfItsYear(ms, verb));
    }

    /**
     * Whether a twinning told after the signing verb is the document's doing (签署合作备忘录并缔结姊妹市): not one
     * told after a semicolon (…签订合作协议;2022年,…希望缔结友好城市), which is another clause's, nor one only planned
     * (签署合作备忘录,并计划于明年缔结友好城市关系).
     */
    private boolean twinnedBySigning(String m, int[] verb) {
        int end = partEnd(m, verb[1]);
        for (int[] t = lexicon.find(EventLexicon.Role.TWINNED, m, verb[0]); t != null && t[1] <= end;
             t = lexicon.find(EventLexicon.Role.TWINNED, m, t[0] + 1)) {
            if (t[0] >= verb[1] && OWN_PAIR_AFTER_COMMA.matcher(m.substring(verb[1], t[0])).find()) {
                continue; // 在甲省与乙省…签约仪式上,我区与丙市缔结为友好城市: the twinning of a pair of its own
            }
            if (t[0] >= verb[1] && SINCE_THE_TWINNING.matcher(m).region(t[1], m.length()).lookingAt()) {
                continue; // 签署备忘录,这是两市建立友好城市关系以来的又一成果: the twinning is the time counted from
            }
            if (t[0] < verb[1] || !SigningBackground.isPlanned(m, t[0])) {
                return true;
            }
        }
        return false;
    }

    /** 以来, 之后, 30周年 right after a twinning: a time counted from it, not what the document did. */
    private static final Pattern SINCE_THE_TWINNING = Pattern.compile("以来|后|之后|\\d{1,3}(?:周年|年)");

    /**
     * …,甲与乙 (or 我区与乙) after a comma: a clause naming a pair of its own; …,并与丙 names a partner of its own, whose
     * twinning does not make the first document a twinning (签署合作备忘录,并与丙缔结姊妹市).
     */
    private static final Pattern OWN_PAIR_AFTER_COMMA = Pattern.compile("[,，](?:[^,，]*?(?:[ⓅⓄ]|我[市区县省镇])|(?:并|还|同时|另|也|又)?)(?:与|和|同)[ⓅⓄ]");

    /** The next verb of signing at or after {@code from}: a lexicon's word, or a twinning verb read only in a dated sentence. */
    private int[] signingVerb(DocumentContext ctx, int si, String m, int from) {
        int[] word = lexicon.find(EventLexicon.Role.SIGN, m, from);
        int[] unmarked = UnmarkedTwinningVerb.find(ctx, si, m, from);
        return unmarked != null && (word == null || unmarked[0] < word[0]) ? unmarked : word;
    }

    /**
     * No verb of signing, or only 签字 where two people sign on a named document (甲与乙在…意向书上签字), which is
     * read as a follow-up of the talks, not as a verb with its sides before it.
     */
    private boolean noSigningVerb(String m) {
        if (lexicon.find(EventLexicon.Role.SIGN, m, 0) == null) {
            return true;
        }
        return onlySignedOnPaper(m) && SigningFollowUps.signsOnPaper(m);
    }

    /** Whether every signing verb of the sentence is 签字 (someone signs on paper, no verb of an act of its own). */
    private boolean onlySignedOnPaper(String m) {
        for (int[] v = lexicon.find(EventLexicon.Role.SIGN, m, 0); v != null; v = lexicon.find(EventLexicon.Role.SIGN, m, v[1])) {
            if (!m.startsWith("签字", v[0])) {
                return false;
            }
        }
        return true;
    }

    /** A document's signing ceremony (甲乙友好城市协议书签字仪式), group 1 the document. */
    private static final Pattern CEREMONY_OF_DOCUMENT = Pattern.compile(
            "([^,，。;；]{2,30}?(?:协议书|协议|协定书|协定|备忘录|意向书|盟约))(?:的)?(?:签字|签约|签署)仪式");

    /**
     * A kind of standing between places right before 签约 (友好城市签约, 姊妹市签约, 友好交流城市签约), the noun also as the
     * object of a light verb (甲与乙、丙进行了友好城市签约).
     */
    private static final Pattern STANDING_BEFORE_SIGNING = Pattern.compile(
            "[ⓅⓄ]的?(?:(?:正式|现场)?进行了?)?((?:友好|姊妹|姐妹|友谊)(?:交流|合作)?(?:城市|省州|市|城|州|县)|友城)(?:正式|现场)?$");

    /** 双方同意签署, 商定签署, 两地约定(说好)缔结: the sides agreed to sign, which plans the act rather than tells it (GOLD.md §7). */
    private static final Pattern AGREED_TO_SIGN = Pattern.compile("同意|商定|议定|约定|说好");
    /** 双方就签署协议达成一致: an agreement reached about signing, not the signing. */
    private static final Pattern AGREEMENT_REACHED = Pattern.compile("[^,，。;；:：]{0,30}?达成");

    static boolean agreedToSign(String m, int[] verb) {
        String before = m.substring(clauseStart(m, verb[0]), verb[0]);
        return AGREED_TO_SIGN.matcher(before).find()
                || (before.endsWith("就") && AGREEMENT_REACHED.matcher(m.substring(verb[1])).lookingAt());
    }

    /** Where the semicolon-separated part holding a position ends (the next semicolon, or the sentence's end). */
    static int partEnd(String m, int pos) {
        for (int i = pos; i < m.length(); i++) {
            if (m.charAt(i) == ';' || m.charAt(i) == '；') {
                return i;
            }
        }
        return m.length();
    }

    /**
     * Where the words that say what a verb's signing was end: the next semicolon, or, where another signing verb
     * follows in a later clause (甲与乙缔结友好省州关系,丙与丁签署…意向书), the comma before that clause, so that the
     * next signing's document does not name this one's kind.
     */
    private int ownPartEnd(String m, int afterVerb) {
        int end = partEnd(m, afterVerb);
        int[] next = lexicon.find(EventLexicon.Role.SIGN, m, afterVerb);
        if (next == null || next[0] >= end) {
            return end;
        }
        int comma = Math.max(m.lastIndexOf(',', next[0]), m.lastIndexOf('，', next[0]));
        return comma > afterVerb ? comma : end;
    }

    /** Where the clause starting at {@code from} ends: its punctuation (the marks {@link #clauseStart} reads, or 。), or the sentence's end. */
    static int clauseEnd(String m, int from) {
        for (int i = from; i < m.length(); i++) {
            char c = m.charAt(i);
            if (c == ',' || c == '，' || c == ';' || c == '；' || c == ':' || c == '：' || c == '。') {
                return i;
            }
        }
        return m.length();
    }

    static int clauseStart(String m, int verbPos) {
        int s = 0;
        for (int i = 0; i < verbPos; i++) {
            char c = m.charAt(i);
            if (c == ',' || c == '，' || c == ';' || c == '；' || c == ':' || c == '：') {
                s = i + 1;
            }
        }
        return s;
    }

    /** 签署友好关系备忘录有助于…, 签署协议将为…: the signing is the subject of a statement about what it brings. */
    private static final Pattern STATEMENT_ABOUT_SIGNING = Pattern.compile(
            "[^,，。;；:：]{0,30}?(?:有助|有利|必将|必然|将为|将会|将进一步|能够|可以|可为|意味着|标志着)");

    /**
     * 相信双方签署备忘录有助于…, 认为两市签约将为…: an opinion about what a signing brings, even with its sides named,
     * speaks of the signing rather than telling it.
     */
    private static final Pattern OPINION = Pattern.compile("相信|认为|深信|坚信");

    /** 缔盟之后, 签署协定后(,)互赠礼物: a time clause after the act already told, not a second act. */
    private static final Pattern AFTER_THE_ACT = Pattern.compile("[^,，。;；:：Ⓟ《]{0,20}?(?:之后|以后|后)(?![的续来期勤方])");

    /** A signing verb in a time clause after the act (签署协定后) or as a noun (协议的签署), once a signing was told. */
    private static boolean referredToAgain(String m, int[] verb) {
        return AFTER_THE_ACT.matcher(m.substring(verb[1])).lookingAt()
                || (verb[0] > 0 && m.charAt(verb[0] - 1) == '的' && !m.startsWith("仪式", verb[1]));
    }

    /** 友城乙市, 友好城市乙市: the partner named right after its standing as a sister city. */
    private static final Pattern PARTNER_STANDING = Pattern.compile("(?:" + SigningPairs.PARTNER_LINK + ")Ⓟ*$");

    private static boolean introducedAsPartner(MaskedSentence ms, String partner) {
        for (MaskedSentence.Slot s : ms.slots()) {
            if (partyName(s).equals(partner) && PARTNER_STANDING.matcher(ms.masked().substring(Math.max(0, s.maskedPos() - 6), s.maskedPos())).find()) {
                return true;
            }
        }
        return false;
    }

    /** A sentence opening with "and (also) with…", its subject left out: 并分别与, 还与, 此外还同. */
    private static final Pattern CONTINUING = Pattern.compile("^(?:并|还|另|另外|此外|同时|也|又)[,，]?(?:还|并|又|也)?(?:分别)?(?:与|同|和)");

    /** 此次缔结姊妹市代表着…, 这次签约: the act named as "this one", once it was told, is the act told again. */
    private static final Pattern THIS_ACT = Pattern.compile("(?:此次|这次|本次|是次|今次|此番)(?:正式|成功)?$");

    /** 与来访的乙市长签署, 与到访的乙市代表团签署: the partner came to the host, so the host's place is where. */
    private static final Pattern VISITING_PARTNER = Pattern.compile("(?:与|同|和)(?:率团)?(?:来访|到访)的");

    /** 两市, 双方, 两地: the two sides the article has been about. */
    private static final Pattern NESTED = Pattern.compile("了?(?:两市|两地|两省|两城|双方)");

    static String sentenceDate(DocumentContext ctx, int si) {
        return clauseDate(ctx, si, ctx.bestActDate(si));
    }

    /** The date of the signing whose verb stands at a text offset: its own clause's when the sentence lists several. */
    static String clauseDate(DocumentContext ctx, int si, int pos) {
        String recently = RecentlyToldAct.month(ctx, si, pos); // 近日,甲与乙签署: the month of the report's time
        return recently != null ? recently : clauseDate(ctx, si, ctx.clauseDate(si, pos));
    }

    private static String clauseDate(DocumentContext ctx, int si, DateResolver.DateMention d) {
        if (d != null && d.isSpan() && d.spanEnd() != null && d.spanStart().length() == 10 && d.spanEnd().length() == 10
                && !d.spanStart().equals(d.spanEnd())) {
            // 11月8日至9日,…访问…,两市签订: a signing told over a span happened on one of its days, which the text does
            // not say; the span's month (or year) is as precise as it allows (GOLD.md §3)
            return d.spanStart().substring(0, 7).equals(d.spanEnd().substring(0, 7)) ? d.spanStart().substring(0, 7)
                    : d.spanStart().substring(0, 4).equals(d.spanEnd().substring(0, 4)) ? d.spanStart().substring(0, 4) : d.spanStart();
        }
        if (d != null && d.first() != null) {
            return d.first();
        }
        if (d == null && si > 0 && DURING_THE_TOLD_SPAN.matcher(ctx.sentences.get(si).text()).lookingAt()) {
            DateResolver.DateMention told = ctx.bestDate(si - 1);
            if (told != null && told.isSpan()) {
                return clauseDate(ctx, si - 1, told); // 于9月5日至7日访问乙市。访问期间,两市签署…: within that span
            }
        }
        return ctx.recentDateBefore(ctx.sentences.get(si).start());
    }

    /** 访问期间, 此访期间, 会议期间: a sentence opening inside the time the sentence before told. */
    private static final Pattern DURING_THE_TOLD_SPAN = Pattern.compile(
            "^(?:访问|出访|考察|参访|此访|此次访问|在访|会议|大会|论坛|活动|展会|博览会)?期间");

}
