package dev.newsie.events;

import dev.newsie.model.EntityType;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence opened by a person (X表示,今年3月率团出席甲地的年会;6月访问乙国,并与丙市签署…): the person is the
 * subject of every clause whose subject is left out, so the side that signs is the place the person was introduced
 * as the head of (甲市长X earlier in the page), not the first place named within the opening's reach, which is
 * where the person went or what the person spoke about.
 */
final class PersonOpenedSubject {

    /** How far into a sentence (after a bracketed dateline) the opening person may stand: a date or title before it. */
    private static final int REACH = 4;

    /** 市长X, 副县长X: a head introduced by a bare title, no place before it (the page's own place's head). */
    private static final Pattern BARE_HEAD = Pattern.compile("(?<![ⓅⓄ\\p{IsHan}])(?:副)?([市县])长(Ⓡ)");

    private PersonOpenedSubject() {
    }

    /** The place the opening person heads, or null when the sentence opens otherwise or the person heads no place told. */
    static String headedPlace(DocumentContext ctx, MaskedSentence ms) {
        List<MaskedSentence.Slot> slots = ms.slots();
        if (slots.isEmpty()) {
            return null;
        }
        MaskedSentence.Slot first = slots.get(0);
        if (first.entity().type() != EntityType.PERSON || first.maskedPos() > REACH) {
            return null;
        }
        String headed = SigningSides.placeHeadedBy(ctx, ms, first.entity());
        return headed != null ? headed : bareHeadsHome(ctx, ms, first.entity());
    }

    /** 市长X earlier in the page, no place before the title: X heads the page's own place of that level, if one is clear. */
    private static String bareHeadsHome(DocumentContext ctx, MaskedSentence upTo, dev.newsie.model.Entity person) {
        int last = ctx.masked.indexOf(upTo);
        for (int k = 0; k <= last && k >= 0; k++) {
            MaskedSentence s = ctx.masked.get(k);
            Matcher h = BARE_HEAD.matcher(s.masked());
            while (h.find()) {
                List<MaskedSentence.Slot> who = s.slots(h.start(2), h.end(2));
                if (!who.isEmpty() && who.get(0).entity().name().equals(person.name())) {
                    return ctx.homePlace(h.group(1).charAt(0));
                }
            }
        }
        return null;
    }
}
