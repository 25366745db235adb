package dev.newsie.events;

import dev.newsie.model.EntityType;
import dev.newsie.model.Span;
import dev.newsie.text.WordAlternation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place's chronicle of twinnings, one clause a year, the subject told once: 1991年,甲市与乙国丙市缔结友好城市关系;
 * 2008年,又与丁国戊市结为友好城市. A later clause that opens with its year and goes straight on to 与 has the
 * sentence's subject as its own: the sentence's first place, when it is Chinese (or of no stated country) and the
 * partner of the clause is foreign; the clause's year is the start.
 */
final class ChronicleClause {
    private ChronicleClause() {
    }

    private static final Pattern CLAUSE = Pattern.compile(
            "[,，;；](?<n>\\d{4})年(?:(?<mo>\\d{1,2})月)?[,，]?(?:又|还|也|再|并|随后又|此后又)?(?:与|同|和)(?<b>Ⓟ+)(?:市|省|县|州|区|镇|町|郡|道)?"
                    + "(?:正式)?(?:结好|缔盟|结盟|(?:结为|缔结为|缔结|建立|结成)(?:了)?(?:国际)?"
                    + "(?:" + WordAlternation.of(PartnerNouns.WORDS) + "))");

    static void read(DocumentContext ctx, FoundRelations out) {
        for (MaskedSentence ms : ctx.masked) {
            Matcher m = CLAUSE.matcher(ms.masked());
            while (m.find()) {
                MaskedSentence.Slot subject = firstPlace(ms);
                MaskedSentence.Slot b = ms.lastPlace(m.start("b"), m.end("b"));
                if (subject == null || b == null || subject.maskedPos() >= m.start()
                        || !FoundRelations.twinnable(subject, b) || foreign(subject) || !foreign(b)) {
                    continue;
                }
                String mo = m.group("mo");
                String since = mo == null ? m.group("n") : m.group("n") + "-" + (mo.length() == 1 ? "0" + mo : mo);
                out.put(subject.entity().name(), b.entity().name(), since, new Span(ms.sentence().start(), ms.sentence().end()));
            }
        }
    }

    /** The last place of the sentence's first run of place slots (its subject's chain), a city or province. */
    private static MaskedSentence.Slot firstPlace(MaskedSentence ms) {
        String masked = ms.masked();
        int i = masked.indexOf(MaskedSentence.PLACE);
        if (i < 0) {
            return null;
        }
        int j = i;
        while (j < masked.length() && masked.charAt(j) == MaskedSentence.PLACE) {
            j++;
        }
        MaskedSentence.Slot s = ms.lastPlace(i, j);
        return s != null && (s.entity().type() == EntityType.CITY || s.entity().type() == EntityType.PROVINCE) ? s : null;
    }

    private static boolean foreign(MaskedSentence.Slot s) {
        return s.entity().country() != null && !s.entity().country().equals("中国");
    }
}
