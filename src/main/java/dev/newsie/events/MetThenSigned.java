package dev.newsie.events;

import dev.newsie.model.EntityType;
import dev.newsie.model.EventBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 市长X会见了乙市市长Y一行,(就…进行了会谈,)并签署了…: the clause of the signing verb has no subject of its own, so
 * the person who met — the sentence's subject — signed, with the one guest named when the meeting names exactly one
 * (a list of guests names no single counterpart). Reads one masked sentence; writes nothing. Whether a signing is
 * told, and its sides, is left to the readers of pairs ({@link MeetingThenSigning} reads the sides).
 */
final class MetThenSigned {
    private MetThenSigned() {
    }

    /**
     * The clause of the signing verb: only a conjunction going on (并, 随后), perhaps who acts for whom (分别代表双方)
     * or the partner after 与, then the verb. 并见证签约 and the like leave it: those who met only watched.
     */
    private static final Pattern GOES_ON = Pattern.compile(
            "(?:并且|并|随后|同时)(?:分别代表双方|代表双方|分别代表两[市省州地国区县])?(?:共同|一同|正式)?"
                    + "(?:(?:与|和|同)[ⓅⓄ、和及]+(?:分别|共同|正式)?)?(?:正式)?");

    /** The meeting clause: the one person before the verb of meeting (a place and titles may precede), then the guests. */
    private static final Pattern MET = Pattern.compile("^[^Ⓡ]*(Ⓡ)[^,，;；ⓅⓄⓇ]{0,12}?(?:会见|会晤|接见)(?:了)?([^,，;；]*)$");

    /** How many clauses without a person may stand between the meeting and the signing (就…进行了会谈). */
    private static final int MAX_CLAUSES_BETWEEN = 2;

    /**
     * Gives each signing that names no signers the two who met in a sentence that goes on to sign and names one of
     * its sides (the guest's place, or the partner after 与); the sentence's signing may itself have been read
     * elsewhere (a headline, 双方共同签署 further on).
     */
    static void fill(DocumentContext ctx, List<EventBuilder> signings, EventLexicon lexicon) {
        for (int si = 0; si < ctx.sentences.size(); si++) {
            MaskedSentence ms = ctx.masked.get(si);
            String m = ms.masked();
            if (m.indexOf("会") < 0 && m.indexOf("接见") < 0) {
                continue;
            }
            for (int[] verb = lexicon.find(EventLexicon.Role.SIGN, m, 0); verb != null; verb = lexicon.find(EventLexicon.Role.SIGN, m, verb[1])) {
                List<String> signers = signers(ms, verb[0]);
                if (signers == null) {
                    continue;
                }
                DateResolver.DateMention own = ctx.bestDate(si);
                String day = own != null && own.date() != null ? own.date() : ctx.reference;
                for (EventBuilder e : signings) {
                    if (e.build().signatories() == null && namesASide(ms, e.build().parties()) && sameYear(e.build().date(), day)) {
                        e.signatories(signers);
                    }
                }
            }
        }
    }

    /**
     * A signing dated to another year than the meeting's (a past twinning of the same two) is not the one signed then;
     * nor, when the meeting's day is not known, one dated by its year alone (于1992年缔结: told looking back).
     */
    private static boolean sameYear(String signed, String met) {
        if (signed == null || signed.length() < 4) {
            return true;
        }
        if (met == null || met.length() < 4) {
            return signed.length() > 4;
        }
        return signed.startsWith(met.substring(0, 4));
    }

    private static boolean namesASide(MaskedSentence ms, List<String> parties) {
        for (MaskedSentence.Slot s : ms.slots()) {
            if (s.entity().type() != EntityType.PERSON && parties.contains(s.entity().name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The host who met and, when exactly one guest is named, that guest: the signers of the signing whose verb
     * starts at {@code verbStart}; null when the sentence is not a meeting gone on to a signing.
     */
    static List<String> signers(MaskedSentence ms, int verbStart) {
        String m = ms.masked();
        int comma = lastSeparator(m, verbStart - 1, ",，");
        if (comma < 0 || !GOES_ON.matcher(m.substring(comma + 1, verbStart)).matches()) {
            return null;
        }
        int end = comma;
        for (int hop = 0; hop <= MAX_CLAUSES_BETWEEN && end > 0; hop++) {
            int start = lastSeparator(m, end - 1, ",，;；") + 1;
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
                if (guests.size() == 1 && !guests.get(0).entity().name().equals(out.get(0))) {
                    out.add(guests.get(0).entity().name());
                }
                return out;
            }
            if (clause.indexOf(MaskedSentence.PERSON) >= 0 || (clause.indexOf('签') >= 0)) {
                return null; // a clause with someone else, or another signing, between
            }
            end = start - 1;
        }
        return null;
    }

    private static MaskedSentence.Slot personAt(MaskedSentence ms, int maskedPos) {
        List<MaskedSentence.Slot> at = ms.slots(maskedPos, maskedPos + 1);
        return at.size() == 1 && at.get(0).entity().type() == EntityType.PERSON ? at.get(0) : null;
    }

    private static int lastSeparator(String m, int from, String separators) {
        for (int i = Math.min(from, m.length() - 1); i >= 0; i--) {
            if (separators.indexOf(m.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
