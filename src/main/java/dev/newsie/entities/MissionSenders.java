package dev.newsie.entities;

import java.util.List;

/**
 * 各驻某地领事馆, 境外驻某地领事馆, 多国驻某地总领事馆, 7个驻某地总领馆: a mission is named by its sending state before
 * 驻; where nothing, a quantifier (各, 各国, 多国) or a locative (境外, 国外, 外) stands there instead, the words count or
 * place missions of a kind and name no one mission. The segmenter often reads 驻 + place + head as one word, so the
 * sender is read from the name's text, not from its tokens.
 */
final class MissionSenders {
    /** Words that stand where a mission's sending state would and name none (longest first). */
    private static final List<String> NO_SENDER = List.of("各国", "多国", "境外", "国外", "外国", "其他", "有关", "各", "外");

    private MissionSenders() {
    }

    /**
     * Whether {@code name}, a body's name ending in a mission's head, has no sending state before its 驻: 驻 opens it,
     * or the words before 驻 end in a quantifier or locative. A name without 驻 is not a mission named so.
     */
    static boolean namesNoSender(String name) {
        int z = name.indexOf('驻');
        if (z < 0) {
            return false;
        }
        String sender = name.substring(0, z);
        return sender.isEmpty() || NO_SENDER.stream().anyMatch(sender::endsWith);
    }

    /** Heads of a state's missions in a foreign place (longest first). */
    private static final List<String> MISSION_HEADS = List.of("总领事馆", "领事馆", "大使馆", "总领馆", "领馆", "使馆");
    /** Words that join two seats after one 驻 (驻甲地、乙地总领事馆). */
    private static final String SEAT_JOINS = "、和及与";
    /** How far back a seat list's 驻 may stand. */
    private static final int SEAT_LIST_REACH = 12;

    /**
     * Whether a mission's name {@code name}, found at {@code start} of {@code text}, names missions of a kind read
     * with the words around it: 外国领事馆, 各国总领事馆 (a quantifier or locative right before the head, no 驻); a
     * distributive cut off before the name (各 + 国驻某地领事馆); or a seat listed after another seat's 驻
     * (N个国家驻甲地、乙地总领事馆), where the name holds the second seat only and no sending state.
     */
    static boolean namesNoSenderAround(String text, int start, String name) {
        String head = MISSION_HEADS.stream().filter(name::endsWith).findFirst().orElse(null);
        if (head == null || start < 0 || start > text.length()) {
            return false;
        }
        if (name.startsWith("国驻") && start > 0 && "各多".indexOf(text.charAt(start - 1)) >= 0) {
            return true;
        }
        if (name.indexOf('驻') >= 0) {
            return false;
        }
        String before = name.substring(0, name.length() - head.length());
        if (NO_SENDER.stream().anyMatch(w -> w.length() > 1 && before.endsWith(w))) {
            return true;
        }
        return start > 0 && SEAT_JOINS.indexOf(text.charAt(start - 1)) >= 0 && seatListBefore(text, start - 1);
    }

    /** Whether a 驻 opens the run of seats that ends at {@code join}, with no clause break between. */
    private static boolean seatListBefore(String text, int join) {
        for (int k = join - 1; k >= Math.max(0, join - SEAT_LIST_REACH); k--) {
            char c = text.charAt(k);
            if (c == '驻') {
                return true;
            }
            if (!Character.isLetter(c) && SEAT_JOINS.indexOf(c) < 0) {
                return false;
            }
        }
        return false;
    }
}
