package dev.newsie.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * 乙正式成为甲市第12位荣誉市民: a person reported as having become a place's honorary citizen received that honour —
 * the award is the place's honour as written (甲市荣誉市民), the person its recipient. The honours are the
 * citizenship heads of the AWARD_HEAD rows in models/events/lexicon.tsv (荣誉市民, 名誉市民, 荣誉县民…).
 */
final class BecomingHonouree {
    /** An honour reported as achieved; the award and its recipients. */
    record Becoming(String award, List<String> recipients) {
    }

    /** 将成为 / 有望成为: a future or a hope is not an honour received. */
    private static final Pattern NOT_YET = Pattern.compile("(?:将|将要|即将|有望|希望|可望|拟)$");

    private final Pattern becoming;

    BecomingHonouree(EventLexicon lexicon) {
        String honours = lexicon.words(EventLexicon.Role.AWARD_HEAD).stream()
                .filter(w -> w.matches("(?:荣誉|名誉)[\\p{IsHan}]?民"))
                .map(Pattern::quote).collect(Collectors.joining("|"));
        becoming = Pattern.compile("((?:Ⓡ(?:先生|女士|博士|教授)?(?:、|和|与|及))*Ⓡ)(?:先生|女士|博士|教授)?(?:等\\d+(?:人|位|名))?"
                + "(?:正式|也|由此|从而|因此|就此|当天|今天|今日)?(成为)(?:了)?(Ⓟ)([市县州]?)(?:的)?"
                + "(?:(?:迄今|历史上|本市)?(?:第[\\d一二三四五六七八九十百零]+(?:位|名|个)|首位|首批|一名|一位|新一位|新的一位))?"
                + "(?:外籍|外国)?(" + honours + ")(?![证状])");
    }

    /** The honours the sentence says its people became holders of. */
    List<Becoming> find(MaskedSentence ms) {
        List<Becoming> out = new ArrayList<>();
        String m = ms.masked();
        Matcher b = becoming.matcher(m);
        while (b.find()) {
            if (NOT_YET.matcher(m.substring(0, b.start(2))).find()) {
                continue;
            }
            MaskedSentence.Slot place = ms.slots(b.start(3), b.end(3)).get(0);
            if (place.entity().type() == dev.newsie.model.EntityType.COUNTRY) {
                continue;
            }
            String award = place.mention().text() + b.group(4) + b.group(5); // the honour as written: 甲市荣誉市民
            List<String> people = ms.slots(b.start(1), b.end(1)).stream().filter(s -> s.entity().type() == dev.newsie.model.EntityType.PERSON)
                    .map(s -> s.entity().name()).toList();
            out.add(new Becoming(award, people));
        }
        return out;
    }
}
