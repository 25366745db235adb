package dev.newsie.events;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 今天被授予“X”的甲·乙女士就是… / 荣获“X”证书的越南公民 甲 / 向荣获“X”称号的甲、乙颁发证书: a relative clause whose verb
 * receives the honour modifies the people it names — the head noun of the clause is the recipient, though it stands
 * after the award rather than before the verb as a subject would.
 */
final class RelativeClauseHonourees {
    private RelativeClauseHonourees() {
    }

    /** The verb of receiving right before the award's name (its year or quotation mark between them). */
    private static final Pattern RECEIVING_VERB = Pattern.compile(
            "(?:被授予|荣获|获颁|获授|荣膺|获得)了?(?:\\d{4}年度?)?[“\"「『]?$");

    /**
     * After the award: its closing mark, the token or title word that stands for it, 的, then a short description
     * (越南公民, 巴西前总统) without a clause break, and the people.
     */
    private static final Pattern HEAD_AFTER = Pattern.compile(
            "^[”\"」』]?(?:称号|荣誉证书|证书|奖章|勋章|奖牌)?的([^,，。;；:：!！?？ⓅⓄⓇ“”\"]{0,12}?)\\s*Ⓡ");

    /** 甲、乙和丙: more people coordinated with the first. */
    private static final Pattern MORE = Pattern.compile("^(?:先生|女士|博士|教授)?(?:、|和|及|与)Ⓡ");

    /**
     * The people a relative clause on the award names, {@code awardStart}..{@code awardEnd} being the award's masked
     * span; empty when the award is not the object of a receiving verb heading such a clause.
     */
    static List<String> after(MaskedSentence ms, int awardStart, int awardEnd) {
        String m = ms.masked();
        if (awardStart < 0 || awardEnd > m.length() || !RECEIVING_VERB.matcher(m.substring(Math.max(0, awardStart - 12), awardStart)).find()) {
            return List.of();
        }
        Matcher h = HEAD_AFTER.matcher(m.substring(awardEnd));
        if (!h.find()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        int at = awardEnd + h.end() - 1;
        while (true) {
            List<MaskedSentence.Slot> s = ms.slots(at, at + 1);
            if (s.isEmpty() || s.get(0).entity().type() != EntityType.PERSON) {
                break;
            }
            if (!out.contains(s.get(0).entity().name())) {
                out.add(s.get(0).entity().name());
            }
            Matcher more = MORE.matcher(m.substring(at + 1));
            if (!more.find()) {
                break;
            }
            at = at + 1 + more.end() - 1;
        }
        return out;
    }
}
