package dev.newsie.events;

import java.util.regex.Pattern;

/**
 * A clause that only states the standing the sides decided on — 决定结为友好城市, 正式缔结友好省州 — set off by
 * commas between the clause naming the sides and the ceremony's clause (甲市与乙市经过多轮商谈,决定结为友好城市,
 * 签字仪式当晚在乙市举行). It names no one: its subject is the clause before it, so the sides are read there.
 * Reports of a twinning ceremony often tell the decision first and the ceremony after it.
 */
final class DecidedStanding {
    private static final Pattern STANDING = Pattern.compile("^(?:决定|一致决定|正式|今天|今日)?(?:正式)?(?:建立|缔结|结为|结成)(?:了)?"
            + "(?:友好|姊妹|姐妹|友谊)[^ⓅⓄⓇ,，。;；]{0,8}?(?:关系|城市|省州|市)$");

    /** 经过多年往来和多轮磋商, 经过多轮商谈: how the sides came to the standing, a clause naming no one. */
    private static final Pattern CONSULTATION = Pattern.compile("^(?:通过|经过|经|在)[^ⓅⓄⓇ,，。;；]{0,12}?(?:协商|商谈|磋商|洽谈|交往|沟通)(?:的基础上|后)?$");

    private DecidedStanding() {
    }

    /** Whether the clause (masked, without its commas) only tells the talks that led to the standing. */
    static boolean isConsultation(String clause) {
        return CONSULTATION.matcher(clause.strip()).matches();
    }

    /** Whether the clause (masked, without its commas) only states a standing decided on or entered. */
    static boolean isStanding(String clause) {
        return STANDING.matcher(clause.strip()).matches();
    }
}
