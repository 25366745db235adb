package dev.newsie.events;

import dev.newsie.model.EntityType;
import dev.newsie.model.EventBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 甲市与乙市正式缔结友好城市关系,甲市市长X,乙国丙州议员Y代表双方签署意向书: the pair is told first, then the people
 * who signed for it, each by a post (a post may sit at a state above the partner city, which is no side of its own). The
 * second verb is the same act by its signers, not a signing between the signers' posts.
 */
final class SignersForTheToldPair {
    private SignersForTheToldPair() {
    }

    /** After the first verb's clause: only clauses naming people and their posts, the last ending in 代表双方. */
    private static final Pattern ON_BEHALF = Pattern.compile(
            "^[^,，。;；]*[,，](?:[^。;；]*[,，])?[^,，。;；]*代表"
            + ReaderWords.SIDES_ACTED_FOR.alternation("told-pair") + "(?:政府)?(?:在协议书?上)?$");

    /** After the verb: a bare document word (意向书, 协议书) or none; a document named in full is a telling of its own. */
    private static final Pattern BARE_DOCUMENT = Pattern.compile("^了?(?:意向书|协议书?|协定书?|备忘录|盟约)?(?:[,，。;；!！]|$)");

    /**
     * 甲县与乙市今天正式缔盟,县长X与市长Y在县府完成签署: a clause of its own holding only two people, each with a bare
     * post, joined by 与 (and where they signed); no place of its own, so the people are the told pair's signers.
     */
    private static final Pattern TWO_SIGNERS = Pattern.compile("^(?:并|随后|之后)?(?:由)?\\p{IsHan}{0,4}?Ⓡ\\p{IsHan}{0,3}?(?:与|和|同)\\p{IsHan}{0,4}?Ⓡ"
            + "\\p{IsHan}{0,3}?(?:在(Ⓟ+|Ⓞ|" + SigningExtractor.HOME_SEAT + "))?(?:完成|共同|正式|分别)?(?:代表"
            + ReaderWords.SIDES_ACTED_FOR.alternation("two-signers") + ")?$");

    /**
     * @param previousVerbEnd the end of the sentence's earlier signing verb, whose signing is last
     * @return whether the verb at verb[0] is last's act told again with its signers (who are then set on it)
     */
    static boolean signersOf(MaskedSentence ms, int previousVerbEnd, int[] verb, EventBuilder last) {
        String m = ms.masked();
        if (previousVerbEnd <= 0 || last == null || !BARE_DOCUMENT.matcher(m.substring(verb[1])).find()) {
            return false;
        }
        int clause = SigningExtractor.clauseStart(m, verb[0]);
        Matcher two = TWO_SIGNERS.matcher(m.substring(clause, verb[0]));
        String place = null;
        boolean ownClause = clause > previousVerbEnd && two.find();
        if (ownClause) {
            if (two.group(1) != null) {
                int at = clause + two.start(1); // 在县府完成签署: the office's place (or the place) is where
                char c = m.charAt(at);
                // 在县府: a bare seat (no body of its own: its building) is the home side's, told first
                place = c == MaskedSentence.ORG ? SigningPlace.governmentPlace(ms.slots(at, at + 1).get(0))
                        : c == MaskedSentence.PLACE ? SigningPlace.placeIn(ms, at, clause + two.end(1))
                        : last.parties() == null || last.parties().isEmpty() ? null : last.parties().get(0);
            }
        } else if (!ON_BEHALF.matcher(m.substring(previousVerbEnd, verb[0])).find()) {
            return false;
        }
        List<String> signers = new ArrayList<>();
        if (ownClause) {
            for (MaskedSentence.Slot slot : ms.slots(clause, verb[0])) {
                if (slot.entity().type() == EntityType.PERSON && !signers.contains(slot.entity().name())) {
                    signers.add(slot.entity().name());
                }
            }
        } else {
            signers = Signatories.signatoriesBefore(ms, previousVerbEnd, verb[0]);
        }
        if (signers.size() != 2) {
            return false; // the two sides' signers, one each, or it is not the pair's act told again
        }
        if (last.build().signatories() == null) {
            last.signatories(signers);
        }
        if (place != null && last.build().location() == null) {
            last.location(place);
        }
        return true;
    }
}
