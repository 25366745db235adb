package dev.newsie.events;

import dev.newsie.model.EntityType;
import dev.newsie.model.Relation;
import dev.newsie.model.Span;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The start of the one twinning a page tells, read from a clause that opens a span up to now at a year and twins in it
 * (自1979年至今姐妹友好城市的典范, 从1980年结好之初的框架协议, 自2000年甲与乙缔结国际友好城市以来) but does not name both
 * sides in the way the statement rows need: the sides are the page's only pair, so the year is that pair's start.
 *
 * <p>Why: such clauses stand in speeches and reviews after the pair was named, and on a page with no date of its own
 * a jubilee (结好45周年) cannot be counted back, so the clause is the only start the page gives. Read only for a pair
 * with no start yet, on a page that twins no other pair, and only when every place the clause names is that pair's.
 */
final class SolePairStart {
    /**
     * 自/从 and a year (month, day), then in the same clause a verb of twinning with its standing, or 至今 and the standing
     * (自1979年至今姐妹友好城市): the clause dates the twinning, not the exchanges a bare 自2010年以来 dates (nor
     * 自2010年以来的友城交流, whose noun names the standing only as the exchanges' kind).
     */
    private static final Pattern DATED_TWINNING = Pattern.compile(
            "(?:自|从)(\\d{4})年(?:\\d{1,2}月)?(?:\\d{1,2}日)?[^,，。;；:：!！?？]{0,16}?"
                    + "(?:结好|缔盟|结盟|(?:结为|缔结为|缔结|建立|结成)(?:了)?(?:国际)?(?:友好城市|友城|姊妹|姐妹|友好省|友好州|友谊)"
                    + "|至今(?:的)?(?:国际)?(?:姊妹|姐妹|友好城市|友城|友好省州))");

    private SolePairStart() {
    }

    static void read(DocumentContext ctx, FoundRelations out) {
        List<Relation> found = out.relations();
        if (found.size() != 1 || found.get(0).since() != null) {
            return;
        }
        List<String> pair = found.get(0).parties();
        for (MaskedSentence ms : ctx.masked) {
            Matcher m = DATED_TWINNING.matcher(ms.masked());
            if (m.find() && onlyThePair(ms, SigningExtractor.clauseStart(ms.masked(), m.start()), m.end(), pair)) {
                String since = StartDate.of(ms.masked(), m.group(1), m.end(1));
                out.put(pair.get(0), pair.get(1), since, new Span(ms.sentence().start(), ms.sentence().end()));
                return;
            }
        }
    }

    /** Whether every place named in [from, to) of the sentence, countries aside, is one of the pair. */
    private static boolean onlyThePair(MaskedSentence ms, int from, int to, List<String> pair) {
        for (MaskedSentence.Slot s : ms.slots(from, to)) {
            if (s.entity().type() != EntityType.COUNTRY && s.entity().type().isPlace() && !pair.contains(s.entity().name())) {
                return false;
            }
        }
        return true;
    }
}
