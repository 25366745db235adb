package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventBuilder;
import dev.newsie.model.EventType;
import dev.newsie.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 继2010年、2012年我市连续两届获“X”,2016年获“Y”后,今年我市再次获得“X”: a report of an award won again recalls,
 * in a 继…后 clause, the earlier years the same award was won. Awards are gathered by name, so the earlier wins of
 * the award reported would merge into it; each earlier year is a conferral of its own (GOLD.md §7: an award
 * narrated as an act with its own time is an event with that date), won by the same recipients and conferred by the
 * same giver.
 */
final class EarlierYearsOfAnAward {
    /** 继…后: the clause that recalls the honours won before the one reported. */
    private static final Pattern RECALLED = Pattern.compile("继([^。;；]{4,160}?)后");
    /** One or several years, then the award won in them (quoted): 2010年、2012年我市连续两届获“X”. */
    private static final Pattern YEARS_WON = Pattern.compile(
            "((?:(?:19|20)\\d{2}年[、和及与]?)+)[^“”\"。,，;；]{0,16}?(?:荣获|获得|获评|获颁|获)了?[“\"]([^”\"]{2,30})[”\"]");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

    private EarlierYearsOfAnAward() {
    }

    /** The earlier conferrals of the awards found, one per recalled year not already their date. */
    static List<EventBuilder> events(DocumentContext ctx, List<EventBuilder> awards) {
        List<EventBuilder> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int si = 0; si < ctx.sentences.size(); si++) {
            Sentence s = ctx.sentences.get(si);
            Matcher r = RECALLED.matcher(s.text());
            while (r.find()) {
                Matcher w = YEARS_WON.matcher(r.group(1));
                while (w.find()) {
                    EventBuilder found = reported(awards, w.group(2));
                    if (found == null || found.build().date() == null) {
                        continue; // only beside a conferral of the same award with its own date
                    }
                    if (s.text().indexOf(w.group(2), r.end()) >= 0) {
                        redate(ctx, si, s.start() + r.end(), r.group(1), found); // …后,今年再次获得“X”: won again
                    }
                    Event told = found.build();
                    Matcher y = YEAR.matcher(w.group(1));
                    while (y.find()) {
                        String year = y.group();
                        if (told.date().startsWith(year) || seen.contains(told.award() + year)) {
                            continue;
                        }
                        seen.add(told.award() + year);
                        EventBuilder b = Event.builder(EventType.AWARD).award(told.award()).date(year)
                                .evidence(new Span(s.start(), s.end()));
                        if (told.recipients() != null) {
                            b.recipients(told.recipients());
                        }
                        if (told.giver() != null) {
                            b.giver(told.giver()); // the body that confers the award each time it is given
                        }
                        out.add(b);
                    }
                }
            }
        }
        return out;
    }

    /**
     * 继2027年获“X”后,今年再获“X”: a date the reported award took from a year the clause recalls belongs to the earlier
     * win; the reported one is dated by the first date told after the clause (今年), when there is one.
     */
    private static void redate(DocumentContext ctx, int si, int clauseEnd, String recalled, EventBuilder found) {
        Matcher y = YEAR.matcher(recalled);
        boolean fromRecalled = false;
        while (y.find()) {
            fromRecalled |= found.build().date().startsWith(y.group());
        }
        if (!fromRecalled) {
            return;
        }
        for (DateResolver.DateMention d : ctx.dates.get(si)) {
            if (d.start() >= clauseEnd && d.first() != null) {
                found.date(d.first());
                return;
            }
        }
    }

    /** The award found under this name, or null. */
    private static EventBuilder reported(List<EventBuilder> awards, String name) {
        for (EventBuilder b : awards) {
            Event e = b.build();
            if (name.equals(e.award()) || name.equals(AwardVariants.withoutEdition(e.award()))) {
                return b;
            }
        }
        return null;
    }
}
