package dev.newsie.entities;

/**
 * 由某某协会组织的访华团, 某某商会组织了…: 组织 after a body's own head noun is the verb "to organise", which the
 * segmenter joins to the name (交流协会组织/nt) because 组织 is also a head (世界卫生组织). The body ends before it.
 */
final class OrganisingVerb {
    private static final String VERB = "组织";
    /** What follows the verb in its clause: the attributive 的 or the aspect marker 了. */
    private static final String AFTER_VERB = "的了";
    /** The agent's preposition, which opens the clause of 由…组织的. */
    private static final char AGENT = '由';
    /** How far back in the clause the agent's preposition may stand. */
    private static final int AGENT_REACH = 30;

    private OrganisingVerb() {
    }

    /**
     * Where the name in {@code [start, end)} ends once a trailing verb 组织 is cut, or {@code end}: the words before it
     * must end in a head noun of their own, and the verb must be followed by 的/了 or governed by 由 earlier in the clause.
     */
    static int beforeVerb(String text, int start, int end, OrganizationHeads heads) {
        if (!text.startsWith(VERB, end - VERB.length()) || end - VERB.length() - start < 3
                || heads.headAt(text.substring(start, end - VERB.length())) == null) {
            return end;
        }
        boolean verbFollows = end < text.length() && AFTER_VERB.indexOf(text.charAt(end)) >= 0;
        return verbFollows || agentBefore(text, start) ? end - VERB.length() : end;
    }

    /** Whether 由 opens the clause the name stands in (before it, with no sentence or clause break between). */
    private static boolean agentBefore(String text, int start) {
        for (int k = start - 1; k >= Math.max(0, start - AGENT_REACH); k--) {
            char c = text.charAt(k);
            if (c == AGENT) {
                return true;
            }
            if ("。，,；;！？!?\n".indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }
}
