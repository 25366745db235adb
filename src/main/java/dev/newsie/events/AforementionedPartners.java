package dev.newsie.events;

import dev.newsie.model.Span;
import dev.newsie.text.WordAlternation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 上述城市均与甲市结为友好城市, 上述两市均为甲市的友好城市: places summed up by a pointer (上述, 以上, 前述) and said
 * to be twinned with one place. Each place of the list the pointer points back to is a partner of that place. The list
 * is the last run of two or more places coordinated by 、, 和, 及 or 与 before the pointer: in its own sentence, or
 * else in the sentence before. Reads the masked sentences; adds relations without a start.
 */
final class AforementionedPartners {
    private static final String STANDING = "(?:国际)?(?:" + WordAlternation.of(PartnerNouns.WORDS) + ")";
    private static final Pattern POINTER = Pattern.compile(
            "(?:上述|以上|前述)(?:[\\d两二三四五六七八九十几]+(?:个|座)?)?(?:城市|市|地方|省州|友城)(?:也)?(?:均|都|皆)?(?:已|已经)?"
                    + "(?:(?:与|和|同)(?<a>Ⓟ+)(?:市|县|省|州|区)?(?:正式)?(?:结为|缔结为|缔结|结成|建立)(?:了)?" + STANDING
                    + "|(?:是|为)(?<b>Ⓟ+)(?:市|县|省|州|区)?的" + STANDING + ")");
    /**
     * What may stand between two coordinated places of the list: a level word their mention left out, the head of each
     * place's government or delegation (甲市市长和乙市市长), and a coordinator.
     */
    private static final Pattern JOINT = Pattern.compile("[市县省州区]?(?:[市县省州区]长|知事|代表团|代表)?[、和及与]");

    private AforementionedPartners() {
    }

    static void read(DocumentContext ctx, FoundRelations out) {
        for (int si = 0; si < ctx.masked.size(); si++) {
            MaskedSentence ms = ctx.masked.get(si);
            Matcher m = POINTER.matcher(ms.masked());
            while (m.find()) {
                String g = m.group("a") != null ? "a" : "b";
                MaskedSentence.Slot partner = ms.lastPlace(m.start(g), m.end(g));
                List<MaskedSentence.Slot> listed = lastList(ms, 0, m.start());
                if (listed.isEmpty() && si > 0) {
                    MaskedSentence before = ctx.masked.get(si - 1);
                    listed = lastList(before, 0, before.masked().length());
                }
                Span evidence = new Span(ms.sentence().start(), ms.sentence().end());
                for (MaskedSentence.Slot s : listed) {
                    if (FoundRelations.twinnable(s, partner)) {
                        out.put(s.entity().name(), partner.entity().name(), null, evidence);
                    }
                }
            }
        }
    }

    /** The places of the last run of two or more coordinated chains in [from, to), each its chain's last place; empty if none. */
    private static List<MaskedSentence.Slot> lastList(MaskedSentence ms, int from, int to) {
        String masked = ms.masked();
        List<int[]> chains = SisterCityExtractor.chains(masked, from, to);
        List<MaskedSentence.Slot> run = new ArrayList<>();
        List<MaskedSentence.Slot> last = List.of();
        for (int i = 0; i < chains.size(); i++) {
            boolean joined = i > 0 && JOINT.matcher(masked.substring(chains.get(i - 1)[1], chains.get(i)[0])).matches();
            if (!joined) {
                run = new ArrayList<>();
            }
            run.add(ms.lastPlace(chains.get(i)[0], chains.get(i)[1]));
            if (run.size() >= 2) {
                last = run;
            }
        }
        return last;
    }
}
