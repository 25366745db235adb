package dev.newsie.events;

import dev.newsie.model.Span;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A twinning agreement told by its title, signed on a date told before it: 1984年6月12日,《中国甲省——美国乙州缔结友好省州
 * 关系协议书》签署 (the title as the subject of 签署), or 2001年5月,双方签署了《甲市与乙市建立友好城市关系协议书》. The
 * title names the two sides (joined by a dash, 与, 和 or 同) and the twinning; the date in the sentence before the title
 * is when the relation began, a full date outranking the year a jubilee counts back to.
 */
final class TitledTwinningAgreement {
    private TitledTwinningAgreement() {
    }

    /** The title: two sides, the twinning, the kind of document; then a signing verb close after it. */
    private static final Pattern TITLE = Pattern.compile(
            "《[^《》Ⓟ]{0,8}?(?<a>Ⓟ+)(?:市|省|州|县|区|道|府)?(?:——|—|－|-|与|和|同)[^《》Ⓟ]{0,8}?(?<b>Ⓟ+)(?:市|省|州|县|区|道|府)?"
                    + "(?:缔结|建立|结为|结成)(?:国际)?(?:友好城市|友城|友好省州|友好省|友好州|友好城区|姊妹城市|姐妹城市|姊妹市|姐妹市)(?:关系)?"
                    + "(?:的)?(?:协议书|协议|议定书|协定书|协定)》(?:正式)?(?:在[^,，。;；]{1,12})?(?:签署|签订|签字|签定)");

    static void read(DocumentContext ctx, FoundRelations out) {
        for (int si = 0; si < ctx.masked.size(); si++) {
            MaskedSentence ms = ctx.masked.get(si);
            Matcher m = TITLE.matcher(ms.masked());
            while (m.find()) {
                MaskedSentence.Slot a = ms.lastPlace(m.start("a"), m.end("a"));
                MaskedSentence.Slot b = ms.lastPlace(m.start("b"), m.end("b"));
                if (!FoundRelations.twinnable(a, b)) {
                    continue;
                }
                String since = dateBefore(ctx.dates.get(si), ms.textOffset(m.start()));
                out.put(a.entity().name(), b.entity().name(), since, new Span(ms.sentence().start(), ms.sentence().end()));
            }
        }
    }

    /** The last resolved date of the sentence told before the title, or null. */
    private static String dateBefore(List<DateResolver.DateMention> dates, int titleStart) {
        String last = null;
        for (DateResolver.DateMention d : dates) {
            if (d.end() <= titleStart && d.first() != null) {
                last = d.first();
            }
        }
        return last;
    }
}
