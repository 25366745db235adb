package dev.newsie.entities;

import java.util.List;

/**
 * The NER backend's organisation mentions read like the pattern ones (GOLD.md §7): a bare reference (市人大常委会, 县委)
 * names the body of the article's place of that level, in full, and nothing when the article names no such place;
 * a head noun alone cut from the middle of a longer word (常委会 of 市人大常委会副主任) names no body at all. A head noun
 * that opens its word (外交部, 国务院 after a comma) may be a unique body and is kept.
 */
final class BackendBareBodies {
    private BackendBareBodies() {
    }

    /** The backend's organisation mention as a name of a body, or null when it names none. */
    static Candidate qualified(String text, Candidate org, List<Candidate> places, BareOrganizationReferences bare,
                               OrganizationRecognizer organizations) {
        if (organizations.isBareHead(org.name()) && cutFromAWord(text, org.start())) {
            return null;
        }
        // 县委常委、统战部部长: the committee's department, then a bare reference like any other
        return bare.qualify(text, PartyDepartmentsOfCommittees.ofCommitteeBefore(text, org), places);
    }

    /** Whether a Han character that opens no name stands right before {@code start}: the mention begins inside a word. */
    private static boolean cutFromAWord(String text, int start) {
        if (start == 0) {
            return false;
        }
        char before = text.charAt(start - 1);
        return Character.UnicodeScript.of(before) == Character.UnicodeScript.HAN && BareOrganizationReferences.OPENERS.indexOf(before) < 0;
    }
}
