package dev.newsie.events;

import java.util.List;

/**
 * A twinning said not to exist (从未与甲缔盟的乙, 尚未与甲结为友好城市): a negation right before the statement's
 * opening 与 turns it into its opposite, so it states no relation.
 */
final class NegatedTwinning {
    /**
     * Words of negation that may stand right before 与/和/同 of a twinning: 未 (which also ends 从未, 尚未, 并未, 还未),
     * 未曾, 不曾, 没有, 从没.
     */
    private static final List<String> NEGATIONS = List.of("未", "未曾", "不曾", "没有", "从没");

    private NegatedTwinning() {
    }

    /** Whether the statement matched from {@code start} of the masked sentence follows a word of negation. */
    static boolean before(String masked, int start) {
        return NEGATIONS.stream().anyMatch(w -> masked.startsWith(w, start - w.length()));
    }
}
