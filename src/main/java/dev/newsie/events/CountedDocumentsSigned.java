package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventBuilder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 签署甲、乙等2项合作备忘录, 签订了甲、乙、丙三个领域合作备忘录: the topics of the documents listed before a count of
 * documents and one document word — the count says how many documents the sides signed, each a signing of its own
 * (GOLD.md §3: one sentence telling eight signings is eight events). The pair and its roles are the ones read for the
 * sentence; the documents are not named one by one, so no title, and no signers (who signed which is not said). A
 * count the sides' signings already reach (第一份…, 第二份… told apart) adds none. Only an explicit count counts:
 * topics listed without one (签署经贸、文化交流合作备忘录) may as well be the subjects of one document.
 */
final class CountedDocumentsSigned {
    /**
     * After the verb: the topics (two or more, joined by 、, 和, 及 or summed by 等), the count of two to nine
     * documents, at most 不同领域 (of different fields), and the document word closing the object — not a noun it
     * modifies (…备忘录的成果 tells what the documents brought, not the signing).
     */
    private static final Pattern COUNTED = Pattern.compile(
            "^了?[^,，。;；:：ⓅⓄⓇ]*?(?:、|和|及|与|等)[^,，。;；:：ⓅⓄⓇ]*?(?<![第\\d一二两三四五六七八九十百])([2-9]|[两二三四五六七八九])(?:项|个|份)"
                    + "(?:不同)?(?:的)?(?:领域)?(?:的)?[^,，。;；:：ⓅⓄⓇ的]{0,10}?(?:协议书|协议|协定书|协定|备忘录|意向书|MOU)(?![的\\p{IsHan}])");

    private CountedDocumentsSigned() {
    }

    static void read(DocumentContext ctx, List<EventBuilder> out, EventLexicon lexicon) {
        for (int si = 0; si < ctx.masked.size(); si++) {
            MaskedSentence ms = ctx.masked.get(si);
            String m = ms.masked();
            for (int[] verb = lexicon.find(EventLexicon.Role.SIGN, m, 0); verb != null; verb = lexicon.find(EventLexicon.Role.SIGN, m, verb[1])) {
                Matcher c = COUNTED.matcher(m).region(verb[1], m.length());
                if (!c.lookingAt() || SigningBackground.isPlanned(m, verb[0])) {
                    continue;
                }
                int count = ForumCounts.number(c.group(1));
                EventBuilder told = toldFor(ctx, si, ms, verb, out);
                if (told == null) {
                    continue;
                }
                List<EventBuilder> same = new ArrayList<>();
                for (EventBuilder e : out) {
                    if (sameSides(e, told) && Objects.equals(e.date(), told.date())) {
                        same.add(e);
                    }
                }
                Event t = told.build();
                for (int i = same.size(); i < count; i++) {
                    out.add(t.toBuilder().signatories(null)); // who signed which document is not said
                }
            }
        }
    }

    /**
     * The signing read for the sentence of the counted documents: the one whose evidence is that sentence, else the one
     * untitled signing dated as the verb's clause (the count told again after the signing was read from an earlier
     * sentence); null when none or more than one could be meant.
     */
    private static EventBuilder toldFor(DocumentContext ctx, int si, MaskedSentence ms, int[] verb, List<EventBuilder> out) {
        List<EventBuilder> here = new ArrayList<>();
        for (EventBuilder e : out) {
            Event b = e.build();
            if (b.evidence() != null && b.evidence().start() >= ms.sentence().start() && b.evidence().start() < ms.sentence().end()) {
                here.add(e);
            }
        }
        if (here.isEmpty()) {
            String date = SigningExtractor.clauseDate(ctx, si, ms.textOffset(verb[0]));
            for (EventBuilder e : out) {
                if (date != null && date.equals(e.date()) && e.build().title() == null) {
                    here.add(e);
                }
            }
        }
        if (here.isEmpty()) {
            return null;
        }
        for (EventBuilder e : here) {
            if (!sameSides(e, here.get(0)) || e.parties() == null || e.parties().size() != 2 || e.build().title() != null) {
                return null; // several pairs, or a named document: which signing the count is of is not said
            }
        }
        return here.get(0);
    }

    private static boolean sameSides(EventBuilder a, EventBuilder b) {
        return a.parties() != null && b.parties() != null && new HashSet<>(a.parties()).equals(new HashSet<>(b.parties()));
    }
}
