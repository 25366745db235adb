package dev.newsie.events;

import dev.newsie.model.EntityType;
import dev.newsie.model.Event;
import dev.newsie.model.EventBuilder;
import dev.newsie.model.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 市长X会见了乙市市长Y一行,(就…进行了会谈,)并签署了…: the clause of the signing verb has no subject of its own, so
 * the person who met — the sentence's subject — signed, with the one guest named when the meeting names exactly one
 * (a list of guests names no single counterpart). Reads one masked sentence; writes the signatories of the signing it
 * tells, which readers of pairs built ({@link MeetingThenSigning} reads the sides; {@link Signatories} the signers of
 * a meeting whose host and guest are both named by place). Stays apart from them: it reads the host by title alone
 * (市长X会见…, the host's place left to the dateline) and clauses between the meeting and the signing, which they do not.
 */
final class MetThenSigned {
    private MetThenSigned() {
    }

    /**
     * The clause of the signing verb: only a conjunction going on (并, 随后), perhaps who acts for whom (分别代表双方)
     * or the partner after 与 (group 1), then the verb. 并见证签约 and the like leave it: those who met only watched.
     */
    private static final Pattern GOES_ON = Pattern.compile(
            "(?:并且|并|随后|同时)(?:分别代表" + ReaderWords.SIDES_ACTED_FOR.alternation("met") + "|代表双方)?"
                    + "(?:共同|一同|正式)?"
                    + "(?:(?:与|和|同)([ⓅⓄ、和及]+)(?:分别|共同|正式)?)?(?:正式)?");

    /** The meeting clause: the one person before the verb of meeting (a place and titles may precede), then the guests. */
    private static final Pattern MET = Pattern.compile("^[^Ⓡ]*(Ⓡ)[^,，;；ⓅⓄⓇ]{0,12}?(?:"
            + RoleWords.MEETING_VERBS.alternation("RECEIVE") + ")(?:了)?([^,，;；]*)$");

    /** Verbs of meeting (models/events/meeting-verbs.tsv, RECEIVE): a sentence without one tells no meeting gone on to a signing. */
    private static final Pattern MEETING = Pattern.compile(RoleWords.MEETING_VERBS.alternation("RECEIVE"));

    /** How many clauses without a person may stand between the meeting and the signing (就…进行了会谈). */
    private static final int MAX_CLAUSES_BETWEEN = 2;

    /**
     * Who signed, and the places of the other side (the guest's, or the partner named after 与); no places when the
     * sentence names the guest by person alone.
     */
    record Reading(List<String> signers, Set<String> otherSide) {
    }

    /**
     * Gives the two who met in a sentence that goes on to sign to the signing it tells, when that signing names no
     * signers: the signing read from this sentence if one was, else one with the other side's place of the sentence's
     * year (read elsewhere: a headline, 双方共同签署 further on).
     */
    static void fill(DocumentContext ctx, List<EventBuilder> signings, EventLexicon lexicon) {
        for (int si = 0; si < ctx.sentences.size(); si++) {
            MaskedSentence ms = ctx.masked.get(si);
            String m = ms.masked();
            if (RepeatedSentence.copiesAnEarlierOne(ctx, si) || !MEETING.matcher(m).find()) {
                continue;
            }
            for (int[] verb = lexicon.find(EventLexicon.Role.SIGN, m, 0); verb != null; verb = lexicon.find(EventLexicon.Role.SIGN, m, verb[1])) {
                Reading r = signers(ms, verb[0]);
                if (r == null) {
                    continue;
                }
                DateResolver.DateMention own = ctx.bestDate(si);
                String day = own != null && own.date() != null ? own.date() : ctx.reference;
                Span here = new Span(ms.sentence().start(), ms.sentence().end());
                List<EventBuilder> told = new ArrayList<>();
                List<EventBuilder> ofTheSide = new ArrayList<>();
                for (EventBuilder e : signings) {
                    Event b = e.build();
                    if (b.signatories() != null || b.parties() == null || !sameYear(b.date(), day)) {
                        continue;
                    }
                    if (here.equals(b.evidence())) {
                        told.add(e);
                    } else if (b.parties().stream().anyMatch(r.otherSide()::contains)) {
                        ofTheSide.add(e);
                    }
                }
                for (EventBuilder e : told.isEmpty() ? ofTheSide : told) {
                    e.signatories(r.signers());
                }
            }
        }
    }

    /**
     * A signing dated to another year than the meeting's (a past twinning of the same two) is not the one signed then;
     * nor, when the meeting's day is not known, any dated one (于1992年缔结: told looking back).
     */
    private static boolean sameYear(String signed, String met) {
        if (signed == null || signed.length() < 4) {
            return true;
        }
        if (met == null || met.length() < 4) {
            return false;
        }
        return signed.startsWith(met.substring(0, 4));
    }

    /**
     * The host who met and, when exactly one guest is named, that guest: the signers of the signing whose verb
     * starts at {@code verbStart}; null when the sentence is not a meeting gone on to a signing. A partner named
     * after 与 that is not the guest's place (会见乙市市长Y,并与丙市签署) signed with the host alone.
     */
    static Reading signers(MaskedSentence ms, int verbStart) {
        String m = ms.masked();
        int comma = SigningExtractor.clauseStart(m, verbStart) - 1;
        if (comma < 0 || ",，".indexOf(m.charAt(comma)) < 0) {
            return null;
        }
        Matcher goesOn = GOES_ON.matcher(m.substring(comma + 1, verbStart));
        if (!goesOn.matches()) {
            return null;
        }
        Set<String> partners = goesOn.group(1) == null ? Set.of()
                : places(ms, comma + 1 + goesOn.start(1), comma + 1 + goesOn.end(1));
        int end = comma;
        for (int hop = 0; hop <= MAX_CLAUSES_BETWEEN && end > 0; hop++) {
            int start = SigningExtractor.clauseStart(m, end);
            String clause = m.substring(start, end);
            Matcher met = MET.matcher(clause);
            if (met.find()) {
                MaskedSentence.Slot host = personAt(ms, start + met.start(1));
                if (host == null) {
                    return null;
                }
                List<String> out = new ArrayList<>(List.of(host.entity().name()));
                List<MaskedSentence.Slot> guests = new ArrayList<>();
                for (MaskedSentence.Slot s : ms.slots(start + met.start(2), start + met.end(2))) {
                    if (s.entity().type() == EntityType.PERSON) {
                        guests.add(s);
                    }
                }
                Set<String> guestPlaces = places(ms, start + met.start(2), start + met.end(2));
                boolean partnerIsGuest = partners.isEmpty() || (!guestPlaces.isEmpty() && guestPlaces.containsAll(partners));
                if (partnerIsGuest && guests.size() == 1 && !guests.get(0).entity().name().equals(out.get(0))) {
                    out.add(guests.get(0).entity().name());
                }
                return new Reading(out, partners.isEmpty() ? guestPlaces : partners);
            }
            if (clause.indexOf(MaskedSentence.PERSON) >= 0 || (clause.indexOf('签') >= 0)) {
                return null; // a clause with someone else, or another signing, between
            }
            end = start - 1;
        }
        return null;
    }

    /** The names of the places and bodies in [from, to) of the masked sentence. */
    private static Set<String> places(MaskedSentence ms, int from, int to) {
        Set<String> out = new HashSet<>();
        for (MaskedSentence.Slot s : ms.slots(from, to)) {
            if (s.entity().type() != EntityType.PERSON) {
                out.add(s.entity().name());
            }
        }
        return out;
    }

    private static MaskedSentence.Slot personAt(MaskedSentence ms, int maskedPos) {
        List<MaskedSentence.Slot> at = ms.slots(maskedPos, maskedPos + 1);
        return at.size() == 1 && at.get(0).entity().type() == EntityType.PERSON ? at.get(0) : null;
    }
}
