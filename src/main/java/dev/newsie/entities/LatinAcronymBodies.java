package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese writes a body's Latin acronym with the class noun 组织 after it (甲乙组织联合主席, 在某某组织框架下): the noun
 * says what kind of thing the acronym is, as "the … organisation" does, and is no part of its name. The body is named by
 * the acronym, which the alias table then maps to its Chinese name where it knows one (UCLG → 世界城地组织).
 */
final class LatinAcronymBodies {
    /** Two to ten Latin capitals, then the class noun. */
    private static final Pattern ACRONYM_AND_CLASS_NOUN = Pattern.compile("([A-Z]{2,10})组织");

    private LatinAcronymBodies() {
    }

    /** {@code c} named by its acronym when its name is an acronym and the class noun, else {@code c} as it is. */
    static Candidate byAcronym(Candidate c) {
        if (c.type() != EntityType.ORGANIZATION) {
            return c;
        }
        Matcher m = ACRONYM_AND_CLASS_NOUN.matcher(c.name());
        return m.matches() ? new Candidate(c.start(), c.end(), c.type(), m.group(1), c.country(), c.source()) : c;
    }
}
