package dev.newsie.entities;

import java.util.List;

/**
 * Verbs of giving that stand right before the receiving place in reports of a twinning's exchange of gifts
 * (甲镇长致赠乙市木雕, 双方互赠纪念品, 回赠乙町陶盘 — Taiwan's 致赠 and 互赠 above all): a run that starts at
 * or inside such a verb is no unlisted place name; the place starts after it.
 */
final class GivingVerbs {
    private static final List<String> VERBS = List.of("致赠", "互赠", "回赠", "转赠", "颁赠", "赠送", "赠予", "赠与", "致送");

    private GivingVerbs() {
    }

    /** Whether a verb of giving starts at {@code pos}, or at {@code pos - 1} so that {@code pos} is inside it. */
    static boolean inVerbAt(String text, int pos) {
        for (String v : VERBS) {
            if (text.startsWith(v, pos) || (pos > 0 && text.startsWith(v, pos - 1))) {
                return true;
            }
        }
        return false;
    }
}
