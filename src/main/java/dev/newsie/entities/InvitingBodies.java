package dev.newsie.entities;

import java.util.List;

/**
 * The genre's invitation clause 应 + body + 邀请 (会长某某先生应某市政府邀请出席): the segmenter glues the preposition
 * 应 onto the body's name (应某市政府/nt), and the run of name tokens then reaches back over the guest and his
 * honorific. The body invited by is named after 应.
 */
final class InvitingBodies {
    /** The preposition of the invitation clause. */
    private static final char INVITED_BY = '应';
    /** What closes the clause right after the inviting body's name. */
    private static final List<String> INVITATION = List.of("邀请", "之邀", "的邀请");
    /** Words that open a nationwide or national body's name (应全国友协邀请, 应中国某某协会之邀). */
    private static final List<String> NATIONAL_OPENINGS = List.of("全国", "中国", "国家");
    /** A place's stem and its level character opening the body's name (某某市 + 政府). */
    private static final java.util.regex.Pattern PLACE_AND_LEVEL = java.util.regex.Pattern.compile("\\p{IsHan}{2,4}[市省县州]");
    /** Fewest characters of a body's name after 应. */
    private static final int MIN_NAME = 3;

    private InvitingBodies() {
    }

    /**
     * Where the name in {@code [start, end)} starts once an invitation's 应 inside it is cut: the last 应 followed by a
     * place (found here or named elsewhere in the article) or a national body's opening, in a span that the word 邀请 (之邀) closes; {@code start} when there is none.
     */
    static int afterInvitation(String text, int start, int end, List<Candidate> places) {
        if (INVITATION.stream().noneMatch(w -> text.startsWith(w, end))) {
            return start;
        }
        for (int k = end - MIN_NAME - 1; k >= start; k--) {
            int after = k + 1;
            if (text.charAt(k) == INVITED_BY && (PlaceSpans.placeStartsAt(places, after) || PlaceSpans.countryStartsAt(places, after)
                    || NATIONAL_OPENINGS.stream().anyMatch(w -> text.startsWith(w, after))
                    || places.stream().anyMatch(p -> p.type().isPlace() && p.name().length() >= 2 && text.startsWith(p.name(), after))
                    || PLACE_AND_LEVEL.matcher(text).region(after, end).lookingAt())) {
                // (a place named elsewhere, or a stem and its level: the segmenter's token 应某市政府 hides the place here)
                return after;
            }
        }
        return start;
    }
}
