package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 某市议会福利委员会, 某市议会运营委员会: a council's standing committee is written as the council's name and the
 * committee's; it is a unit inside the council (as an association's 理事会 is, {@code models/org-organs.tsv}), and the
 * body named is the council. Its members and chair (委员长) are the council's members.
 */
final class CouncilCommittees {
    /** The council's name (at least a place and 议会), then the committee's own words and 委员会. */
    private static final Pattern COMMITTEE = Pattern.compile("^(\\p{IsHan}{2,}议会)(\\p{IsHan}{2,8}委员会)$");

    private CouncilCommittees() {
    }

    /** How many characters at the end of {@code name} are a committee after a council's name; 0 if none. */
    static int committeeLength(String name) {
        Matcher m = COMMITTEE.matcher(name);
        return m.matches() ? m.group(2).length() : 0;
    }

    /** The council, where the candidate is an organisation named as a committee of a council; else the candidate. */
    static Candidate asCouncil(Candidate c) {
        int cut = c.type() == EntityType.ORGANIZATION ? committeeLength(c.name()) : 0;
        return cut == 0 ? c : new Candidate(c.start(), c.end() - cut, c.type(), c.name().substring(0, c.name().length() - cut),
                c.country(), c.source());
    }
}
