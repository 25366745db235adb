package dev.newsie.events;

import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;

import java.util.regex.Pattern;

/**
 * The home place of a list of partners set out one to a line (日本 乙市(1992年8月缔结)): the Chinese place last
 * named in the list's lead, the sentence before the lines that ends in a colon (甲市共有友好城市14个:). Reads the
 * document's sentences and entities; writes nothing.
 *
 * <p>A list's lines name only partners, and a paragraph between two lists (甲市所辖乙市也与…缔结) names other home
 * places; the lead is the one sentence that says whose list it is. A page's anti-copy noise after the colon
 * (…14个:" W, C# k0) does not hide it, and a colon inside that noise (h: M$) after a list line's date does not
 * make the line a lead: the lead's colon follows its words.
 */
final class PartnerListLead {
    private static final Pattern ENDS_WITH_COLON = Pattern.compile("[\\p{IsHan})）][:：][^\\p{IsHan}]*$");

    private PartnerListLead() {
    }

    /** The Chinese (or countryless) city or province named last in the last colon-ended sentence before an offset; null if none. */
    static String home(DocumentContext ctx, int before) {
        String home = null;
        for (MaskedSentence ms : ctx.masked) {
            if (ms.sentence().end() > before) {
                break;
            }
            if (!ENDS_WITH_COLON.matcher(ms.sentence().text().strip()).find()) {
                continue;
            }
            String named = lastHomePlaceIn(ms);
            if (named != null) {
                home = named;
            }
        }
        return home;
    }

    private static String lastHomePlaceIn(MaskedSentence ms) {
        String last = null;
        for (MaskedSentence.Slot s : ms.slots()) {
            Entity e = s.entity();
            if ((e.type() == EntityType.CITY || e.type() == EntityType.PROVINCE)
                    && (e.country() == null || e.country().equals("中国"))) {
                last = e.name();
            }
        }
        return last;
    }
}
