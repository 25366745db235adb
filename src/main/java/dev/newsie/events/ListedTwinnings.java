package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventBuilder;
import dev.newsie.model.EventType;
import dev.newsie.model.Span;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Twinnings told as a list rather than by a pair before a signing verb: the new pairs of sister places counted and
 * listed (新增的5对友好城市分别为甲与乙、丙与丁…), and an alliance founded by three or more places (共同发起成立甲联盟).
 * Adds signings, or background pairs when no signing ceremony is told with the list. The list may follow its head
 * in the sentence or, when the head closes its line, one pair a line.
 */
final class ListedTwinnings {
    private ListedTwinnings() {
    }

    /** 共同发起成立甲联盟 / 联合…成立甲联盟: founding an alliance, a signing of kind ALLIANCE by every place named. */
    private static final Pattern FOUNDING = Pattern.compile("(?:发起)?(?:成立|组建|创立)(?:了)?Ⓞ");

    static boolean foundedAlliance(DocumentContext ctx, int si, MaskedSentence ms, List<EventBuilder> out) {
        boolean found = false;
        Matcher f = FOUNDING.matcher(ms.masked());
        while (f.find()) {
            MaskedSentence.Slot org = ms.slots(f.end() - 1, f.end()).get(0);
            if (!org.entity().name().endsWith("联盟") || SigningBackground.isPlanned(ms.masked(), f.start())) {
                continue;
            }
            List<String> parties = SigningSides.placesBefore(ms, 0, f.start());
            if (parties.size() < 3) {
                continue;
            }
            EventBuilder e = Event.builder(EventType.SIGNING).parties(parties).agreement("ALLIANCE")
                    .date(SigningExtractor.sentenceDate(ctx, si)).evidence(new Span(ms.sentence().start(), ms.sentence().end()));
            RetoldSignings.mergeInto(out, e, true, java.util.Set.of());
            found = true;
        }
        return found;
    }

    /**
     * 新增的5对友好城市分别为… / 新结好的5对分别是…: a count of new pairs of sister places, then the list of pairs; or,
     * with no count, the sister places concluded this time (此次缔结的友好城市包括…, 本次结好的姊妹市分别为…).
     */
    private static final Pattern NEW_PAIRS = Pattern.compile(
            "(?:新增|新缔结|新结(?:好|成|为)?)(?:了)?(?:的)?[\\d一二三四五六七八九十两]+对[^。:：ⓅⓄ]{0,14}?(?:分别为|分别是|为|是|包括)[:：]?"
                    + "|(?:此次|本次|这次|当天|当日|会上)(?:新)?(?:缔结|结好|结成)的(?:国际)?(?:友好城市|友城|姊妹市|姐妹市|友好省州|友好城市\\(省州\\))"
                    + "(?:关系)?(?:分别为|分别是|包括|有)[:：]?");
    /**
     * Words that open the list of what was just counted or named: 分别为, 即, 包括, and the pronoun of the pairs
     * (它们是, 它们分别是); 依次为 lists in order.
     */
    private static final String LIST_OPENER = "(?:分别为|分别是|依次为|依次是|它们(?:分别)?是|即|其中包括|包括)";
    /**
     * 共有3对城市签署了友好城市协议,分别为… / 签署了2对友好省州协议,即… / 三对城市正式签约:…: a count of pairs that signed or twinned, then
     * the list of pairs; the verb in the head tells the act, so the pairs are signings without a ceremony nearby.
     */
    private static final Pattern PAIRS_THAT_SIGNED = Pattern.compile(
            "[\\d一二三四五六七八九十两]+对[^。:：ⓅⓄ]{0,20}?(签署|签订|签约|缔结|结为|结成)[^。:：ⓅⓄ]{0,20}?(?:[,，]?" + LIST_OPENER + "[:：]?|[:：])");
    /**
     * 共签署12份友好城市协议书,其中包括:… / 签署的友好城市协议分别为… / 共签署3份协议书:…: the act and its documents come first, then the
     * pairs that signed them; the document names the kind of the agreements (group 2).
     */
    private static final Pattern DOCUMENTS_THEN_PAIRS = Pattern.compile(
            "(签署|签订|缔结)(?:了)?(?:[\\d一二三四五六七八九十两]+(?:份|项|个|对))?([^。:：ⓅⓄ,，]{0,16}?(?:协议书|协议|协定书|协定|备忘录|意向书))"
                    + "(?:的(?:城市|双方|各方))?(?:[,，]?(?:其中有|" + LIST_OPENER + ")[:：]?|[:：])");
    private static final String SIDE = "[ⓅⓄ]+(?:(?:首府|首都|省会|州府|共和国|王国|联邦)[ⓅⓄ]+)*";
    private static final Pattern LISTED_PAIR = Pattern.compile("^(" + SIDE + ")(?:与|和|同)(" + SIDE + ")(?:[、,，;；]|以及|及|和)?");
    /**
     * After documents (签署合作协议,包括…) a pair must close where the list goes on or ends: 包括甲与乙的文化交流 lists
     * the agreement's contents, not its parties.
     */
    private static final Pattern CLOSED_PAIR = Pattern.compile("^(" + SIDE + ")(?:与|和|同)(" + SIDE + ")(?:[、,，;；]|以及|及|和|(?=[。等]|结为|缔结|结成|$))");
    /** A ceremony of signing named in the sentence or just before: the listed pairs were signed there and then. */
    private static final Pattern CEREMONY = Pattern.compile("签约|签字|签署|签订");
    /** Sentences before the list where its ceremony may be told: a running total (至此…) often sits between them. */
    private static final int CEREMONY_LOOKBACK = 2;

    /**
     * 此次新增的5对友好城市分别为甲与乙、丙与丁…: each listed pair is a twinning — a SIGNING (with the sentence's
     * date and the forum's place) where a signing ceremony is reported with it, else a relation only.
     */
    static boolean pairsListed(DocumentContext ctx, int si, MaskedSentence ms, List<ForumExtractor.Forum> forums,
                               List<EventBuilder> out, List<SigningExtractor.Background> background, EventLexicon lexicon) {
        String m = ms.masked();
        Matcher head = NEW_PAIRS.matcher(m);
        boolean signed = false;
        String kind = "SISTER_CITY";
        Pattern pair = LISTED_PAIR;
        if (!head.find()) {
            head = PAIRS_THAT_SIGNED.matcher(m);
            if (!head.find()) {
                head = DOCUMENTS_THEN_PAIRS.matcher(m);
                if (!head.find()) {
                    return false;
                }
                kind = lexicon.agreementKind(head.group(2));
                pair = CLOSED_PAIR;
            }
            if (SigningBackground.isPlanned(m, head.start(1))) {
                return false;
            }
            signed = true;
        }
        for (int k = Math.max(0, si - CEREMONY_LOOKBACK); k <= si && !signed; k++) {
            signed = CEREMONY.matcher(ctx.sentences.get(k).text()).find();
        }
        String date = SigningExtractor.sentenceDate(ctx, si);
        int i = head.end();
        boolean found = false;
        while (i < m.length()) {
            Matcher p = pair.matcher(m.substring(i));
            if (!p.find()) {
                break;
            }
            MaskedSentence.Slot a = ms.lastParty(i + p.start(1), i + p.end(1));
            MaskedSentence.Slot b = ms.lastParty(i + p.start(2), i + p.end(2));
            i += p.end();
            if (a == null || b == null || a.entity() == b.entity()) {
                continue; // still a line of the list, shaped as a pair, whose sides are not two places read here
            }
            addPair(ctx, si, ms, a, b, signed, kind, date, forums, out, background);
            found = true;
        }
        if (!found && m.substring(head.end()).isBlank()) {
            found = pairsOnTheirOwnLines(ctx, si, signed, kind, date, forums, out, background);
        }
        return found;
    }

    /** A pair alone on its line (甲省乙市与丙国丁市), closed by at most one mark: nothing else is said on the line. */
    private static final Pattern LINE_PAIR = Pattern.compile("^\\s*(" + SIDE + ")(?:与|和|同)(" + SIDE + ")\\s*[。;；,，、]?\\s*$");

    /**
     * 此次新增的3对友好城市分别为: — the head closes its line and the pairs follow one a line, as pages set such lists out.
     * Every line right after the head that holds a pair and nothing else is one listed pair; the first other line ends the list.
     */
    private static boolean pairsOnTheirOwnLines(DocumentContext ctx, int si, boolean signed, String kind, String date,
                                                List<ForumExtractor.Forum> forums, List<EventBuilder> out,
                                                List<SigningExtractor.Background> background) {
        boolean found = false;
        for (int k = si + 1; k < ctx.masked.size(); k++) {
            MaskedSentence line = ctx.masked.get(k);
            Matcher p = LINE_PAIR.matcher(line.masked());
            if (!p.matches()) {
                break;
            }
            MaskedSentence.Slot a = line.lastParty(p.start(1), p.end(1));
            MaskedSentence.Slot b = line.lastParty(p.start(2), p.end(2));
            if (a == null || b == null || a.entity() == b.entity()) {
                continue; // still a line of the list, shaped as a pair, whose sides are not two places read here
            }
            addPair(ctx, si, line, a, b, signed, kind, date, forums, out, background);
            found = true;
        }
        return found;
    }

    /** One listed pair: a signing at the list's ceremony (dated and placed as the list's head sentence si), else a relation. */
    private static void addPair(DocumentContext ctx, int si, MaskedSentence where, MaskedSentence.Slot a, MaskedSentence.Slot b,
                                boolean signed, String kind, String date, List<ForumExtractor.Forum> forums,
                                List<EventBuilder> out, List<SigningExtractor.Background> background) {
        Span evidence = new Span(where.sentence().start(), where.sentence().end());
        if (signed) {
            EventBuilder e = Event.builder(EventType.SIGNING).parties(List.of(SigningExtractor.partyName(a), SigningExtractor.partyName(b)))
                    .agreement(kind).date(date).evidence(evidence);
            SigningPlace.attachToForum(ctx, si, e, forums);
            RetoldSignings.mergeInto(out, e, true, java.util.Set.of());
        } else {
            background.add(new SigningExtractor.Background(SigningExtractor.partyName(a), SigningExtractor.partyName(b), null, evidence));
        }
    }
}
