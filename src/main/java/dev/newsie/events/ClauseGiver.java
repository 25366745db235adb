package dev.newsie.events;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backoff for an award's giver, used only when no specific construction named one: the conferring body of the
 * clause — in the first sentence that names the award with a verb of conferring, the bodies after 由 before that
 * verb (由甲协会颁发), else the body or place that opens the sentence, before any 向/为/给 or 在 (甲市政府今天在市政厅
 * 向乙颁发“X” / 甲协会表彰…). Bodies all, as written; a run of places gives its last; never a person or a country.
 */
final class ClauseGiver {
    private ClauseGiver() {
    }

    /** 由 + the bodies that confer. */
    private static final Pattern BY = Pattern.compile("由([ⓅⓄ]+(?:(?:、|和|与|及|以及)[ⓅⓄ]+)*)");

    /** Words that end the subject of a clause: the honoured (向/为/给), the venue (在), a source (据/根据/经), a comma. */
    private static final Pattern SUBJECT_END = Pattern.compile("向|为|给|在|据|根据|经|对|[,，:：]");

    private static final Pattern GOVERNMENT = Pattern.compile("[市省县州区]?(?:人民)?政府");

    /** A dateline (甲市11月19日电(记者乙)): the clause opens after it. */
    private static final Pattern DATELINE = Pattern.compile("^[^。]{0,40}?\\d{1,2}日(?:电|讯)(?:[(（][^)）]{0,30}[)）])?");

    /** 被/获/受 right before a verb of conferring: 被授予, 获颁授, 受表彰 — the subject received. */
    private static final Pattern PASSIVE = Pattern.compile("(?:被|获|受|受到)$");

    /**
     * What may come before the subject at the opening of its clause: a time (昨日下午, 11月19日) or the occasion
     * (闭幕式上, 仪式中, 访问期间), nothing else.
     */
    private static final Pattern OPENING = Pattern.compile(
            "(?:[\\d年月日号上下中午晚今昨前当天周星期一二三四五六七八九十,，、\\s]|[\\p{IsHan}]{1,6}?(?:上|中|期间|之际)[,，])*");

    /**
     * Words of saying or reporting: the clause's subject said something, it did not confer. 宣读 too: the body (or its
     * officer) that reads out a decision of conferring at the ceremony (甲人大常委会副主任乙宣读《关于授予…的决定》) is
     * its herald, not named by it as the giver.
     */
    private static final Pattern SAID = Pattern.compile("指出|表示|称(?!号)|说|介绍|报道|获悉|发布|公布|消息|宣读");

    /** A clause break, then a person: someone else than the titled person opening the clause acts. */
    private static final Pattern ANOTHER_ACTOR = Pattern.compile("[,，;；][^,，;；]*?" + MaskedSentence.PERSON);

    static List<String> giver(DocumentContext ctx, String award) {
        return giver(ctx, award, AwardClauseVerbs.get());
    }

    static List<String> giver(DocumentContext ctx, String award, AwardClauseVerbs verbs) {
        return SentencesNamingAward.firstAnswer(ctx, award, (ms, at) -> inSentence(ms, at, verbs));
    }

    static List<String> inSentence(MaskedSentence ms, int at, AwardClauseVerbs verbs) {
        String m = ms.masked();
        int end = at;
        while (end < m.length() && "。;；!！?？".indexOf(m.charAt(end)) < 0) {
            end++;
        }
        Matcher c = verbs.confer.matcher(m.substring(0, end));
        int verb = -1;
        while (c.find()) {
            if (c.start() == 0 || !PASSIVE.matcher(m.substring(0, c.start())).find()) {
                verb = c.start();
                break;
            }
        }
        if (verb < 0) {
            return List.of(); // 甲被授予“X”: the subject of a passive verb received it
        }
        Matcher by = BY.matcher(m.substring(0, verb));
        if (by.find()) {
            List<String> g = bodies(ms, by.start(1), by.end(1));
            if (!g.isEmpty()) {
                return g;
            }
        }
        int clause = verb;
        while (clause > 0 && "。;；!！?？".indexOf(m.charAt(clause - 1)) < 0) {
            clause--;
        }
        Matcher line = DATELINE.matcher(m.substring(clause, verb));
        int open = clause + (line.find() ? line.end() : 0);
        int start = open;
        while (start < verb && !WinnersList.isSlot(m.charAt(start))) {
            start++;
        }
        if (start >= verb || !OPENING.matcher(m.substring(open, start)).matches() || SAID.matcher(m.substring(start, verb)).find()
                || verbs.receive.matcher(m.substring(start, verb)).find()) {
            // the clause does not open on a body or place, it reports what its subject said, or its subject received
            // (甲市荣获由大会颁发的“X奖”)
            return List.of();
        }
        Matcher stop = SUBJECT_END.matcher(m.substring(start, verb));
        int subjectEnd = stop.find() ? start + stop.start() : verb;
        int runTo = runEnd(ms, start, subjectEnd);
        int person = PersonAffiliation.titledPersonEnd(m, runTo);
        if (person >= 0 && person <= verb && ANOTHER_ACTOR.matcher(m.substring(person, verb)).find()) {
            // 甲市委书记乙出席并讲话,市长丙为…颁发: the body names the office of a person who opens the clause, and
            // another person, after a clause break, confers (甲市市长乙为丙颁发: the head confers for the place)
            return List.of();
        }
        return bodies(ms, start, runTo);
    }

    /**
     * Where the subject's run of names ends: slots written one after another (甲省乙市, 甲市乙协会), or bodies joined
     * by 、/和/与/及 (甲协会和乙联合会); places joined by 与 are two sides of something else (甲市与乙县缔结…).
     */
    private static int runEnd(MaskedSentence ms, int start, int to) {
        String m = ms.masked();
        int end = start;
        int i = start;
        while (i < to) {
            char ch = m.charAt(i);
            if (WinnersList.isSlot(ch)) {
                end = ++i;
            } else if ("、和与及".indexOf(ch) >= 0 && i + 1 < to && m.charAt(i + 1) == MaskedSentence.ORG
                    && m.charAt(i - 1) == MaskedSentence.ORG) {
                i++;
            } else {
                break;
            }
        }
        return end;
    }

    /** The bodies of [from, to) (all of them) if it holds only bodies, else the last place; no person, no country. */
    private static List<String> bodies(MaskedSentence ms, int from, int to) {
        List<MaskedSentence.Slot> in = ms.slots(from, to);
        if (in.isEmpty() || in.stream().anyMatch(s -> s.entity().type() == EntityType.PERSON)) {
            return List.of();
        }
        List<String> g = AwardGivers.givers(ms, from, to);
        MaskedSentence.Slot last = in.get(in.size() - 1);
        if (g.size() == 1 && last.entity().type().isPlace()) {
            // 甲市政府 written with the place recognised alone: the government as written
            String text = ms.sentence().text();
            int after = ms.textOffset(last.maskedPos() + 1) - ms.sentence().start();
            Matcher gov = GOVERNMENT.matcher(text.substring(Math.max(0, Math.min(after, text.length()))));
            if (gov.lookingAt()) {
                int from0 = last.mention().start() - ms.sentence().start();
                return List.of(text.substring(from0, after + gov.end()));
            }
        }
        return g;
    }
}
