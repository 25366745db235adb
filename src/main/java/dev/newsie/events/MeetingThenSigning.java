package dev.newsie.events;

import dev.newsie.model.EntityType;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 甲市市长X会见乙市市长Y(一行),并共同签署…: a host and a guest, each named by their place and title, meet; the
 * clause that goes on with no subject of its own (并, 随后, 共同) tells what the two who met did, so the host's place
 * and the guest's signed. The clause may name the partner again after 与 (并与Y签署, 并与乙市签订, 并与其签署): the
 * guest the host met, who signs with the host when named as a person. Reads one masked clause; writes nothing.
 */
final class MeetingThenSigning {
    private MeetingThenSigning() {
    }

    /**
     * The host's place (or a body of it) opening the clause with a titled person, a verb of meeting, the guest's
     * place chain (a country may open it) with its titled person, then only a comma and the words that go on to
     * the signing verb.
     */
    private static final Pattern MET_THEN = Pattern.compile(
            "^([ⓅⓄ]+)[^,，;；ⓅⓄⓇ]{0,12}?(Ⓡ)[^,，;；ⓅⓄⓇ]{0,12}?(?:"
                    + RoleWords.MEETING_VERBS.alternation("RECEIVE", "TALK") + ")(?:了)?(?:来访的|到访的|率团来访的)?"
                    + "(Ⓟ+)[^,，;；ⓅⓄⓇ]{0,12}?(Ⓡ)?(?:率领的[\\p{IsHan}]{0,4}?(?:代表团|访问团|考察团))?(?:一行)?[,，]"
                    + "(?:随后|并且|并|还|同时)?(共同|正式|一同)?(?:(?:与|和|同)(?:其|对方|(Ⓡ)|(Ⓟ+))(?:共同|正式|一同)?)?$");

    /** The two sides, and the two who met when they signed together (共同, 一同), else no signers. */
    record Sides(List<String> parties, List<String> signers) {
    }

    /** The host's and the guest's places, or null when the clause is not a meeting gone on to a signing. */
    static Sides sides(MaskedSentence ms, String clause, int clauseOffset) {
        Sides read = read(ms, clause, clauseOffset);
        if (read != null || !GOES_ON_WITH_PARTNER.matcher(clause).lookingAt()) {
            return read;
        }
        // …一行,并与Y签署: the signing clause names only the partner, so the meeting is the clause before its comma
        String masked = ms.masked();
        int comma = clauseOffset - 1;
        if (comma < 1 || ",，".indexOf(masked.charAt(comma)) < 0) {
            return null;
        }
        int start = Math.max(masked.lastIndexOf(',', comma - 1), masked.lastIndexOf('，', comma - 1)) + 1;
        return read(ms, masked.substring(start, clauseOffset + clause.length()), start);
    }

    /** A clause that goes on from a meeting with the partner after 与 (并与Y, 随后同乙市). */
    private static final Pattern GOES_ON_WITH_PARTNER = Pattern.compile("(?:随后|并且|并|还|同时)?(?:共同|一同)?(?:与|和|同)");

    private static Sides read(MaskedSentence ms, String clause, int clauseOffset) {
        Matcher m = MET_THEN.matcher(clause);
        if (!m.find()) {
            return null;
        }
        MaskedSentence.Slot host = ms.lastParty(clauseOffset + m.start(1), clauseOffset + m.end(1));
        MaskedSentence.Slot guest = ms.lastPlace(clauseOffset + m.start(3), clauseOffset + m.end(3));
        if (host == null || guest == null || guest.entity().type() == EntityType.COUNTRY || host.entity() == guest.entity()) {
            return null;
        }
        String a = SigningExtractor.partyName(host);
        if (host.entity().type() == EntityType.ORGANIZATION && a.equals(host.entity().name())) {
            return null; // a body that is no place's government or committee meets for itself
        }
        if (a.equals(guest.entity().name())) {
            return null;
        }
        if (m.group(7) != null) {
            // …一行,并与乙市签署: the partner named again must be the guest's place, or the clause tells another signing
            MaskedSentence.Slot again = ms.lastPlace(clauseOffset + m.start(7), clauseOffset + m.end(7));
            if (again == null || !again.entity().name().equals(guest.entity().name())) {
                return null;
            }
        }
        boolean together = m.group(5) != null && !m.group(5).equals("正式");
        List<String> signers = together && m.group(4) != null
                ? List.of(personAt(ms, clauseOffset + m.start(2)), personAt(ms, clauseOffset + m.start(4)))
                : m.group(6) != null // …,并与Y签署: the host who met signed with the guest named
                ? List.of(personAt(ms, clauseOffset + m.start(2)), personAt(ms, clauseOffset + m.start(6))) : null;
        return new Sides(List.of(a, guest.entity().name()), signers);
    }

    private static String personAt(MaskedSentence ms, int maskedPos) {
        return ms.slots(maskedPos, maskedPos + 1).get(0).entity().name();
    }
}
