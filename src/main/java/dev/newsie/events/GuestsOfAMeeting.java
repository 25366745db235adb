package dev.newsie.events;

import dev.newsie.model.EntityType;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 市长X会见了乙市市长Y、丙市市长Z一行,并与乙市、丙市分别签订…; 甲市市长X与前来参加博览会的乙市市长Y举行会谈,双方签订…:
 * a report of a meeting names its guests (those 会见 receives, up to 一行 or 代表团; those 来访的 or 前来…的), and the
 * meeting takes place where the host is. So a signing of that meeting, one of whose two sides is among the guests and
 * the other not, was made at the other side's place. The meeting is the signing's own sentence, or, when that
 * sentence opens with 会见后, the last sentence before it that tells a meeting. Reads masked sentences; writes nothing.
 */
final class GuestsOfAMeeting {
    private GuestsOfAMeeting() {
    }

    /** Those a host receives: 会见(了)…一行, 会见…率领的代表团. */
    private static final Pattern RECEIVED = Pattern.compile("(?:" + RoleWords.MEETING_VERBS.alternation("RECEIVE")
            + ")(?:了)?([^。;；]{1,60}?)(?:一行|代表团)");
    /** Those who came: 来访的乙市市长Y, 前来参加博览会的乙市市长Y (up to the next comma). */
    private static final Pattern CAME = Pattern.compile("(?:来访的|到访的|前来[^。;；,，]{0,15}?的)([^。;；,，]{1,30})");
    /** A sentence that tells a meeting: any verb of models/events/meeting-verbs.tsv (RECEIVE and TALK). */
    private static final Pattern MEETING = Pattern.compile(RoleWords.MEETING_VERBS.alternation("RECEIVE", "TALK"));
    /** How many sentences back a 会见后 may reach for its meeting. */
    private static final int MEETING_REACH = 10;

    /** The host's place of the meeting the signing of sentence si between the two parties belongs to, or null. */
    static String hostPlace(DocumentContext ctx, int si, List<String> parties) {
        if (parties.size() != 2) {
            return null;
        }
        MaskedSentence meeting = meetingOf(ctx, si);
        if (meeting == null || SigningPlace.REMOTE.matcher(meeting.sentence().text()).find()) {
            return null; // a meeting held over a video link has no one place
        }
        return SigningPlace.hostOf(ctx, parties, guestSides(meeting, parties)); // the guests travelled
    }

    /**
     * The host's place for a signing whose own sentence is not known (a headline's, retold in the body): the one host
     * the report's meetings that go on to a signing of theirs (in the same sentence, or 会见后) give it, else null.
     */
    static String hostPlaceInReport(DocumentContext ctx, List<String> parties, EventLexicon lexicon) {
        String found = null;
        for (int k = 0; k < ctx.sentences.size(); k++) {
            if (lexicon.find(EventLexicon.Role.SIGN, ctx.masked.get(k).masked(), 0) == null) {
                continue;
            }
            String host = hostPlace(ctx, k, parties);
            if (host != null && found != null && !found.equals(host)) {
                return null;
            }
            found = host != null ? host : found;
        }
        return found;
    }

    private static MaskedSentence meetingOf(DocumentContext ctx, int si) {
        if (!SigningPlace.MEETING_OVER_OPENING.matcher(ctx.sentences.get(si).text()).find()) {
            return ctx.masked.get(si);
        }
        int told = meetingToldBefore(ctx, si);
        return told < 0 ? null : ctx.masked.get(told);
    }

    /**
     * 副市长X、秘书长Y参加会见, 陪同会见: the meeting as the object of a verb of attending tells who else was there; 会见中,
     * 会谈时 framing what was said tells its talk. Neither tells the meeting itself (who met whom, and where).
     */
    private static final Pattern NOT_THE_MEETING = Pattern.compile("(?:参加|陪同|出席|参与|列席)(?:了)?(?:"
            + RoleWords.MEETING_VERBS.alternation("RECEIVE", "TALK") + ")|(?:"
            + RoleWords.MEETING_VERBS.alternation("RECEIVE", "TALK") + ")(?:中|时|期间)(?=[,，])");

    /**
     * The index of the last sentence before {@code si} (at most {@link #MEETING_REACH} back) that tells a meeting,
     * which a sentence opening with 会见后 goes on from, or -1; a sentence that only tells who attended it (参加会见)
     * or what was said in it (会见中,…) is passed over, as are the speeches of the meeting reported between.
     */
    static int meetingToldBefore(DocumentContext ctx, int si) {
        for (int back = si - 1; back >= Math.max(0, si - MEETING_REACH); back--) {
            String text = NOT_THE_MEETING.matcher(ctx.sentences.get(back).text()).replaceAll("");
            if (MEETING.matcher(text).find()) {
                return back;
            }
        }
        return -1;
    }

    /** The sides of the signing named among the guests of the meeting sentence. */
    private static Set<String> guestSides(MaskedSentence ms, List<String> parties) {
        Set<String> found = new HashSet<>();
        for (Pattern p : List.of(RECEIVED, CAME)) {
            Matcher g = p.matcher(ms.masked());
            while (g.find()) {
                for (MaskedSentence.Slot s : ms.slots(g.start(1), g.end(1))) {
                    String side = s.entity().type() == EntityType.ORGANIZATION ? SigningPlace.governmentPlace(s) : s.entity().name();
                    if (side != null && parties.contains(side)) {
                        found.add(side);
                    }
                }
            }
        }
        return found;
    }
}
