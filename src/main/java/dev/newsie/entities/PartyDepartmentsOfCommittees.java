package dev.newsie.entities;

import dev.newsie.canon.ModelFile;

import java.util.List;

/**
 * 县委常委、统战部部长某某: a party committee's working department written bare right after the committee's standing
 * member title is that committee's department (县委统战部), itself a bare reference named in full for the article's
 * place or not at all (GOLD.md §7). The departments are the working organs of a Chinese party committee
 * ({@code models/party-departments.tsv}).
 */
final class PartyDepartmentsOfCommittees {
    private static final List<String> DEPARTMENTS = ModelFile.read("party-departments.tsv", 1).stream()
            .map(row -> row.get(0)).toList();
    /** The standing member's title between the committee's level and the list mark (县委常委、统战部). */
    private static final String MEMBER_TITLE = "委常委";
    /** The levels whose committee may open the title (市委, 县委, 省委). */
    private static final String LEVELS = "市县省";
    /** The list marks between the title and the department. */
    private static final String MARKS = "、,，";

    private PartyDepartmentsOfCommittees() {
    }

    /** The department as its committee's (span from the committee's level character), or {@code org} unchanged. */
    static Candidate ofCommitteeBefore(String text, Candidate org) {
        if (!DEPARTMENTS.contains(org.name())) {
            return org;
        }
        int level = org.start() - 1 - MEMBER_TITLE.length() - 1;
        if (level < 0 || MARKS.indexOf(text.charAt(org.start() - 1)) < 0 || !text.startsWith(MEMBER_TITLE, level + 1)
                || LEVELS.indexOf(text.charAt(level)) < 0) {
            return org;
        }
        return new Candidate(level, org.end(), org.type(), text.charAt(level) + "委" + org.name(), org.country(), org.source());
    }
}
