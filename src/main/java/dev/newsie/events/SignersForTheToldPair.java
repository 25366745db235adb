package dev.newsie.events;

import dev.newsie.model.EventBuilder;

import java.util.List;
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
            "^[^,，。;；]*[,，](?:[^。;；]*[,，])?[^,，。;；]*代表(?:双方|两市|两地|两县|两省)(?:政府)?(?:在协议书?上)?$");

    /** After the verb: a bare document word (意向书, 协议书) or none; a document named in full is a telling of its own. */
    private static final Pattern BARE_DOCUMENT = Pattern.compile("^了?(?:意向书|协议书?|协定书?|备忘录)?(?:[,，。;；!！]|$)");

    /**
     * @param previousVerbEnd the end of the sentence's earlier signing verb, whose signing is last
     * @return whether the verb at verb[0] is last's act told again with its signers (who are then set on it)
     */
    static boolean signersOf(MaskedSentence ms, int previousVerbEnd, int[] verb, EventBuilder last) {
        String m = ms.masked();
        if (previousVerbEnd <= 0 || last == null || !ON_BEHALF.matcher(m.substring(previousVerbEnd, verb[0])).find()
                || !BARE_DOCUMENT.matcher(m.substring(verb[1])).find()) {
            return false;
        }
        List<String> signers = Signatories.signatoriesBefore(ms, previousVerbEnd, verb[0]);
        if (signers.size() != 2) {
            return false; // the two sides' signers, one each, or it is not the pair's act told again
        }
        if (last.build().signatories() == null) {
            last.signatories(signers);
        }
        return true;
    }
}
