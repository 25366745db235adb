package dev.newsie.events;

import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;

import java.util.regex.Pattern;

/**
 * Whether a row of a data table (序号 | 乙市 | 乙国 | 1990年5月3日 | …) lists the home place's sister cities: only
 * when the page, before the row, speaks of the standing (甲市国际友好城市一览, 甲市已与N个城市建立友好城市关系).
 * A numbered row of a place and a date is as often a schedule or a list of visits; the page's own heading or lead
 * is what says whose partners the rows are. The home place is the Chinese (or countryless) place last named outside
 * the table: a partner's row need not give its country a place of its own, and must not become the next rows' home.
 * Reads the document's text and sentences; writes nothing.
 */
final class TwinningTablePage {
    private static final Pattern STANDING = Pattern.compile(
            "友好城市|友城|姊妹城市|姊妹市|姐妹城市|姐妹市|友好省州|友好省|友好州|友好交流城市|友谊市");

    private TwinningTablePage() {
    }

    /** True when the text before an offset names the standing of sister cities. */
    static boolean speaksOfTwinningBefore(DocumentContext ctx, int before) {
        return STANDING.matcher(ctx.text).region(0, Math.max(0, Math.min(before, ctx.text.length()))).find();
    }

    /** The Chinese or countryless city or province last named before an offset in a sentence that is not a table row. */
    static String home(DocumentContext ctx, Pattern row, int before) {
        String home = null;
        for (MaskedSentence ms : ctx.masked) {
            if (ms.sentence().end() > before) {
                break;
            }
            if (row.matcher(ms.masked()).find()) {
                continue;
            }
            for (MaskedSentence.Slot slot : ms.slots()) {
                Entity e = slot.entity();
                if ((e.type() == EntityType.CITY || e.type() == EntityType.PROVINCE)
                        && (e.country() == null || e.country().equals("中国"))) {
                    home = e.name();
                }
            }
        }
        return home;
    }
}
