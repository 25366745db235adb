package dev.newsie.events;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 市长会见乙一行,并向他颁发“X” / 会见乙时授予她“X”称号: the honour goes to the guest the clause before named, taken up
 * again by 他/她 after the preposition or verb of conferring.
 */
final class PronounHonouree {
    private PronounHonouree() {
    }

    /** A verb of receiving a guest, the guest, then 向他/为她/授予他 before the award. */
    private static final Pattern GUEST_THEN_PRONOUN = Pattern.compile(
            "(?:会见|接见|会晤|看望|宴请|拜会|拜访|欢迎)了?[^。;；Ⓡ]{0,20}?(Ⓡ)(?:先生|女士|博士|教授|夫妇)?[^。;；Ⓡ]{0,40}?"
            + "(?:向|为|给|授予|颁给)(?:他|她)[^。;；ⓄⓅⓇ]{0,8}?[“\"「『]?$");

    /** The guest the pronoun before the award at masked position {@code award} stands for; null if none. */
    static String honouree(MaskedSentence ms, int award) {
        Matcher g = GUEST_THEN_PRONOUN.matcher(ms.masked().substring(0, Math.min(award, ms.masked().length())));
        if (!g.find()) {
            return null;
        }
        List<MaskedSentence.Slot> guest = ms.slots(g.start(1), g.end(1));
        return guest.isEmpty() ? null : guest.get(0).entity().name();
    }
}
