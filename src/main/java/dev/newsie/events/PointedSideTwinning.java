package dev.newsie.events;

import dev.newsie.model.EntityType;
import dev.newsie.model.Span;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 该市在1996年同我市结为友好城市, 今年9月该州与乙省结好30周年: one side of a twinning written 该市/该州 ("this
 * city", "this state") — the place of that rank the page has just named — and the other a place or 我市/我省. The
 * year in the clause is the start; a jubilee's years count back from the year it falls in. Words of wish or plan
 * (盼, 希望, 将, 拟) before the verb state no twinning.
 */
final class PointedSideTwinning {
    private static final Pattern CLAUSE = Pattern.compile(
            "该([市州省县])(?<gap>[^。;；,，ⓅⓄⓇ]{0,12}?)(?:与|和|同)(?:(?<b>Ⓟ+)|我(?<own>[市省县]))(?:[市省州县])?"
                    + "(?<gap2>[^。;；,，ⓅⓄⓇ]{0,6}?)(?:(?:正式)?(?:缔结为|结为|结成|缔结|建立)(?:了)?(?:国际)?(?:友好|姊妹|姐妹|友城)"
                    + "|结好(?<n>\\d{1,3})周年)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    private static final Pattern PLAN = Pattern.compile("盼|希望|期望|期待|将|拟|计划|有望|争取|推动|有意|准备");

    private PointedSideTwinning() {
    }

    static void read(DocumentContext ctx, FoundRelations out) {
        Integer pageYear = ctx.resolver.anchorYear();
        for (MaskedSentence ms : ctx.masked) {
            Matcher m = CLAUSE.matcher(ms.masked());
            while (m.find()) {
                String gaps = m.group("gap") + m.group("gap2");
                if (PLAN.matcher(gaps).find()) {
                    continue;
                }
                char rank = m.group(1).charAt(0);
                EntityType type = rank == '州' || rank == '省' ? EntityType.PROVINCE : EntityType.CITY;
                String b;
                if (m.group("b") != null) {
                    MaskedSentence.Slot s = ms.lastPlace(m.start("b"), m.end("b"));
                    b = s == null || s.entity().type() == EntityType.COUNTRY ? null : s.entity().name();
                } else {
                    b = ctx.homePlace(m.group("own").charAt(0) == '省' ? '省' : '市');
                    if (b == null) { // the page's own place unsure (two governments named): the home place named last
                        b = SisterCityExtractor.lastHomePlace(ctx, ms.textOffset(m.start()));
                    }
                }
                // 该市 and the place it is twinned with are two places: the one it points at is never the other side
                String a = pointedAt(ctx, ms, m.start(), type, b);
                if (a == null || b == null || a.equals(b)) {
                    continue;
                }
                Span evidence = new Span(ms.sentence().start(), ms.sentence().end());
                if (m.group("n") != null) {
                    String since = AnniversaryYear.start(ms.masked().substring(0, m.start()), pageYear, m.group("n"));
                    out.putCounted(a, b, since, evidence);
                } else {
                    Matcher y = YEAR.matcher(gaps);
                    out.put(a, b, y.find() ? y.group(1) : null, evidence);
                }
            }
        }
    }

    /**
     * The place 该市/该州 points at: the nearest of its rank named before it in the same sentence, else the first of its
     * rank in the sentence before — that sentence's topic (乙市为某国某州首府,距离首都丙市…。该市… is 乙市, not 丙市) —
     * leaving out the place the clause twins it with (甲市代表团访问了乙市。该市与甲市…: 该市 is 乙市, not 甲市).
     */
    private static String pointedAt(DocumentContext ctx, MaskedSentence ms, int maskedPos, EntityType rank, String other) {
        MaskedSentence.Slot near = null;
        for (MaskedSentence.Slot s : ms.slots(0, maskedPos)) {
            if (s.entity().type() == rank && !s.entity().name().equals(other)) {
                near = s;
            }
        }
        if (near != null) {
            return near.entity().name();
        }
        int k = ctx.masked.indexOf(ms);
        if (k <= 0) {
            return null;
        }
        for (MaskedSentence.Slot s : ctx.masked.get(k - 1).slots()) {
            if (s.entity().type() == rank && !s.entity().name().equals(other)) {
                return s.entity().name();
            }
        }
        return null;
    }
}
