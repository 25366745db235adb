package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 甲省及乙市人民对外友好协会, 甲市和乙县人民政府: two places joined by a conjunction before one body's name share that
 * name (the head is said once for both), so the span is two organisations — the first place's body, whose name is
 * completed with the shared part, and the second's, as written. Only places with an administrative suffix are
 * read so, and the shared part must end in an organisation's head noun.
 */
final class SharedHeadBodies {
    private static final Pattern TWO_PLACES_ONE_BODY = Pattern.compile(
            "^(\\p{IsHan}{1,8}?(?:省|市|县|区|州|自治区))(?:及|和|与|、)(\\p{IsHan}{1,8}?(?:省|市|县|区|州))(\\p{IsHan}{3,30})$");

    private SharedHeadBodies() {
    }

    /** The candidate as the two places' bodies where it names two, else as it is. */
    static List<Candidate> split(Candidate org, OrganizationHeads heads) {
        String name = org.name();
        if (org.type() != EntityType.ORGANIZATION || name.length() != org.end() - org.start()) {
            return List.of(org);
        }
        Matcher m = TWO_PLACES_ONE_BODY.matcher(name);
        if (!m.matches() || !heads.hasHead(m.group(3)) || heads.longestHeadAtEnd(m.group(3)) >= m.group(3).length()) {
            return List.of(org);
        }
        int secondStart = org.start() + m.start(2);
        return List.of(new Candidate(org.start(), org.start() + m.end(1), org.type(), m.group(1) + m.group(3), org.country(), org.source()),
                new Candidate(secondStart, org.end(), org.type(), m.group(2) + m.group(3), org.country(), org.source()));
    }
}
