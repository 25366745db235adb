package dev.newsie.events;

import dev.newsie.model.Span;
import dev.newsie.text.WordAlternation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One place twinned with a list of partners, each in its own year, the years listed after 分别 (respectively):
 * 甲市与乙国丙市、丁国戊市分别于1980年和1999年结为友好城市, or with the years before the partners, 甲市分别于1979年、
 * 1998年与丙市、戊市结为友好城市, or 甲市于1979年和1998年分别与丙市、戊市结为友好城市. The n-th partner began its
 * relation in the n-th year; where the counts differ the sentence pairs nothing here (the rows of
 * relation-patterns.tsv still read the partners without a start).
 */
final class RespectiveYears {
    private RespectiveYears() {
    }

    private static final String SUFFIX = "(?:市|省|县|州|区|镇|町|郡|道)?";
    private static final String LIST = "(?<b>(?:Ⓟ+" + SUFFIX + "[、,，和及与])+Ⓟ+)" + SUFFIX + "(?:等)?";
    private static final String YEARS = "(?<y>\\d{4}年(?:\\d{1,2}月)?(?:[、,，和及与]\\d{4}年(?:\\d{1,2}月)?)+)";
    /** The verbs of forming a twinning, then a partner noun (models/events/partner-nouns.tsv) or a relation noun. */
    private static final String TWINNED = "(?:正式)?(?:结好|缔盟|结盟|(?:结为|缔结为|缔结|建立|结成)(?:了)?(?:国际)?"
            + "(?:" + WordAlternation.of(PartnerNouns.WORDS) + "|友好关系|姊妹关系|姐妹关系))";

    /** 甲与丙、戊分别于Y1和Y2结为…; 甲分别于Y1和Y2与丙、戊结为… */
    private static final Pattern[] FORMS = {
        Pattern.compile("(?<a>Ⓟ+)" + SUFFIX + "(?:已|先后)?(?:与|和|同)" + LIST + "分别(?:于|在)" + YEARS + TWINNED),
        Pattern.compile("(?<a>Ⓟ+)" + SUFFIX + "(?:已|先后)?分别(?:于|在)" + YEARS + "(?:与|和|同)" + LIST + TWINNED),
        // 甲于Y1和Y2分别与丙、戊结为…: the years first, 分别 (or 先后) only before the partners
        Pattern.compile("(?<a>Ⓟ+)" + SUFFIX + "(?:已)?(?:于|在)" + YEARS + "(?:分别|先后)(?:与|和|同)" + LIST + TWINNED),
    };
    private static final Pattern ONE_YEAR = Pattern.compile("(\\d{4})年(?:(\\d{1,2})月)?");

    static void read(DocumentContext ctx, FoundRelations out) {
        for (MaskedSentence ms : ctx.masked) {
            for (Pattern form : FORMS) {
                Matcher m = form.matcher(ms.masked());
                while (m.find()) {
                    MaskedSentence.Slot a = ms.lastPlace(m.start("a"), m.end("a"));
                    List<MaskedSentence.Slot> partners = partners(ms, m.start("b"), m.end("b"));
                    List<String> years = years(m.group("y"));
                    if (partners.size() != years.size()) {
                        continue;
                    }
                    for (int i = 0; i < partners.size(); i++) {
                        MaskedSentence.Slot b = partners.get(i);
                        if (FoundRelations.twinnable(a, b)) {
                            // the year read for this very partner outranks any start read for the sentence as a whole
                            out.remove(a.entity().name(), b.entity().name());
                            out.put(a.entity().name(), b.entity().name(), years.get(i), new Span(ms.sentence().start(), ms.sentence().end()));
                        }
                    }
                }
            }
        }
    }

    /** The last place of each run of place slots in [from, to): one partner per administrative chain. */
    private static List<MaskedSentence.Slot> partners(MaskedSentence ms, int from, int to) {
        List<MaskedSentence.Slot> out = new ArrayList<>();
        for (int[] chain : SisterCityExtractor.chains(ms.masked(), from, to)) {
            MaskedSentence.Slot last = ms.lastPlace(chain[0], chain[1]);
            if (last != null) {
                out.add(last);
            }
        }
        return out;
    }

    private static List<String> years(String listed) {
        List<String> out = new ArrayList<>();
        Matcher y = ONE_YEAR.matcher(listed);
        while (y.find()) {
            String month = y.group(2);
            out.add(month == null ? y.group(1) : y.group(1) + "-" + (month.length() == 1 ? "0" + month : month));
        }
        return out;
    }
}
