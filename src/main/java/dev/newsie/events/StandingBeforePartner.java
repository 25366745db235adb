package dev.newsie.events;

import dev.newsie.model.EntityType;
import dev.newsie.model.Span;
import dev.newsie.text.WordAlternation;
import dev.newsie.text.WordEndBeforeMark;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 参与友好城市乙市建制70周年庆典, 包含日本友好城市乙市参展, 省级友城美国乙州获奖: the standing used as a title right
 * before a foreign place names that place as a sister city of the page's home side — the home place named last before
 * it (of province rank where the standing is 省级). Only where no place of its own stands before the standing (a
 * country may: it is where the partner lies); 甲市友城乙市 and 甲的友好城市乙 are read by the STATED rows of
 * relation-patterns.tsv, whose subject is 甲.
 */
final class StandingBeforePartner {
    static final Pattern STANDING_THEN_PLACE = Pattern.compile(
            "(?:国际)?(?:" + WordAlternation.of(PartnerNouns.WORDS) + ")(Ⓟ+)");
    /**
     * A sentence where no Ⓟ follows a partner noun's last character cannot match: checked in one pass, since the
     * pattern tries each of its nouns at every position of every sentence.
     */
    static final WordEndBeforeMark NOUN_BEFORE_PLACE = new WordEndBeforeMark(PartnerNouns.WORDS, MaskedSentence.PLACE);

    /** Level words that end the name of the standing's owner (我省, 本市, a place's suffix outside its mention). */
    private static final String OWNER_LEVEL = "市省县区州镇町盟道";

    private StandingBeforePartner() {
    }

    static void read(DocumentContext ctx, FoundRelations out) {
        for (MaskedSentence ms : ctx.masked) {
            String m = ms.masked();
            if (!NOUN_BEFORE_PLACE.mayOccurIn(m)) {
                continue;
            }
            Matcher x = STANDING_THEN_PLACE.matcher(m);
            while (x.find()) {
                int at = x.start();
                if (at > 0 && m.charAt(at - 1) == MaskedSentence.PLACE) {
                    MaskedSentence.Slot before = ms.lastPlace(at - 1, at);
                    if (before == null || before.entity().type() != EntityType.COUNTRY
                            || (at > 1 && m.charAt(at - 2) == MaskedSentence.PLACE)) {
                        continue; // 甲市友城乙: the place before the standing is the partner's owner
                    }
                    at--; // 日本友好城市乙: the partner's country
                } else if (at > 0 && m.charAt(at - 1) == '的') {
                    continue; // 甲的友好城市乙, 某国的友城: whose standing it is was said before 的
                }
                boolean province = at >= 2 && m.startsWith("省级", at - 2);
                if (!province && at > 0 && OWNER_LEVEL.indexOf(m.charAt(at - 1)) >= 0) {
                    continue; // 我省友城乙, 本市友好城市乙: the owner is named by its level word, read by the OWN_STATED rows
                }
                String home = province ? ctx.homePlace('省') : SisterCityExtractor.lastHomePlace(ctx, ms.textOffset(at));
                MaskedSentence.Slot b = ms.lastPlace(x.start(1), x.end(1));
                if (home == null || b == null || !foreign(b) || b.entity().name().equals(home)) {
                    continue;
                }
                out.put(home, b.entity().name(), null, new Span(ms.sentence().start(), ms.sentence().end()));
            }
        }
    }

    /** A city or province of a stated foreign country: a partner, never the home side. */
    private static boolean foreign(MaskedSentence.Slot s) {
        EntityType t = s.entity().type();
        String c = s.entity().country();
        return (t == EntityType.CITY || t == EntityType.PROVINCE) && c != null && !c.equals("中国");
    }
}
