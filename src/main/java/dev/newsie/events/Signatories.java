package dev.newsie.events;

import dev.newsie.model.EntityType;
import dev.newsie.model.EventBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who signed: the one or two people named before a signing verb who act for a side (代表, place + title + person),
 * not those who witness, attend or speak; and the two who sign a signing just told (…由甲市长X与乙市长Y代表签署,
 * X和Y在协议书上签字). Reads masked sentences; adds signers to a signing that names none.
 */
final class Signatories {
    private Signatories() {
    }

    /** 出席签约仪式, 见证了签约: those who attend or witness the ceremony are its guests, not its signers. */
    private static final Pattern ATTENDED = Pattern.compile("(?:出席|参加|见证|观摩|参与|列席)(?:了)?$");

    /**
     * …签署姊妹市协定,由甲市长X与乙市长Y代表签署 / 两市正式缔盟,甲市长X与乙市长Y共同签署盟约: a second signing verb
     * that names no document of its own repeats the signing just told and names the two who signed it.
     */
    static void signedByAgents(MaskedSentence ms, int from, int verbPos, EventBuilder last) {
        if (last.build().signatories() != null || ATTENDED.matcher(ms.masked().substring(0, verbPos)).find()) {
            return;
        }
        List<String> persons = signatoriesBefore(ms, from, verbPos);
        if (persons.size() >= 2) { // two, or all of those listed after 由 who sign jointly
            last.signatories(persons);
        } else if (persons.size() == 1 && UNNAMED_COUNTERPART.matcher(ms.masked().substring(from, verbPos)).find()) {
            last.signatories(persons); // 甲市长X和乙市长分别代表本市在协议书上签字: the other side's signer is not named
        }
    }

    /**
     * 甲司长X代表乙政府与丙市签署: the person written right before 代表, which stands right before the side at
     * {@code sideAt}, is the one who signs for that side; null when the side has no such agent.
     */
    static MaskedSentence.Slot agentFor(MaskedSentence ms, int sideAt) {
        String m = ms.masked();
        if (sideAt < 3 || !m.startsWith("代表", sideAt - 2)) {
            return null;
        }
        List<MaskedSentence.Slot> before = ms.slots(sideAt - 3, sideAt - 2);
        return before.size() == 1 && before.get(0).entity().type() == EntityType.PERSON ? before.get(0) : null;
    }

    private static final Pattern SIGNED_ON_PAPER = Pattern.compile("(?:在[^,，。]{0,8}上)?(?:签字|签名)");

    /**
     * 甲市市长X和乙市市长Y在协议书上签字: the sentence right after a signing names who signed it, when that
     * signing names no one yet.
     */
    static void signedBy(MaskedSentence ms, EventBuilder last, int from) {
        Matcher sign = SIGNED_ON_PAPER.matcher(ms.masked());
        if (!sign.find(from) || last.build().signatories() != null) {
            return;
        }
        List<String> persons = signatoriesBefore(ms, from, sign.start());
        if (persons.size() == 1 && UNNAMED_COUNTERPART.matcher(ms.masked().substring(from, sign.start())).find()) {
            last.signatories(persons); // 甲市长X和乙市长分别代表本市在协议书上签字: the other side's signer is not named
            return;
        }
        if (persons.size() == 2 || (persons.size() > 2 && persons.size() == last.build().parties().size()
                && EACH_FOR_OWN_SIDE.matcher(ms.masked().substring(from, sign.start())).find())) {
            last.signatories(persons); // X、Y、Z分别代表本方签名: one signer for each side of the document
        }
    }

    /** Ⓡ和Ⓟ市长分别代表… (Ⓟ长 where the place's own 市 is read with it): one signer named, the other by place and post alone. */
    private static final Pattern UNNAMED_COUNTERPART = Pattern.compile(
            "Ⓡ(?:和|与|同|、)Ⓟ(?:市长|省长|州长|县长|知事|郡守|郡长|区长|长)(?:分别)?代表");

    /** 分别代表各自一方, 分别代表三方 (models/events/sides-acted-for.tsv, "own-side"): each signer named acts for a side of his own. */
    private static final Pattern EACH_FOR_OWN_SIDE = Pattern.compile(
            "分别代表" + ReaderWords.SIDES_ACTED_FOR.alternation("own-side"));

    /** 分别代表双方, 分别代表两市 (models/events/sides-acted-for.tsv, "each"): each signer acts for one of the sides. */
    private static final Pattern EACH_FOR_A_SIDE = Pattern.compile(SigningFollowUps.EACH_FOR_A_SIDE);

    /**
     * Whether a sentence tells signers each acting for a side — his own (X、Y、Z分别代表三方签名) or one of the sides
     * told (X与Y分别代表双方在协议上签字) — and signing on paper: the signing it completes may have been told two sentences before, its document's aims between.
     */
    static boolean eachSignsForASide(MaskedSentence ms) {
        String m = ms.masked();
        return (EACH_FOR_OWN_SIDE.matcher(m).find() || EACH_FOR_A_SIDE.matcher(m).find()) && SIGNED_ON_PAPER.matcher(m).find();
    }

    /**
     * The verb's own clause telling that its subject witnessed the act (见证两地协议签署, 前来见证甲与乙缔结): the people
     * named before it watch, not sign; 在X见证下 frames the witnesses alone and is read clause by clause below.
     */
    private static final Pattern WITNESSING = Pattern.compile("见证(?!下)|观礼");

    /**
     * 甲市长X和乙市长Y(也)见证双方签署…, 左起X、Y见证…签署: the clause before the signing verb goes on from the last
     * person it names to witnessing, so everyone it names watches the act; none of them signs it.
     */
    static boolean witnessedByThoseNamed(String clause) {
        int lastPerson = clause.lastIndexOf('Ⓡ');
        return lastPerson >= 0 && WITNESSING.matcher(clause.substring(lastPerson)).find();
    }

    /**
     * A clause naming people who witness, attend, receive a guest (the meeting list's RECEIVE verbs), speak or report,
     * not sign (在X见证下, X出席, X会见, X致辞, 记者X), or who
     * comment on a signing in their own words (大使X表示,甲同乙正式签署…开启了新篇章: the speaker retells the act).
     */
    private static final Pattern NOT_SIGNING = Pattern.compile("见证|出席|陪同|" + RoleWords.MEETING_VERBS.alternation("RECEIVE")
            + "|致辞|致词|讲话|主持|宣读|摄|记者|报道|表示|指出");

    /**
     * (5日)在X大使、Y议长,以及Z等见证下: the frame of witnesses opened by 在 (after at most a word of time) and closed
     * by 见证下 may run over commas, and everyone named inside it watches; the clause that closes it is read as a
     * witness's clause already.
     */
    private static final Pattern WITNESS_FRAME = Pattern.compile("[^,，;；在Ⓡ]{0,8}?在[^。;；在]{0,80}?见证(?:之)?下");

    /**
     * 甲市长X率政府代表团访问乙市 / 由X、Y带领的甲市代表团: a clause telling who led a delegation tells a journey, not a
     * signing; the leader signs only where a later clause goes on with him (并与乙市长Y签署), read as for a witness.
     */
    private static final Pattern LEADS_A_PARTY = Pattern.compile("(?:率|带领|率领)(?:[^,，]{0,10}?(?:团|队)|[^,，]{0,8}?一行)");

    /** 除与乙市长Y / 并与Y / 与Y共同 as the verb's own clause: the leader told before goes on to sign with a person of the host. */
    private static final Pattern LEADER_GOES_ON_WITH = Pattern.compile("^(?:并|除|除了|还|也|随后)?(?:与|同|和|跟)[^,，]*Ⓡ[^,，Ⓡ]{0,4}$");

    /**
     * 在签约仪式上讲话, 在签字仪式上致辞: a signing verb inside the name of the ceremony, its clause going on to a
     * speech, is no act of signing; those named before it are the speakers.
     */
    private static final Pattern SPOKE_AT_THE_CEREMONY = Pattern.compile(
            "^(?:签约|签字|签署|签订)(?:仪式|典礼)上[^,，。;；]{0,8}?(?:讲话|致辞|致词|发言)");

    /**
     * ,一同出席甲市与乙市缔结…签署典礼: the verb's own clause opens with attending, so those named in the clauses
     * before are that clause's subjects — guests of the ceremony, not its signers.
     */
    private static final Pattern OWN_CLAUSE_ATTENDS = Pattern.compile("^(?:一同|共同|一起|均|也|还|同时)?(?:出席|参加|见证|观摩|列席)");

    /**
     * 甲省省长X、乙县知事Y分别代表双方签署…: the one or two people named in the clauses before the verb (back to
     * the previous signing verb), when those clauses say they act for a side (代表, or place + title + person),
     * and none of them is a witness's or speaker's clause.
     */
    static List<String> signatoriesBefore(MaskedSentence ms, int from, int verbPos) {
        String m = ms.masked();
        if (WITNESSING.matcher(m.substring(SigningExtractor.clauseStart(m, verbPos), verbPos)).find()) {
            return List.of(); // 两人一同见证协议签署: those the sentence told of before are the witnesses
        }
        if (SPOKE_AT_THE_CEREMONY.matcher(m.substring(verbPos)).find()) {
            return List.of(); // X、Y在签约仪式上讲话: the verb names the ceremony they spoke at
        }
        if (OWN_CLAUSE_ATTENDS.matcher(m.substring(SigningExtractor.clauseStart(m, verbPos), verbPos)).find()) {
            return List.of(); // 甲市长X与议长Y,一同出席两市缔结…签署典礼: the two attend the ceremony
        }
        Matcher lead = SigningBackground.SPEAKER_LEAD.matcher(m);
        if (lead.find() && lead.end() <= verbPos) {
            // X表示,很高兴Y前来见证两市缔结…: a speaker opening the sentence retells the signing in the speaker's words
            // (whom the speaker thanks, welcomes or praises for it), so the people it names are not its signers
            return List.of();
        }
        List<String> out = new ArrayList<>();
        boolean acting = false;
        int clauseStart = from;
        String skipped = null; // the last person of the clause before, left out as a witness's or attender's
        List<String> met = null; // the host and the guest of a meeting told in the clause before
        boolean led = false; // whether the clause before was skipped only for telling who led a delegation
        boolean spoke = false; // whether the clause before was skipped for telling its people speaking
        int witnessedUpTo = -1; // the end of a 在…见证下 frame that runs over several clauses
        int bracketDepth = 0; // a gloss in brackets, (Given Family), (记者 X), is read with the clause around it
        for (int i = from; i <= verbPos; i++) {
            char c = i < m.length() ? m.charAt(i) : ' ';
            bracketDepth = c == '(' || c == '（' ? bracketDepth + 1 : (c == ')' || c == '）') && bracketDepth > 0 ? bracketDepth - 1 : bracketDepth;
            if (i == verbPos || bracketDepth == 0 && ",，;；: \u3000".indexOf(c) >= 0) {
                String clause = m.substring(clauseStart, i);
                if (clauseStart >= witnessedUpTo) {
                    Matcher frame = WITNESS_FRAME.matcher(m).region(clauseStart, verbPos);
                    witnessedUpTo = frame.lookingAt() ? frame.end() : -1;
                }
                boolean witnessed = clauseStart < witnessedUpTo; // 在X、Y,以及Z见证下: X and Y watch, in the frame's first clause
                if (met != null && i == verbPos && MET_GO_ON_TO_SIGN.matcher(clause).matches()) {
                    met.stream().filter(p -> !out.contains(p)).forEach(out::add); // 甲省长X会见乙州长Y,并分别代表双方签约
                    acting = true;
                }
                met = null;
                if (skipped != null && spoke && i == verbPos && AND_FOR_BOTH.matcher(clause).find() && !out.contains(skipped)) {
                    out.add(skipped); // 甲市长X,乙市长Y分别致辞,并代表双方签署: the speakers go on to sign
                }
                spoke = false;
                if (skipped != null && WITH_EACH.matcher(clause).find() && !out.contains(skipped)) {
                    out.add(skipped); // 甲省副省长X率团出席,与乙省省长Y分别代表两省签署: X, the subject, signs too
                }
                if (skipped != null && led && i == verbPos && LEADER_GOES_ON_WITH.matcher(clause).find() && !out.contains(skipped)) {
                    out.add(skipped); // 甲市长X率团访问乙市;除与乙市长Y签署: the leader goes on to sign with the host
                }
                led = false;
                // 甲市长X会见乙市长Y,并与Y共同签署: the host and the one guest the clause goes on with sign together
                boolean subjectAdded = skipped != null && WITH_ONE_OTHER.matcher(clause).find() && out.contains(skipped);
                skipped = null;
                // 乙市副市长Y致辞并签署意向书: the one who speaks and then signs, in the verb's own clause, is a signer
                boolean attendAndSign = i == verbPos && goesOnToSign(clause);
                if ((NOT_SIGNING.matcher(clause).find() || LEADS_A_PARTY.matcher(clause).find() || witnessed) && !attendAndSign) {
                    led = !NOT_SIGNING.matcher(clause).find() && !witnessed;
                    spoke = !witnessed && SPOKE.matcher(clause).find();
                    MaskedSentence.Slot subject = null, lastPerson = null;
                    for (MaskedSentence.Slot s : ms.slots(clauseStart, i)) {
                        if (s.entity().type() == EntityType.PERSON) {
                            subject = subject == null ? s : subject;
                            lastPerson = s;
                        }
                    }
                    // 甲市长X会见乙市长Y,并与Y共同签署: the one who goes on to sign is the meeting's subject, X, not its guest
                    boolean goesOnWithAGuest = lastPerson != null && i < verbPos && WITH_ONE_OTHER.matcher(m.substring(i + 1, verbPos)).find()
                            && MEETS.matcher(clause).find();
                    skipped = lastPerson == null ? null : goesOnWithAGuest ? subject.entity().name() : lastPerson.entity().name();
                    if (lastPerson != null && lastPerson != subject && MEETS.matcher(clause).find() && !WITNESSING.matcher(clause).find()) {
                        met = List.of(subject.entity().name(), lastPerson.entity().name());
                    }
                } else {
                    for (MaskedSentence.Slot s : ms.slots(clauseStart, i)) {
                        if (s.entity().type() == EntityType.PERSON && !out.contains(s.entity().name())) {
                            out.add(s.entity().name());
                        }
                    }
                    acting |= clause.contains("代表") || clause.contains("签字") || PLACE_TITLE_PERSON.matcher(clause).find() || subjectAdded
                            || attendAndSign; // 市长X致辞并签约: the clause tells him signing

                }
                clauseStart = i + 1;
            }
        }
        String own = m.substring(clauseStart(m, verbPos), verbPos);
        acting |= BY_AGENTS.matcher(own).find(); // 由市长X和乡长Y线上签署: those the act is done by sign, titled or not
        acting |= TWO_NAMED_SUBJECTS.matcher(own).matches(); // 活动现场,X与Y共同签署: the two named as the verb's subject sign
        return acting && (out.size() <= 2 || JOINTLY_BY.matcher(own).find() || EACH_FOR_OWN_SIDE.matcher(own).find()) ? out : List.of();
    }

    /**
     * 并分别代表双方 / 并共同 as the verb's own clause right after a meeting's clause (甲省长X会见乙州长Y,并分别代表双方签约):
     * the clause has no subject of its own, so the host and the guest who met are the ones who sign.
     */
    private static final Pattern MET_GO_ON_TO_SIGN = Pattern.compile(
            "(?:并|随后|会后)(?:分别|共同|一同)(?:代表" + ReaderWords.SIDES_ACTED_FOR.alternation("speakers") + ")?");

    /** Ⓡ与Ⓡ共同 as the whole of the verb's own clause (after at most a word of setting): the two people are its subject. */
    private static final Pattern TWO_NAMED_SUBJECTS = Pattern.compile("(?:[^\u24B6-\u24E9]{0,4}?)Ⓡ(?:与|和|同)Ⓡ(?:共同|一同|正式)?");

    /** 甲和乙由X和Y(线上)签署: the people after 由 end the verb's clause, with at most a word of manner before the verb. */
    private static final Pattern BY_AGENTS = Pattern.compile("由[^,，由]*Ⓡ[^,，Ⓡ]{0,4}$");

    /** 由甲乡长X、乙乡长Y、甲代表会主席Z…共同签署: everyone listed after 由 in the verb's clause signs jointly. */
    private static final Pattern JOINTLY_BY = Pattern.compile("^由[^,，]*Ⓡ[^,，]*(?:共同|一同|联合)$");

    private static int clauseStart(String m, int pos) {
        int s = 0;
        for (int i = 0; i < pos; i++) {
            if (",，;；".indexOf(m.charAt(i)) >= 0) {
                s = i + 1;
            }
        }
        return s;
    }

    /** …两市市长签署了协议书: the heads of the two sides sign, each named elsewhere in the report by place and title. */
    static final Pattern BOTH_HEADS = Pattern.compile("(?:两市|两地|两县|两县市|两市镇|两乡镇|两市町|两乡町|双方)(?:的)?"
            + "(?:市长|首长|县长|镇长|乡长|町长)(?:共同|分别|正式)?$");

    /** 市长, 市市长, 町长, 知事: the head's title right between a place and a person's name (甲市市长X). */
    /** A place's head's title written after the place (甲市市长, 乙町町长, 丙县知事). */
    static final String HEAD_TITLE_WORDS = "(?:市|县|镇|乡|町)?(?:市长|县长|镇长|乡长|町长|知事)";
    private static final Pattern HEAD_TITLE = Pattern.compile("^" + HEAD_TITLE_WORDS + "$");

    /**
     * The heads of a signing's two sides, each the one person the report names with its place and head's title
     * (甲市市长X … 乙市市长Y); empty unless each side has exactly one.
     */
    static List<String> headsOf(DocumentContext ctx, List<String> parties) {
        List<java.util.Set<String>> found = new ArrayList<>();
        parties.forEach(p -> found.add(new java.util.LinkedHashSet<>()));
        for (Headed h : headedPlaces(ctx)) {
            int k = parties.indexOf(h.place().name());
            if (k >= 0) {
                found.get(k).add(h.person());
            }
        }
        List<String> out = new ArrayList<>();
        for (java.util.Set<String> f : found) {
            if (f.size() != 1) {
                return List.of();
            }
            out.add(f.iterator().next());
        }
        return out.stream().distinct().count() == out.size() ? out : List.of();
    }

    /**
     * The place whose head the report names {@code person} as (甲市市长X → 甲), or null unless exactly one place is
     * written so before the person's name anywhere in the report: the inverse of {@link #headsOf}.
     */
    static String placeHeadedBy(DocumentContext ctx, String person) {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        for (Headed h : headedPlaces(ctx)) {
            if (h.person().equals(person) && h.place().type() != EntityType.COUNTRY) {
                found.add(h.place().name());
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** A place and the person the report names its head (甲市市长X: 甲 and X). */
    private record Headed(dev.newsie.model.Entity place, String person) {
    }

    /** Every place written right before a head's title and a person's name (甲市市长X), in the report's order. */
    private static List<Headed> headedPlaces(DocumentContext ctx) {
        List<Headed> out = new ArrayList<>();
        for (MaskedSentence ms : ctx.masked) {
            List<MaskedSentence.Slot> slots = ms.slots();
            for (int i = 0; i + 1 < slots.size(); i++) {
                MaskedSentence.Slot place = slots.get(i), person = slots.get(i + 1);
                if (place.entity().type().isPlace() && person.entity().type() == EntityType.PERSON
                        && HEAD_TITLE.matcher(ms.masked().substring(place.maskedPos() + 1, person.maskedPos())).matches()) {
                    out.add(new Headed(place.entity(), person.entity().name()));
                }
            }
        }
        return out;
    }

    /**
     * A clause going on with 与 + the other side, each acting for its own (与乙省省长Y分别代表两省), or the subject
     * who attended going on to sign with the other side (甲市长X出席典礼,并与乙市长Y签下协定).
     */
    private static final Pattern WITH_EACH = Pattern.compile("^(?:并)?(?:与|同|和)[^,，]*分别|^并(?:与|同|和)");

    /** 并与Y(共同)签署 as the verb's own clause: the subject told before goes on to sign with the one person named. */
    private static final Pattern WITH_ONE_OTHER = Pattern.compile("^并(?:与|同|和)Ⓡ(?:共同|一同|正式)?$");

    /**
     * 会见, 会晤, 接见 (models/events/meeting-verbs.tsv, RECEIVE): a meeting, whose subject (the host) is the clause's
     * first person, its guests the later ones.
     */
    private static final Pattern MEETS = Pattern.compile(RoleWords.MEETING_VERBS.alternation("RECEIVE"));

    /**
     * 市长X、乙市市长Y出席线上会见并一同签署: those who attend a meeting and, in the same clause, go on with 并 to
     * the signing verb are its signers, not guests of its ceremony (no other witness's or speaker's word in the clause).
     */
    private static final Pattern ATTEND_AND_SIGN = Pattern.compile(
            "^(?:(?!见证|陪同|致辞|讲话|主持|宣读|记者|报道)[^,，])*?(?:出席|参加)(?:了)?(?:(?!见证|陪同|致辞|讲话|主持|宣读)[^,，]){0,12}?并(?:共同|一同|联合)?$");

    /** Ⓡ致辞, Ⓡ分别讲话: one or more persons just named speak. */
    private static final String SPEAKS = "Ⓡ(?:分别|先后)?(?:致辞|讲话|致词)";

    /** Ⓡ致辞并 right before the verb: the speaker (or speakers, 分别致辞并) goes on to sign. */
    private static final Pattern SPOKE_AND_SIGNED = Pattern.compile(SPEAKS + "并(?:共同)?$");

    /**
     * Whether the clause before a signing verb tells its people attending or speaking and going on with 并 to the verb
     * (甲市长X出席仪式并签约, 市长X致辞并签约): they are its subject, and so its signers.
     */
    static boolean goesOnToSign(String clause) {
        return ATTEND_AND_SIGN.matcher(clause).find() || SPOKE_AND_SIGNED.matcher(clause).find();
    }

    /** X、Y分别致辞 as a clause of its own: the speakers, who may go on in the next clause to sign. */
    private static final Pattern SPOKE = Pattern.compile(SPEAKS + "$");

    /** ,并代表双方(在线)签署 as the verb's own clause: no subject of its own, so the speakers just told sign. */
    private static final Pattern AND_FOR_BOTH = Pattern.compile(
            "^并(?:分别|共同|一同)?代表" + ReaderWords.SIDES_ACTED_FOR.alternation("speakers") + "[^,，Ⓡ]{0,4}$");

    private static final Pattern PLACE_TITLE_PERSON = Pattern.compile("[ⓅⓄ][\\p{IsHan}、]{1,8}?Ⓡ");
}
