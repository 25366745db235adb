package dev.newsie.entities;

/**
 * A mission or office abroad is named sender + 驻 + seat + head (某国驻某地代表处, 某部驻某地特派员公署), and its
 * fullest name may hold a qualifier between the seat and the head (台北 of 驻某国台北代表处, 特派员 of 驻某地特派员公署).
 * Written again, the name drops the qualifier and may drop the words opening its sender (某部驻某地公署 after
 * 某国某部驻某地特派员公署, 驻某国代表处 after 驻某国台北代表处): the same seat and head under the same sender name one
 * body, which the article implies in full (GOLD.md §7).
 */
final class MissionShortForms {
    /** The word that opens a mission's seat. */
    private static final char POSTED = '驻';
    /**
     * Fewest characters the two seats share: one is the first character of many places (驻澳 of Macau is no short form of
     * 驻澳大利亚, nor 驻日 of 常驻日内瓦).
     */
    private static final int MIN_SEAT = 2;
    /** Fewest characters of a mission's head (处, 署 alone are no head). */
    private static final int MIN_HEAD = 2;

    private MissionShortForms() {
    }

    /**
     * Whether {@code shortName} is {@code full} less a qualifier between its seat and its head, its sender being the
     * full name's sender or the end of it.
     */
    static boolean shortens(String shortName, String full) {
        int s = shortName.indexOf(POSTED), f = full.indexOf(POSTED);
        if (s < 0 || f < 0 || !full.substring(0, f).endsWith(shortName.substring(0, s))) {
            return false;
        }
        String rest = shortName.substring(s + 1), fullRest = full.substring(f + 1);
        if (rest.length() >= fullRest.length()) {
            return false;
        }
        int seat = 0;
        while (seat < rest.length() && rest.charAt(seat) == fullRest.charAt(seat)) {
            seat++;
        }
        String head = rest.substring(seat);
        return seat >= MIN_SEAT && head.length() >= MIN_HEAD && fullRest.endsWith(head);
    }
}
