package dev.newsie.events;

import dev.newsie.model.EventBuilder;

/**
 * 甲部长乙颁赠“X奖”予丙。(甲部提供) / 甲部长乙今(10)日颁赠“X奖”予丙,表彰…: a photo caption tells the conferring
 * without its day, and the lead right after tells it again with the day. An award whose conferring sentence has no
 * date takes the date of one of the next two sentences that names the same award and has a date of its own.
 */
final class AwardRetoldWithDate {
    private static final int REACH = 2;

    private AwardRetoldWithDate() {
    }

    static void date(DocumentContext ctx, Integer si, EventBuilder b) {
        if (si == null || b.build().date() != null || b.build().award() == null) {
            return;
        }
        String award = b.build().award();
        for (int j = si + 1; j <= si + REACH && j < ctx.sentences.size(); j++) {
            if (!ctx.sentences.get(j).text().contains(award)) {
                continue;
            }
            if (ctx.bestDate(j) == null) {
                return; // “X奖”每两年颁发一次: told again without a day of its own, it dates nothing
            }
            String day = AwardCeremony.sentenceDate(ctx, j, award);
            if (day != null && day.length() == 10) {
                b.date(day);
            }
            return;
        }
    }
}
