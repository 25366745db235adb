package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventBuilder;

import java.util.regex.Pattern;

/**
 * A sentence that opens with 同时 / 与此同时 / 此外同时 and tells another signing (副市长X代表甲市与乙省签署协议书。同时,
 * 丙与丁签署了意向书): the second act happened at the same time as the one told just before, so it takes that one's
 * day and place when it names none of its own, rather than the page's stamp.
 */
final class AtTheSameTime {
    private static final Pattern OPENING = Pattern.compile("^(?:与此同时|同时|此外同时|当天同时|当日同时)[,，]?");

    /** A day written before the verb (13日, 十三日, 今天): the sentence dates its act itself (also read by SigningBackground). */
    static final Pattern OWN_DAY = Pattern.compile("\\d{1,2}日|[一二三四五六七八九十]{1,3}日|今天|今日|昨天|昨日|次日|翌日");

    private AtTheSameTime() {
    }

    /** Whether the sentence opens with 同时 and tells no day of its own before the verb. */
    static boolean carriesOver(String masked, int verbPos) {
        return OPENING.matcher(masked).find() && !OWN_DAY.matcher(masked.substring(0, verbPos)).find();
    }

    /**
     * The signing just told lends its date to the one told with 同时 (replacing the page's stamp, which is all that one
     * had), and its place where that one names none of its own.
     */
    static void takeTimeAndPlace(EventBuilder e, EventBuilder told) {
        Event t = told.build();
        if (t.date() != null) {
            e.date(t.date());
        }
        if (e.location() == null && t.location() != null) {
            e.location(t.location());
        }
    }
}
