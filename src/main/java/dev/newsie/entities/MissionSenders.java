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
}
