package dev.newsie.events;

import dev.newsie.model.EventBuilder;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place of an award's ceremony that the report says was held but not where: the place the report was filed
 * from (新华社甲市7月31日电 …31日晚举行颁奖典礼, …在此间颁发). A wire report's dateline names the scene it was
 * written at; a ceremony told as held with no other place is the one the reporter attended there.
 */
final class DatelineCeremonyPlace {
    private DatelineCeremonyPlace() {
    }

    /** 举行颁奖典礼 / 举行…暨“X奖”颁奖仪式: a prize-giving said held, its place left unsaid. */
    static final Pattern HOLDS_PRIZE_GIVING = Pattern.compile(
            "(?:举行|举办)了?([^,，。;；ⓅⓄ]{0,24}?)" + ReaderWords.CEREMONY_VERBS.alternation("held-here") + "(?:典礼|仪式|晚会|大会)");

    /** 颁奖典礼9日晚举行: the prize-giving, then its holding. */
    static final Pattern PRIZE_GIVING_HELD = Pattern.compile(
            ReaderWords.CEREMONY_VERBS.alternation("held-here") + "(?:典礼|仪式|晚会|大会)([^,，。;；ⓅⓄ]{0,12}?)(?:举行|举办)");

    /** 在此间颁发 / 于此间揭晓: 此间 ("here") is where the report was filed. */
    static final Pattern HERE = Pattern.compile("(?:在|于)此间[^,，。;；]{0,4}?(?:颁发|颁授|授予|揭晓|举行|举办)");

    /**
     * Fills the place of {@code b}, conferred in sentence {@code si}, when that sentence (or the one before it, when it
     * only reports the prize-giving held) holds a prize-giving with no place: the dateline's city.
     */
    static void place(DocumentContext ctx, Integer si, EventBuilder b) {
        if (si == null || b.location() != null) {
            return;
        }
        for (int i = si; i >= Math.max(0, si - 1); i--) {
            MaskedSentence ms = ctx.masked.get(i);
            if (heldHereOrUnplaced(ms.masked()) && !SigningPlace.tripAwayFromDateline(ctx, ms)) {
                String home = ctx.datelinePlace(true);
                if (home != null) {
                    b.location(home);
                }
                return;
            }
        }
    }

    /** Whether a sentence holds a prize-giving with no place of its own (no 在/于 and a place or body before it). */
    static boolean heldHereOrUnplaced(String masked) {
        if (HERE.matcher(masked).find()) {
            return true;
        }
        for (Pattern p : new Pattern[] {HOLDS_PRIZE_GIVING, PRIZE_GIVING_HELD}) {
            Matcher h = p.matcher(masked);
            if (h.find()) {
                // 在甲市会议中心举行颁奖典礼 / 颁奖典礼在乙会堂举行: a place or venue of its own, told in the clause
                int clause = Math.max(Math.max(masked.lastIndexOf('，', h.start()), masked.lastIndexOf(',', h.start())),
                        Math.max(masked.lastIndexOf('。', h.start()), masked.lastIndexOf('；', h.start())));
                String before = masked.substring(clause + 1, h.start());
                return !h.group(1).contains("在") && !before.matches(".*[在于][^,，。;；]{0,6}?[ⓅⓄ].*");
            }
        }
        return false;
    }
}
