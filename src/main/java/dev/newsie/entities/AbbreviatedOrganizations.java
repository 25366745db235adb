package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * Chinese abbreviates a body's name by keeping some of its characters in order (江门市人民对外友好协会 → 江门市友协,
 * 外事办公室 → 外办, 贸易促进委员会 → 贸促会). Where an article names a body in full and later by such a short form,
 * the short form is named as the full one (GOLD.md §7: the full name the article implies).
 * <p>
 * A short form counts only when it opens like the full name (its place), keeps from the rest characters that stand
 * apart in the full name (北京大学 keeps 大学 whole from 北京外国语大学: another body, not a short form), and ends in
 * a character of the full name's head (协 of 协会, 办 of 办公室). The full name less its status word (国立, 市立) is
 * a short form too, and so is the name of an office (办公室) cut after its 办 (外事办), and the full name less an
 * official word everyday writing drops ({@link WordsLeftOutOfOfficialNames}: 某市政府 after 某市人民政府), and a mission's
 * name less the qualifier before its head ({@link MissionShortForms}: 驻某国代表处 after 驻某国台北代表处).
 */
final class AbbreviatedOrganizations {
    /** Characters a short form shares with the full name's opening: a place at least. */
    static final int MIN_OPENING = 2;
    /** How far from its end the full name holds its head noun's characters. */
    static final int HEAD_REACH = 3;
    /** An office's head noun, which Chinese shortens to its first character (外事办公室 → 外事办, 港澳办公室 → 港澳办). */
    static final String OFFICE = "办公室";
    /** What the short form of {@link #OFFICE} leaves off. */
    static final String OFFICE_CUT = "公室";

    private AbbreviatedOrganizations() {
    }

    static List<Candidate> named(List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            String full = c.type() == EntityType.ORGANIZATION ? fullestName(c.name(), candidates) : null;
            out.add(full == null ? c : new Candidate(c.start(), c.end(), c.type(), full, c.country(), c.source()));
        }
        return out;
    }

    /**
     * The name a short form stands for, followed in a chain (甲政府 → 甲市政府 → 甲市人民政府), so that every form of
     * one body on the page is named alike; each step is longer, so the chain ends. Null if none.
     */
    private static String fullestName(String shortName, List<Candidate> candidates) {
        String full = null;
        for (String next = fullName(shortName, candidates); next != null; next = fullName(next, candidates)) {
            full = next;
        }
        return full;
    }

    private static String fullName(String shortName, List<Candidate> candidates) {
        String best = null;
        for (Candidate c : candidates) {
            if (c.type() == EntityType.ORGANIZATION && abbreviates(shortName, c.name()) && (best == null || c.name().length() > best.length())) {
                best = c.name();
            }
        }
        return best;
    }

    /** Whether {@code shortName} is an abbreviation of {@code full} in the sense above. */
    static boolean abbreviates(String shortName, String full) {
        if (shortName.length() >= full.length()) {
            return false;
        }
        if (shortName.equals(NameTokens.withoutInstitutionStatus(full))) {
            return true; // 宜兰大学 after 国立宜兰大学: the same university without its status word
        }
        if (WordsLeftOutOfOfficialNames.leftOut(shortName, full)) {
            return true; // 某市政府 after 某市人民政府, 某政府 after 某市政府: an official word left out
        }
        if (full.endsWith(OFFICE) && full.length() - OFFICE.length() >= MIN_OPENING
                && shortName.equals(full.substring(0, full.length() - OFFICE_CUT.length()))) {
            return true; // 某市外事办 after 某市外事办公室: the office's name cut after the 办 of 办公室
        }
        if (MissionShortForms.shortens(shortName, full)) {
            return true; // 驻某国代表处 after 驻某国台北代表处: a mission named again without the qualifier before its head
        }
        int opening = 0;
        while (opening < shortName.length() && shortName.charAt(opening) == full.charAt(opening)) {
            opening++;
        }
        String rest = shortName.substring(opening), fullRest = full.substring(opening);
        if (opening < MIN_OPENING || rest.length() < 2 || fullRest.contains(rest)
                || full.substring(full.length() - HEAD_REACH).indexOf(rest.charAt(rest.length() - 1)) < 0) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < rest.length(); i++) {
            at = fullRest.indexOf(rest.charAt(i), at) + 1;
            if (at == 0) {
                return false;
            }
        }
        return true;
    }
}
