package dev.newsie.events;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backoff for an award's recipients, used only when no specific construction named any: in the first clause that
 * names the award with a verb of receiving or conferring, the recipients are the names the clause places in the
 * receiver's slot — the enumeration that ends right before a verb of receiving (甲、乙今天荣获“X”), the names after
 * 向/为/给 before a verb of conferring (向甲、乙颁发“X”), or the names right after a verb of conferring (授予甲“X”称号 /
 * “X”颁给甲). Never a country, never the giver.
 */
final class ClauseRecipients {
    private ClauseRecipients() {
    }

    /**
     * 共有两名 / 今年有5位 / 共计12人: an existential 有 (or 共计) and a count right after a place — the place is the locative
     * subject (甲省今年有3位外籍教授获评“X”, 全市有3人获评), the counted people are the winners, unnamed. 甲、乙等2名 (等, no 有)
     * closes an enumeration of winners and is not this.
     */
    private static final Pattern COUNT_OF_WINNERS_THERE = Pattern.compile(
            "(?:今年|去年|当年|本年度|本届|此次|\\d{4}年)?(?:共|总共|一共|先后|累计)?(?:有|计)(?:\\d+|[一二三四五六七八九十两百千]+)(?:多|余)?(?:名|位|人|个|家|批)");

    /** 全省, 全市: the whole area as the subject of a count of winners, naming no place. */
    private static final Pattern WHOLE_AREA = Pattern.compile("^全(?:省|市|区|县|州|国)");

    /** Non-name characters allowed between the receivers' names and their verb (a day, 先后, 一同). */
    private static final int GAP = 12;

    static List<String> recipients(DocumentContext ctx, String award, List<String> givers) {
        return recipients(ctx, award, givers, AwardClauseVerbs.get());
    }

    static List<String> recipients(DocumentContext ctx, String award, List<String> givers, AwardClauseVerbs verbs) {
        return SentencesNamingAward.firstAnswer(ctx, award, (ms, at) -> {
            List<String> got = new ArrayList<>(inClause(ms, at, verbs));
            got.removeIf(n -> givers != null && givers.contains(n));
            return got;
        });
    }

    /** The end of a sentence, or of a bracketed tag (【新华社】12位外国友人获颁X奖: the agency credited is no receiver). */
    private static boolean clauseEnd(char c) {
        return "。;；!！?？】".indexOf(c) >= 0;
    }

    /** The receivers the clause around masked position {@code at} names; empty if none. */
    static List<String> inClause(MaskedSentence ms, int at, AwardClauseVerbs verbs) {
        String m = ms.masked();
        at = Math.min(at, m.length());
        int cs = at;
        while (cs > 0 && !clauseEnd(m.charAt(cs - 1))) {
            cs--;
        }
        int ce = at;
        while (ce < m.length() && !clauseEnd(m.charAt(ce))) {
            ce++;
        }
        // a verb of receiving before the award: the enumeration ending right before it
        Matcher r = verbs.receive.matcher(m.substring(cs, at));
        List<int[]> received = new ArrayList<>();
        while (r.find()) {
            received.add(new int[] {cs + r.start(), cs + r.end()});
        }
        // 甲荣膺“X”称号,并获Y奖: the verb's subject may stand before the first of predicates chained to it
        for (int k = received.size() - 1; k >= 0; k--) {
            List<String> before = before(ms, cs, received.get(k)[0], verbs);
            if (!before.isEmpty()) {
                return before;
            }
            if (k == 0 || !SharedSubject.chained(m.substring(received.get(k - 1)[1], received.get(k)[0]))) {
                break;
            }
        }
        // 向/为/给 + names + a verb of conferring: the verb nearest before the award (else the first after it)
        Matcher c = verbs.confer.matcher(m.substring(cs, ce));
        int v = -1, vEnd = -1, previousEnd = cs; // the chosen verb, and where the verb before it ends
        while (c.find()) {
            if (v >= 0 && cs + c.start() >= at) {
                break;
            }
            previousEnd = v >= 0 ? vEnd : cs;
            v = cs + c.start();
            vEnd = cs + c.end();
            if (v >= at) {
                break;
            }
        }
        if (v < 0) {
            return List.of();
        }
        Matcher t = verbs.to.matcher(m.substring(previousEnd, v));
        int markerEnd = -1;
        while (t.find()) {
            markerEnd = previousEnd + t.end();
        }
        if (markerEnd >= 0 && markerEnd < m.length() && WinnersList.isSlot(m.charAt(markerEnd))) {
            List<String> after = names(ms, markerEnd, v);
            if (!after.isEmpty()) {
                return after;
            }
        }
        // 授予甲“X” / “X”颁给甲: the names right after the verb
        int from = vEnd;
        while (from < ce && "了给予 ".indexOf(m.charAt(from)) >= 0) {
            from++;
        }
        if (from < ce && WinnersList.isSlot(m.charAt(from))) {
            boolean beforeAward = vEnd <= at;
            int end = beforeAward ? listEnd(m, from, at) : runEnd(m, from, ce);
            List<String> after = names(ms, from, end);
            if (beforeAward) {
                after = withCountedTail(ms, from, end, at, after);
            }
            if (!after.isEmpty()) {
                return after;
            }
        }
        return List.of();
    }

    /** What may separate the entries of a list of recipients. */
    private static final String LIST_SEPARATORS = "、,，和与及";

    /**
     * Where the names between a verb of conferring and the award it names end. Bounded by the award, the list is one
     * enumeration whatever separates its entries: 授予甲省乙市、丙市,丁省戊市26个城市“X”称号 groups its entries by
     * province with commas, and a repost may double a separator (乙市,、丙市).
     */
    private static int listEnd(String m, int from, int award) {
        int end = from;
        for (int i = from; i < award; i++) {
            char ch = m.charAt(i);
            if (WinnersList.isSlot(ch)) {
                end = i + 1;
            } else if (LIST_SEPARATORS.indexOf(ch) < 0) {
                break;
            }
        }
        return end;
    }

    /** 26个城市“X”: a count of those named, closing the list right before the award (its quotation mark allowed). */
    private static final Pattern COUNT_BEFORE_AWARD = Pattern.compile(
            "(?:等|共)?(?:\\d+|[一二三四五六七八九十两百]+)(?:多|余)?(?:个|座|家|名|位)[\\p{IsHan}]{0,8}[“\"「『]?$");

    /**
     * The list after the verb stopped short of the award at something no name (a garbled character): when a count
     * closes the list right before the award, the entries that end at that count are named too.
     */
    private static List<String> withCountedTail(MaskedSentence ms, int from, int end, int award, List<String> head) {
        String m = ms.masked();
        Matcher count = COUNT_BEFORE_AWARD.matcher(m.substring(end, award));
        if (!count.find() || count.start() == 0) {
            return head;
        }
        List<String> tail = WinnersList.enumerationBefore(ms, end, end + count.start());
        if (tail.isEmpty()) {
            return head;
        }
        List<String> kept = head;
        if (LIST_SEPARATORS.indexOf(m.charAt(end)) < 0) {
            // 甲省乙?市: the entry the list stopped in runs on into no name; its province alone is not the entry
            int cut = end;
            while (cut > from && LIST_SEPARATORS.indexOf(m.charAt(cut - 1)) < 0) {
                cut--;
            }
            kept = names(ms, from, cut);
        }
        List<String> out = new ArrayList<>(kept);
        out.addAll(tail);
        return keep(ms, out);
    }

    /**
     * The enumeration that ends before {@code verb}, its last name at most {@link #GAP} characters before it. A verb
     * of meeting in the gap (甲会见获得“X”的专家) takes the receiving clause as its object: the names before it met the
     * winners, they received nothing.
     */
    private static List<String> before(MaskedSentence ms, int cs, int verb, AwardClauseVerbs verbs) {
        List<MaskedSentence.Slot> slots = ms.slots(cs, verb);
        if (slots.isEmpty()) {
            return List.of();
        }
        MaskedSentence.Slot lastSlot = slots.get(slots.size() - 1);
        String gap = ms.masked().substring(lastSlot.maskedPos() + 1, verb);
        if (verb - lastSlot.maskedPos() - 1 > GAP || verbs.meet.matcher(gap).find() || endsWithTo(gap, verbs)) {
            return List.of();
        }
        // 甲省今年有3位外籍教授获评“X”, or 仪式在甲市举行,全省共有3人获得“X”: a count of winners opening the verb's
        // clause says the place is where they are (or where a ceremony was); the place won nothing
        String lastClause = gap.substring(Math.max(gap.lastIndexOf(','), gap.lastIndexOf('，')) + 1);
        if (COUNT_OF_WINNERS_THERE.matcher(WHOLE_AREA.matcher(lastClause).replaceFirst("")).lookingAt()) {
            return List.of();
        }
        List<String> listed = WinnersList.enumerationBefore(ms, cs, lastSlot.maskedPos() + 1);
        if (!listed.isEmpty()) {
            return keep(ms, listed);
        }
        return names(ms, lastSlot.maskedPos(), lastSlot.maskedPos() + 1);
    }

    /**
     * 甲为获得“X”的专家颁奖 / 甲出席大会,向荣获“X”的专家表示祝贺: a word introducing the honoured (TO) right before the
     * verb of receiving makes the receiving clause a description of that object — 甲 presented or greeted, received nothing.
     * A verb that merely ends in such a word (甲成为获得“X”的首位专家, 被评为) introduces no one.
     */
    private static boolean endsWithTo(String gap, AwardClauseVerbs verbs) {
        Matcher n = verbs.notTo.matcher(gap);
        while (n.find()) {
            if (n.end() == gap.length()) {
                return false;
            }
        }
        Matcher t = verbs.to.matcher(gap);
        while (t.find()) {
            if (t.end() == gap.length()) {
                return true;
            }
        }
        return false;
    }

    /** Where a run of names joined by 、/和/与/及 (titles of people between them allowed) ends. */
    private static int runEnd(String m, int from, int ce) {
        int end = from;
        int i = from;
        while (i < ce) {
            char ch = m.charAt(i);
            if (WinnersList.isSlot(ch)) {
                end = i + 1;
                i++;
            } else if ("、和与及".indexOf(ch) >= 0) {
                i++;
            } else {
                break;
            }
        }
        return end;
    }

    /** The people and parties in [from, to): each person, each place (the last of its chain), each body. */
    private static List<String> names(MaskedSentence ms, int from, int to) {
        List<String> out = new ArrayList<>();
        List<MaskedSentence.Slot> in = ms.slots(from, to);
        for (int i = 0; i < in.size(); i++) {
            MaskedSentence.Slot s = in.get(i);
            EntityType t = s.entity().type();
            if (t == EntityType.COUNTRY) {
                continue;
            }
            boolean chained = i + 1 < in.size() && in.get(i + 1).maskedPos() == s.maskedPos() + 1
                    && t.isPlace() && in.get(i + 1).entity().type() != EntityType.PERSON;
            if (chained) {
                continue; // 甲省乙市: the last place of the chain; 甲市乙协会: the body
            }
            if (i + 1 < in.size() && in.get(i + 1).maskedPos() == s.maskedPos() + 1 && in.get(i + 1).entity().type() == EntityType.PERSON) {
                continue; // 甲市乙 / 甲公司乙: the person, not the place or body before them
            }
            out.add(SigningExtractor.partyName(s));
        }
        return keep(ms, out);
    }

    private static List<String> keep(MaskedSentence ms, List<String> names) {
        return new ArrayList<>(new LinkedHashSet<>(names));
    }
}
