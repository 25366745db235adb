package dev.newsie.entities;

import dev.newsie.model.EntityType;

/**
 * 当地 ("local", "of that place") before a body's words describes a body by its kind and place (当地华侨协会, 当地工业大学:
 * the local overseas Chinese association, the local university of technology); the page names no body so, and the run
 * after it is no name (GOLD.md §7: a bare reference is labelled by the full name it implies, or not at all).
 */
final class LocalBodies {
    private static final String LOCAL = "当地";

    private LocalBodies() {
    }

    /** Whether the organisation candidate follows 当地 (or 当地的) directly. */
    static boolean described(String text, Candidate c) {
        if (c.type() != EntityType.ORGANIZATION || c.start() > text.length()) {
            return false;
        }
        int s = c.start();
        if (s > 0 && text.charAt(s - 1) == '的') {
            s--;
        }
        return s >= LOCAL.length() && text.startsWith(LOCAL, s - LOCAL.length());
    }
}
