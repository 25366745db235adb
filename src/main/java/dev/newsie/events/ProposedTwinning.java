package dev.newsie.events;

import java.util.regex.Pattern;

/**
 * A twinning someone proposes or hopes for (议员建议甲与乙缔结姊妹市, 提议甲与乙结为友好城市, 建议某人提出甲与乙缔盟的要求,
 * 希望甲与乙早日结为友好城市): the statement is what the proposal asks for, not a relation that exists. A verb of proposing within the clause right
 * before the statement marks it; 在…的建议下 (the proposal an act followed) does not.
 */
final class ProposedTwinning {
    /**
     * The verbs of proposing, 建议/提议/倡议, not 建议下 (在乙的建议下: the proposal an act followed), and of hoping
     * (希望, 期望, 期待, 盼望: 双方希望甲与乙早日缔结友好城市, a wish, no twinning yet).
     */
    static final String VERB = "(?:(?:建议|提议|倡议)(?!下)|希望|期望|期待|盼望)";
    /** A verb of proposing, then at most a few words and no clause break up to the statement. */
    private static final Pattern PROPOSAL = Pattern.compile(VERB + "[^,，。;；!！?？:：]{0,12}$");

    private ProposedTwinning() {
    }

    /** Whether the statement matched from {@code start} of the masked sentence is what a proposal asks for. */
    static boolean before(String masked, int start) {
        return PROPOSAL.matcher(masked.substring(Math.max(0, start - 16), start)).find();
    }
}
