package dev.newsie.events;

import dev.newsie.model.Span;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A twinning recalled as the one a new act follows: 继9月甲市与乙乡缔盟后,丙乡于11月7日与甲市签署… (after A and B
 * twinned in September, C …). The frame 继…后 presupposes the earlier act done, so its two places are partners, and
 * a date told right after 继 (9月, 去年5月, 2019年) is when they twinned, resolved against the page's date as any date
 * of the sentence is (a month alone needs the page's own year: without one there is no start). Reports of a second or
 * third pair between two regions open so; the later pair is told by the signing that follows.
 */
final class TwinningRecalledBeforeAnother {
    private TwinningRecalledBeforeAnother() {
    }

    /** 继, an optional date, the two sides, a twinning verb, then 后/之后/以后 closing the frame. */
    private static final Pattern FRAME = Pattern.compile(
            "继(?!续)(?<when>[^,，。;；Ⓟ]{0,12}?)(?<a>Ⓟ+)(?:市|县|乡|镇|町|村|区|省|州)?(?:与|和|同)(?<b>Ⓟ+)(?:市|县|乡|镇|町|村|区|省|州)?"
                    + "(?:正式)?(?:缔盟|结盟|结好|(?:缔结|结为|结成|建立)(?:为)?(?:了)?(?:国际)?"
                    + "(?:友好城市|友城|姊妹市|姐妹市|姊妹城市|姐妹城市|友谊市|姊妹县|姐妹县|友好省州|友好)(?:关系)?)(?:之后|以后|后)(?!续)");

    static void read(DocumentContext ctx, FoundRelations out) {
        for (int si = 0; si < ctx.masked.size(); si++) {
            MaskedSentence ms = ctx.masked.get(si);
            Matcher m = FRAME.matcher(ms.masked());
            while (m.find()) {
                MaskedSentence.Slot a = ms.lastPlace(m.start("a"), m.end("a"));
                MaskedSentence.Slot b = ms.lastPlace(m.start("b"), m.end("b"));
                if (!FoundRelations.twinnable(a, b)) {
                    continue;
                }
                String since = dateAfterOpening(ctx.dates.get(si), ms, m);
                if (since != null) {
                    // the pair's own date in the frame outranks the date of the new act the sentence goes on to tell
                    out.remove(a.entity().name(), b.entity().name());
                }
                out.put(a.entity().name(), b.entity().name(), since, new Span(ms.sentence().start(), ms.sentence().end()));
            }
        }
    }

    /** The resolved date told between 继 and the first side, or null. */
    private static String dateAfterOpening(List<DateResolver.DateMention> dates, MaskedSentence ms, Matcher m) {
        if (m.group("when").isEmpty()) {
            return null;
        }
        int from = ms.textOffset(m.start("when")), to = ms.textOffset(m.start("a"));
        for (DateResolver.DateMention d : dates) {
            if (d.start() >= from && d.end() <= to && d.first() != null) {
                return d.first();
            }
        }
        return null;
    }
}
