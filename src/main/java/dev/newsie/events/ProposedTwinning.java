package dev.newsie.events;

import java.util.regex.Pattern;

/**
 * A twinning someone proposes (议员建议甲与乙缔结姊妹市, 提议甲与乙结为友好城市, 建议某人提出甲与乙缔盟的要求): the
 * statement is what the proposal asks for, not a relation that exists. A verb of proposing within the clause right
 * before the statement marks it; 在…的建议下 (the proposal an act followed) does not.
 */
final class ProposedTwinning {
    /** The verbs of proposing, 建议/提议/倡议, not 建议下 (在乙的建议下: the proposal an act followed). */
    static final String VERB = "(?:建议|提议|倡议)(?!下)";
    /** A verb of proposing, then at most a few words and no clause break up to the statement. */
    private static final Pattern PROPOSAL = Pattern.compile(VERB + "[^,，。;；!！?？:：]{0,12}$");

    private ProposedTwinning() {
    }

    /** Whether the statement matched from {@code start} of the masked sentence is what a proposal asks for. */
    static boolean before(String masked, int start) {
        return PROPOSAL.matcher(masked.substring(Math.max(0, start - 16), start)).find();
    }
}
