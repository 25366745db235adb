package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventBuilder;
import dev.newsie.model.EventType;
import dev.newsie.model.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The passive of the genre with the document as its subject, its name in title marks: 《甲市与乙市缔结友好城市关系
 * 协议书》签署, 「甲市及乙市友好交流协定」完成签署, 丙、丁「合作备忘录」在甲签订后. The marks give the document's name
 * as written (GOLD.md §3: title as written), the sides it names included — fuller than the short name a headline or an
 * earlier clause gives the same document (签署友好交流协定), which it then replaces; a place after 在 is where it was
 * signed. A title naming two sides that no signing read yet is a signing of its own, dated by its sentence (a past
 * one told with its own day is an act of that day, GOLD.md §7).
 */
final class MarkedDocumentSigned {
    /** The marked name, then at most an adverb, the place after 在 and a word of completion before the verb. */
    private static final Pattern MARKED_SUBJECT = Pattern.compile(
            "[《「“『]([^《》「」“”『』,，。;；]{3,60}?)[》」”』]"
                    + "(?:已经|已|正式|顺利|终于)?(?:在(Ⓟ+)(?:[^,，。;；ⓅⓄⓇ]{0,8}?))?(?:正式|顺利|完成|共同)?"
                    + "(?<verb>签署|签订|签定|签字)(?!仪式|典礼)");
    /**
     * The two sides a document's name joins (甲市与乙市, 甲市及乙市, and an official title's dash: 中国甲省——美国乙州),
     * each a run of places or bodies with at most its level word after it.
     */
    private static final Pattern SIDES = Pattern.compile(
            "([ⓅⓄ]+)(?:市|省|州|县|区|道|府)?(?:与|和|同|跟|及|——|—|－|-)([ⓅⓄ]+)(?:市|省|州|县|区|道|府)?");

    private MarkedDocumentSigned() {
    }

    static void read(DocumentContext ctx, List<EventBuilder> out, EventLexicon lexicon, SigningBackground background) {
        for (int si = 0; si < ctx.masked.size(); si++) {
            MaskedSentence ms = ctx.masked.get(si);
            String m = ms.masked();
            Matcher x = MARKED_SUBJECT.matcher(m);
            while (x.find()) {
                int verb = x.start("verb");
                if (SigningBackground.isPlanned(m, verb)) {
                    continue; // 《…协议书》将于明年签署: not (yet) an act
                }
                if (background.isBackground(m, new int[] {verb, x.end("verb")})) {
                    continue; // 自《…协议书》签署以来, 《…》签署20周年: a standing relation, no act told
                }
                String title = ms.textOf(x.start(1), x.end(1));
                if (lexicon.endsWith(EventLexicon.Role.DOC, title) == null) {
                    continue; // a quoted word that is no document's name
                }
                String place = x.group(2) == null ? null : partyName(ms, x.start(2), x.end(2));
                List<String> sides = sidesNamed(ms, x.start(1), x.end(1));
                EventBuilder told = sides != null ? sameSides(out, sides, title) : onlyOneShorterTitle(out, title);
                if (told != null) {
                    String shorter = told.build().title();
                    if (shorter == null || (title.endsWith(shorter) && title.length() > shorter.length())) {
                        told.title(title);
                    }
                    if (told.location() == null && place != null) {
                        told.location(place);
                    }
                } else if (sides != null) {
                    out.add(Event.builder(EventType.SIGNING).parties(sides).agreement(lexicon.agreementKind(title)).title(title)
                            .date(SigningExtractor.clauseDate(ctx, si, ms.textOffset(verb))).location(place)
                            .evidence(new Span(ms.sentence().start(), ms.sentence().end())));
                }
            }
        }
    }

    /** The two distinct sides the marked name joins, as parties, or null. */
    private static List<String> sidesNamed(MaskedSentence ms, int from, int to) {
        Matcher p = SIDES.matcher(ms.masked()).region(from, to);
        if (!p.find()) {
            return null;
        }
        String a = partyName(ms, p.start(1), p.end(1)), b = partyName(ms, p.start(2), p.end(2));
        return a == null || b == null || a.equals(b) ? null : List.of(a, b);
    }

    private static String partyName(MaskedSentence ms, int from, int to) {
        MaskedSentence.Slot s = ms.lastParty(from, to);
        return s == null ? null : SigningExtractor.partyName(s);
    }

    /** The signing already read between the same sides, preferring the one whose document this name can be. */
    private static EventBuilder sameSides(List<EventBuilder> out, List<String> sides, String title) {
        Set<String> wanted = new HashSet<>(sides);
        EventBuilder any = null;
        for (EventBuilder e : out) {
            if (e.parties() == null || !new HashSet<>(e.parties()).equals(wanted)) {
                continue;
            }
            String t = e.build().title();
            if (t == null || title.endsWith(t)) {
                return e;
            }
            any = any == null ? e : any;
        }
        return any;
    }

    /**
     * 签订合作备忘录 …「缔结友好城市关系合作备忘录」签订后: a name that names no sides is the fuller name of the one
     * signing read whose shorter document name it ends with; with two such signings it could be either's.
     */
    private static EventBuilder onlyOneShorterTitle(List<EventBuilder> out, String title) {
        List<EventBuilder> found = new ArrayList<>();
        for (EventBuilder e : out) {
            String t = e.build().title();
            if (t != null && title.endsWith(t) && title.length() > t.length()) {
                found.add(e);
            }
        }
        return found.size() == 1 ? found.get(0) : null;
    }
}
