package dev.newsie.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 近日,甲与乙签署…; 记者21日获悉,日前,甲与乙签署…: an act the report places "recently" has no day of its own. The
 * words for the last days before a report (近日, 日前, 前不久, 不久前) say only that it fell shortly before the report's
 * time, so its date is that time's month (GOLD.md §4: relative dates resolve against the publication date, as precise
 * as the text allows) — the month of the day the report learned of it when a learning clause dates the sentence
 * ({@link ReporterLearned}), else the page's reference date. Reads a sentence and its resolved dates; writes nothing.
 */
final class RecentlyToldAct {
    /** The closed class of "recently" time nouns; 日前 after a number (3日前, 十日前) counts days before a day and is no such word. */
    private static final Pattern RECENTLY = Pattern.compile("近日|(?<![\\d一二三四五六七八九十两几数])日前|前不久|不久前");
    /** A colon or semicolon: the end of the sentence part a "recently" word frames. */
    private static final Pattern PART_BREAK = Pattern.compile("[:：;；]");
    /** YYYY-MM: the part of a date a report's "recently" keeps. */
    private static final int MONTH = 7;

    private RecentlyToldAct() {
    }

    /**
     * The month of an act whose verb stands at text offset {@code pos} of sentence {@code si}, when a "recently" word
     * comes before the verb in the sentence and the sentence dates nothing else (a date other than the learning
     * clause's may be the act's own); null otherwise.
     */
    static String month(DocumentContext ctx, int si, int pos) {
        Sentence s = ctx.sentences.get(si);
        String t = s.text();
        int verbAt = Math.max(0, Math.min(t.length(), pos - s.start()));
        int recently = -1;
        for (Matcher r = RECENTLY.matcher(t); r.find() && r.start() < verbAt; ) {
            recently = r.start();
        }
        if (recently < 0 || PART_BREAK.matcher(t.substring(recently, verbAt)).find()) {
            return null; // 甲日前多了一位伙伴:甲与乙缔结…: a colon or semicolon opens a part with a time of its own
        }
        int learned = ReporterLearned.end(t);
        String learnedOn = null;
        for (DateResolver.DateMention d : ctx.dates.get(si)) {
            if (d.first() == null) {
                continue;
            }
            if (learned >= 0 && learned <= recently && d.start() - s.start() < learned) {
                learnedOn = learnedOn == null ? d.first() : learnedOn; // 10月21日,记者…获悉,近日…: when it was learned
                continue;
            }
            return null;
        }
        String time = learnedOn != null ? learnedOn : ctx.reference;
        return time != null && time.length() >= MONTH ? time.substring(0, MONTH) : null;
    }
}
