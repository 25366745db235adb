package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.Set;

/**
 * A demonstrative before a bare head noun (该组织, 本协会, 此大学, 这家公司) points back to a body named elsewhere or to
 * the publisher itself; it is no name (GOLD.md §7: a bare reference is labelled by the full name it implies, or not
 * at all). Only a head noun of {@code models/org-suffixes.tsv} after the demonstrative counts, so a name that merely
 * opens with the same character (本溪市政府, 本田公司) stays.
 */
final class DemonstrativeBodies {
    /** Demonstratives of written Chinese that open a reference back (该, 本, 此, 这, 那), with their measure words. */
    private static final String[] DEMONSTRATIVES = {"这家", "那家", "这个", "那个", "该", "本", "此", "这", "那", "各", "每"};
    /**
     * 各 and 每 are distributive determiners (《现代汉语八百词》): 各联盟, 每家商会 say "each of the bodies", every member
     * of a set, and name none; like the demonstratives they open no name.
     */

    private final Set<String> heads;

    DemonstrativeBodies(Set<String> heads) {
        this.heads = Set.copyOf(heads);
    }

    static DemonstrativeBodies load() {
        return new DemonstrativeBodies(Set.copyOf(OrganizationHeads.headNouns()));
    }

    /** Whether the candidate is an organisation named only as a demonstrative and a head noun. */
    boolean isReference(Candidate c) {
        if (c.type() != EntityType.ORGANIZATION) {
            return false;
        }
        for (String d : DEMONSTRATIVES) {
            if (c.name().startsWith(d) && headAfterGrading(c.name().substring(d.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A head noun, alone or after one grading word (该海外分会, 各相关协会: 海外 and 相关 say which of the bodies, not
     * its name), the word one that {@link NameTokens#isModifierWord} knows.
     */
    private boolean headAfterGrading(String rest) {
        if (heads.contains(rest)) {
            return true;
        }
        for (int i = 1; i < rest.length(); i++) {
            if (NameTokens.isModifierWord(rest.substring(0, i)) && heads.contains(rest.substring(i))) {
                return true;
            }
        }
        return false;
    }
}
