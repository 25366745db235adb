package dev.newsie.events;

import dev.newsie.model.EntityType;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 与美国某州某某溪市签署, 与某国某州某某区签署: a signing partner written as an administrative chain
 * whose last unit no gazetteer holds. The chain runs from the larger unit to the smaller, so the unit written after
 * the last known state or province is the one that signs; taking the state instead names the wrong party. Reads a
 * masked sentence; writes nothing.
 */
final class UnheldUnitBelow {
    private UnheldUnitBelow() {
    }

    /**
     * A name ending in a level below a province (市, 县, 区, 郡, 镇, 町, 村) right after the province, then the end of the
     * clause, an adverb of the signing, or a title and its holder (…市市长X); not a word that sums up (城市, 两市).
     */
    private static final Pattern UNIT = Pattern.compile(
            "^([\\p{IsHan}&&[^的与和同跟及在、两各该本我签缔结建友好协议]]{2,8}?(?:市|县|区|郡|镇|町|村))(?=$|正式|共同|分别|签|缔|[\\p{IsHan}]{0,6}?Ⓡ)");

    /**
     * The unit named after {@code partner} (a province or state slot) up to {@code verbPos}, or null when the partner
     * is no province or nothing of that shape follows it.
     */
    static String after(MaskedSentence ms, MaskedSentence.Slot partner, int from, int verbPos) {
        if (partner == null || partner.entity().type() != EntityType.PROVINCE || from >= verbPos) {
            return null;
        }
        Matcher u = UNIT.matcher(ms.masked().substring(from, verbPos));
        if (!u.find() || u.group(1).endsWith("城市") || u.group(1).contains("城区")) {
            return null;
        }
        return u.group(1);
    }
}
