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
 * A signing told again or completed outside its own clause (round 5 of issue 9): a bare document word that points
 * back at the signing just told (…,并共同签署协议书), the twinning a letter of intent makes, two people who sign a
 * named document on paper with no signing verb, 结为 told on its day, 双方 after a told signing. Reads masked
 * sentences and the signings found so far; adds signers, or a signing, never a second copy of one.
 */
final class SigningFollowUps {
    private final EventLexicon lexicon;

    SigningFollowUps(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** 甲与乙在建立友好合作关系意向书上签字: two people sign a named document (the act itself, no signing verb). */
    private static final Pattern PAPER_SIGNED = Pattern.compile("(Ⓡ)(?:与|和|同|、)(Ⓡ)(?:分别)?(?:代表[^,，在Ⓡ]{0,6})?在《?([^,，。Ⓡ《》]{2,40}?)》?上(?:签字|签名)");

    /** 甲与乙在…上签字: two people sign on a document, the act told without a verb of its own before it. */
    static boolean signsOnPaper(String masked) {
        return PAPER_SIGNED.matcher(masked).find();
    }

    /**
     * 会谈结束后,甲与乙在…意向书上签字, with no signing reported before: a signing of that document by the home and
     * the foreign place last named (the two the visit was between), signed by the two people.
     */
    EventBuilder signedOnPaper(DocumentContext ctx, int si, MaskedSentence ms) {
        String m = ms.masked();
        Matcher p = PAPER_SIGNED.matcher(m);
        if (!p.find() || SigningBackground.isPlanned(m, p.start())) {
            return null;
        }
        String doc = p.group(3);
        if (lexicon.words(EventLexicon.Role.DOC).stream().noneMatch(doc::endsWith) || lexicon.words(EventLexicon.Role.DOC).contains(doc)
                || doc.indexOf(MaskedSentence.PLACE) >= 0 || doc.indexOf(MaskedSentence.ORG) >= 0) {
            return null;
        }
        List<String> pair = SigningSides.lastChineseAndForeignPlaces(ctx, ms.textOffset(p.start()));
        if (pair == null) {
            return null;
        }
        EventBuilder e = Event.builder(EventType.SIGNING).parties(pair).agreement(lexicon.agreementKind(doc)).title(doc)
                .date(SigningExtractor.sentenceDate(ctx, si)).signatories(List.of(ms.slots(p.start(1), p.end(1)).get(0).entity().name(),
                        ms.slots(p.start(2), p.end(2)).get(0).entity().name()))
                .evidence(new Span(ms.sentence().start(), ms.sentence().end()));
        String place = SigningPlace.ofVisitOrCeremony(ms, p.start());
        if (place == null) {
            place = SigningPlace.ofVisitJustTold(ctx, si);
        }
        if (place != null) {
            e.location(place);
        }
        return e;
    }

    /** The parties of the last two-sided signing told so far, or null. */
    /**
     * The pair a retelling refers to (…分别代表两地签署): of the pairs told, the latest one a side of which the sentence
     * names before the verb (乙市副市长Y), else the latest told.
     */
    static List<String> toldPair(List<EventBuilder> out, MaskedSentence ms, int verbPos) {
        java.util.Set<String> named = new java.util.HashSet<>();
        for (MaskedSentence.Slot s : ms.slots(0, verbPos)) {
            if (s.entity().type().isPlace() && s.entity().type() != EntityType.COUNTRY) {
                named.add(s.entity().name());
            }
        }
        for (int i = out.size() - 1; i >= 0 && !named.isEmpty(); i--) {
            if (out.get(i).parties().size() == 2 && out.get(i).parties().stream().anyMatch(named::contains)) {
                return out.get(i).parties();
            }
        }
        return toldPair(out);
    }

    static List<String> toldPair(List<EventBuilder> out) {
        for (int i = out.size() - 1; i >= 0; i--) {
            if (out.get(i).parties().size() == 2) {
                return out.get(i).parties();
            }
        }
        return null;
    }

    /** 分别代表双方, 分别代表两市 (sides-acted-for.tsv, "each"): each of the people named signs for one of the sides. */
    static final String EACH_FOR_A_SIDE = "分别代表" + ReaderWords.SIDES_ACTED_FOR.alternation("each");

    /** 分别代表双方, 分别代表两市 ending the clause: the two people before it each sign for a side of the signing told. */
    static final Pattern ON_BEHALF_OF_BOTH = Pattern.compile(EACH_FOR_A_SIDE + "(?:在协议上|在协议书上)?$");

    /** Twinning verbs that also state a standing relation (两市结为友好城市): acts only when told with their day. */
    static final Pattern LOOSE_TWINNING = Pattern.compile("结为|结成");

    /**
     * 签约仪式上,甲市与乙市结为友好城市: a twinning placed at the ceremony the report tells is done there and then, an
     * act of the ceremony's day even when the sentence gives no day of its own.
     */
    private static final Pattern AT_A_CEREMONY = Pattern.compile(
            "(?:^|[,，;；])[^,，;；。]{0,16}?" + SigningPlace.SIGNING_CEREMONY + "(?:上|现场|中)[,，]?");
    /** A year inside the ceremony's phrase (在2015年的签约仪式上): a ceremony recalled, not the one reported. */
    private static final Pattern YEAR = Pattern.compile("\\d{4}年");

    /**
     * Whether a signing ceremony's phrase opens the verb's own clause (签约仪式上,甲与乙结为…): the clause between it
     * and the verb holds no other break, so 欢迎仪式上,王明回顾,甲与乙结为… and 在2015年的签约仪式上… stay recalled.
     */
    static boolean toldAtItsCeremony(String m, int verbStart) {
        return openingPhrase(AT_A_CEREMONY, m.substring(0, verbStart)) != null;
    }

    /**
     * The last match of {@code phrase} before the verb when it opens the verb's own clause (no other break between them)
     * and holds no year (a scene recalled, 在2015年的签约仪式上); else null.
     */
    private static java.util.regex.MatchResult openingPhrase(Pattern phrase, String before) {
        Matcher c = phrase.matcher(before);
        java.util.regex.MatchResult last = null;
        while (c.find()) {
            last = c.toMatchResult();
        }
        if (last == null || YEAR.matcher(last.group()).find()
                || before.substring(last.end()).chars().anyMatch(ch -> ",，;；".indexOf(ch) >= 0)) {
            return null;
        }
        return last;
    }

    /**
     * 会上,甲与乙结为…, 访问期间,甲与乙结为…, and 其中,甲与乙结为… after the pairs that signed were counted: a phrase
     * that places the clause in the meeting or visit the report tells (or picks out of the signings just told)
     * opens the verb's own clause, so the twinning is done there and then.
     */
    private static final Pattern IN_THE_REPORTED_EVENT = Pattern.compile("(?:^|[,，;；])(?:[^,，;；。]{0,10}?"
            + "(?:(?:大会|会议|论坛|峰会|访问|活动|博览会|年会|交流会|洽谈会)期间|会上)|(其中))[,，]?");
    /** 去年的年会上, 担任市长期间, 上届论坛期间: a meeting or a time recalled, not the one the report tells. */
    private static final Pattern RECALLED = Pattern.compile("去年|前年|上次|此前|当年|上届|往年|历届|曾|任");
    /** A signing verb told as done (not planned), which 其中 may pick pairs out of. */
    private static final Pattern SIGNED = Pattern.compile("签署|签订|签约");
    /** 目前已与28个城市签署, 累计签署: a standing count of what was signed over the years, not an act of the day. */
    private static final Pattern STANDING_COUNT = Pattern.compile("已与|已同|已经|目前|至今|迄今|累计|先后");

    static boolean toldWithinTheReportedEvent(DocumentContext ctx, int si, String m, int verbStart) {
        String before = m.substring(0, verbStart);
        java.util.regex.MatchResult opening = openingPhrase(IN_THE_REPORTED_EVENT, before);
        if (opening == null || RECALLED.matcher(opening.group()).find()) {
            return false;
        }
        if (opening.group(1) == null) {
            return true;
        }
        // 其中 picks out of what was just told: a signing told as done, earlier in the sentence or in the one before
        String told = (si > 0 ? ctx.masked.get(si - 1).masked() + "。" : "") + before.substring(0, opening.start());
        if (STANDING_COUNT.matcher(told).find()) {
            return false;
        }
        Matcher v = SIGNED.matcher(told);
        while (v.find()) {
            if (!SigningBackground.isPlanned(told, v.start())) {
                return true;
            }
        }
        return false;
    }

    /*
     * Whether a twinning verb's sentence tells the act with a time of its own rather than the standing relation: 建立
     * and 结好 are acts at any time the act is told at (1979年5月,甲市与乙市结好), though not a span's opening year told
     * beside another time; 结为 and 结成, which state the relation more often, need a day.
     */

    /** 建立, 结好: the sentence gives the act any time of its own (a year will do). */
    static boolean toldAtATimeOfItsOwn(DocumentContext ctx, int si) {
        return ctx.bestActDate(si) != null;
    }

    /** 结为, 结成: the sentence gives the act a full day; a day long past is still the act's own (GOLD.md §7). */
    static boolean toldOnADayOfItsOwn(DocumentContext ctx, int si) {
        DateResolver.DateMention d = ctx.bestDate(si);
        return d != null && d.first() != null && d.first().length() == 10;
    }

    /**
     * A twinning clause after a document was signed in the same sentence, by the same pair and with no document
     * of its own (签署友好合作关系意向书,缔结友好合作城市): what the document makes them, not a second signing.
     */
    static boolean isConsequence(EventBuilder e, EventBuilder earlier, boolean sameSentence) {
        if (!sameSentence || earlier == null) {
            return false;
        }
        Event a = earlier.build(), b = e.build();
        // 三年前签定意向书,今天正式缔结为姊妹市: a twinning of a day other than the document's is an act of its own
        boolean ownDay = a.date() != null && b.date() != null && !a.date().startsWith(b.date()) && !b.date().startsWith(a.date());
        return "SISTER_CITY".equals(b.agreement()) && b.title() == null && !"SISTER_CITY".equals(a.agreement()) && !ownDay
                && b.parties().size() == 2 && java.util.Set.copyOf(a.parties()).equals(java.util.Set.copyOf(b.parties()));
    }

    /**
     * 并共同签署协议书 right after a signing was reported: a bare document word (协议书, 备忘录) with no new party is
     * that signing told again; the two people named before the verb (who met, then signed together) sign it.
     */
    boolean refersBack(MaskedSentence ms, int[] verb, EventBuilder last) {
        String m = ms.masked();
        int s = verb[1];
        while (s < m.length() && m.charAt(s) == '了') {
            s++;
        }
        String doc = null;
        for (String d : lexicon.words(EventLexicon.Role.DOC)) {
            if (m.startsWith(d, s) && (doc == null || d.length() > doc.length())) {
                doc = d;
            }
        }
        // 此次签署协议书标志着…: the document just signed, referred to as the subject of what follows
        boolean pointed = THIS_TIME.matcher(m.substring(Math.max(0, verb[0] - 2), verb[0])).matches();
        // 市长X出席仪式并签约。: those attending or speaking go on to sign, naming no document of their own
        boolean goOnToSign = Signatories.goesOnToSign(m.substring(SigningExtractor.clauseStart(m, verb[0]), verb[0]));
        boolean bare = doc != null && (pointed || s + doc.length() >= m.length() || "，,。;；！!".indexOf(m.charAt(s + doc.length())) >= 0)
                // 分别代表双方签约。: a verb that ends its clause names no document, so none other than the one told
                || (doc == null && (s >= m.length() || "，,。;；！!".indexOf(m.charAt(s)) >= 0)
                    && (ON_BEHALF_OF_BOTH.matcher(m.substring(0, verb[0])).find() || goOnToSign));
        Event e = last.build();
        // 市长甲与乙市市长丙签署了友好城市关系协议书, right after the twinning was told: the same document, by name
        if (!bare && !lexicon.agreementKind(m.substring(verb[1], Math.min(m.length(), verb[1] + 40))).equals(e.agreement())) {
            return false;
        }
        int named = 0;
        List<String> persons = new ArrayList<>();
        for (MaskedSentence.Slot slot : ms.slots(0, verb[0])) {
            if (slot.entity().type() == EntityType.PERSON) {
                if (!persons.contains(slot.entity().name())) {
                    persons.add(slot.entity().name());
                }
            } else if (e.parties().contains(SigningExtractor.partyName(slot)) || e.parties().contains(slot.entity().name())) {
                named++;
            } else if (slot.entity().type() == EntityType.ORGANIZATION && e.parties().stream().anyMatch(slot.entity().name()::startsWith)) {
                continue; // 甲市外办主任X: the office of one side's signer, no side of its own
            } else if (slot.entity().type() != EntityType.COUNTRY) {
                return false; // a place of its own: another signing
            }
        }
        if (!bare) {
            // the pair named again, or a headline's signing told in the body, is read as a signing of its own (which
            // joins the one told, and gives it its date); so is one whose people only met
            boolean headline = e.evidence() != null && e.evidence().start() == 0;
            List<String> signers = Signatories.signatoriesBefore(ms, 0, verb[0]);
            if (named >= 2 || headline || signers.size() != 2) {
                if (headline && named < 2 && signers.size() == 2 && e.signatories() == null) {
                    // 甲与乙签署意向书 (headline). 22日,市长X、乙市市长Y出席会见并共同签署: the body tells the headline's
                    // signing by its two signers and names no other place, so they signed it (read again for its day)
                    last.signatories(signers);
                }
                return false;
            }
            if (e.signatories() == null) {
                last.signatories(signers);
            }
            return true;
        }
        String before = m.substring(Math.max(0, verb[0] - 2), verb[0]);
        if (e.signatories() == null && named < 2 && persons.size() == 2 && (before.equals("共同") || before.equals("分别"))) {
            last.signatories(persons);
        } else if (e.signatories() == null && (named >= 2 || goOnToSign)) {
            // 甲市市长X和乙市市长Y分别代表两市签署协议书: the pair again, now with its signers; X、Y出席仪式并签约
            List<String> signers = Signatories.signatoriesBefore(ms, 0, verb[0]);
            if (!signers.isEmpty()) {
                last.signatories(signers);
            }
        }
        return true;
    }

    /** ,协议由甲市市长X和乙市市长Y签署: the document just signed, then who signed it. */
    private static final Pattern DOCUMENT_BY = Pattern.compile("^[^,，。]*[,，](?:该|此|这份)?(?:协议书?|协定书?|备忘录|意向书)由");

    /** The signers of the document signed earlier in the sentence, told in a clause of their own; false if none. */
    boolean signersOfTheSame(MaskedSentence ms, int previousVerbEnd, int[] verb, EventBuilder last) {
        String m = ms.masked();
        if (previousVerbEnd <= 0 || !DOCUMENT_BY.matcher(m.substring(previousVerbEnd, verb[0])).find()) {
            return false;
        }
        List<String> signers = Signatories.signatoriesBefore(ms, previousVerbEnd, verb[0]);
        if (last.build().signatories() == null && !signers.isEmpty()) {
            last.signatories(signers);
        }
        return true;
    }

    private static final Pattern THIS_TIME = Pattern.compile("此次|这次|本次");

    /**
     * A signing told only in the headline (甲市与乙市签署友好城市协议, the body telling the visit): it happened on the
     * day of the first body sentence that names one of its parties with a date, where that sentence's visit or
     * meeting was (or the dateline's city, for a report of that day).
     */
    static void datedByLead(DocumentContext ctx, EventBuilder e) {
        Integer year = ctx.resolver.anchorYear();
        for (int si = 1; si < ctx.sentences.size(); si++) {
            MaskedSentence ms = ctx.masked.get(si);
            boolean names = ms.slots().stream().anyMatch(x -> e.parties().contains(x.entity().name())
                    || e.parties().contains(SigningExtractor.partyName(x)));
            DateResolver.DateMention d = ctx.bestDate(si);
            if (!names || d == null || d.first() == null || (year != null && DocumentContext.isLongPast(d.first(), year))) {
                continue;
            }
            if (year == null && d.first().length() == 4) {
                continue; // 2003年初,我市与乙市建立联系: on a page of no known year a bare year tells the background, not the day
            }
            e.date(d.first());
            if (e.location() == null) {
                String place = SigningPlace.ofVisitOrCeremony(ms, ms.masked().length());
                if (place == null) {
                    place = SigningPlace.ofVisitTold(ms);
                }
                if (place == null && SigningPlace.isDatelineNews(ctx, d.first())) {
                    place = ctx.datelineCity();
                }
                e.location(place);
            }
            return;
        }
    }
}
