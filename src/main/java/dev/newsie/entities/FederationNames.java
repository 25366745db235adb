package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.List;
import java.util.regex.Pattern;

/**
 * 某地街坊会联合总会, 某地工会联合会: a federation is named by its member bodies' kind and 联合会, 联合总会 or 总会, so its
 * name runs back over a head noun (街坊会) the name patterns stop at, to the place that opens it.
 */
final class FederationNames {
    /** A federation's own words. */
    private static final Pattern FEDERATION = Pattern.compile("(?:联合总会|联合会|总会)");
    /** What a member body's kind ends in. */
    private static final Pattern MEMBER_KIND = Pattern.compile("\\p{IsHan}{1,5}会");
    /** Most characters between the place and the federation's words. */
    private static final int MAX_MEMBERS = 6;

    private FederationNames() {
    }

    /** The federation with its place and members' kind before it, or the candidate as it is. */
    static Candidate withMembers(String text, Candidate org, List<Candidate> places) {
        if (org.type() != EntityType.ORGANIZATION || !FEDERATION.matcher(org.name()).matches()) {
            return org;
        }
        for (Candidate p : places) {
            int gap = org.start() - p.end();
            if (p.type().isPlace() && gap >= 2 && gap <= MAX_MEMBERS && MEMBER_KIND.matcher(text.substring(p.end(), org.start())).matches()) {
                return new Candidate(p.start(), org.end(), org.type(), text.substring(p.start(), org.end()), org.country(), org.source());
            }
        }
        return org;
    }
}
