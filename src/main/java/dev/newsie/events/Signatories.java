package dev.newsie.events;

import dev.newsie.model.EntityType;
import dev.newsie.model.EventBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who signed: the one or two people named before a signing verb who act for a side (代表, place + title + person),
 * not those who witness, attend or speak; and the two who sign a signing just told (…由甲市长X与乙市长Y代表签署,
 * X和Y在协议书上签字). Reads masked sentences; adds signers to a signing that names none.
 */
final class Signatories {
    private Signatories() {
    }

    /**
     * …签署姊妹市协定,由甲市长X与乙市长Y代表签署 / 两市正式缔盟,甲市长X与乙市长Y共同签署盟约: a second signing verb
     * that names no document of its own repeats the signing just told and names the two who signed it.
     */
    static void signedByAgents(MaskedSentence ms, int from, int verbPos, EventBuilder last) {
        if (last.build().signatories() != null) {
            return;
        }
        List<String> persons = signatoriesBefore(ms, from, verbPos);
        if (persons.size() == 2) {
            last.signatories(persons);
        }
    }

    private static final Pattern SIGNED_ON_PAPER = Pattern.compile("(?:在[^,，。]{0,8}上)?(?:签字|签名)");

    /**
     * 甲市市长X和乙市市长Y在协议书上签字: the sentence right after a signing names who signed it, when that
     * signing names no one yet.
     */
    static void signedBy(MaskedSentence ms, EventBuilder last, int from) {
        Matcher sign = SIGNED_ON_PAPER.matcher(ms.masked());
        if (!sign.find(from) || last.build().signatories() != null) {
            return;
        }
        List<String> persons = signatoriesBefore(ms, from, sign.start());
        if (persons.size() == 2) {
            last.signatories(persons);
        }
    }

    /** A clause naming people who witness, attend, speak or report, not sign (在X见证下, X出席, X致辞, 记者X). */
    private static final Pattern NOT_SIGNING = Pattern.compile("见证|出席|陪同|会见|接见|致辞|讲话|主持|宣读|摄|记者|报道");

    /**
     * 甲省省长X、乙县知事Y分别代表双方签署…: the one or two people named in the clauses before the verb (back to
     * the previous signing verb), when those clauses say they act for a side (代表, or place + title + person),
     * and none of them is a witness's or speaker's clause.
     */
    static List<String> signatoriesBefore(MaskedSentence ms, int from, int verbPos) {
        String m = ms.masked();
        List<String> out = new ArrayList<>();
        boolean acting = false;
        int clauseStart = from;
        String skipped = null; // the last person of the clause before, left out as a witness's or attender's
        for (int i = from; i <= verbPos; i++) {
            if (i == verbPos || ",，;；: \u3000".indexOf(m.charAt(i)) >= 0) {
                String clause = m.substring(clauseStart, i);
                if (skipped != null && WITH_EACH.matcher(clause).find() && !out.contains(skipped)) {
                    out.add(skipped); // 甲省副省长X率团出席,与乙省省长Y分别代表两省签署: X, the subject, signs too
                }
                skipped = null;
                if (NOT_SIGNING.matcher(clause).find()) {
                    for (MaskedSentence.Slot s : ms.slots(clauseStart, i)) {
                        if (s.entity().type() == EntityType.PERSON) {
                            skipped = s.entity().name();
                        }
                    }
                } else {
                    for (MaskedSentence.Slot s : ms.slots(clauseStart, i)) {
                        if (s.entity().type() == EntityType.PERSON && !out.contains(s.entity().name())) {
                            out.add(s.entity().name());
                        }
                    }
                    acting |= clause.contains("代表") || clause.contains("签字") || PLACE_TITLE_PERSON.matcher(clause).find();
                }
                clauseStart = i + 1;
            }
        }
        return acting && out.size() <= 2 ? out : List.of();
    }

    /** A clause going on with 与 + the other side, each acting for its own (与乙省省长Y分别代表两省). */
    private static final Pattern WITH_EACH = Pattern.compile("^(?:并)?(?:与|同|和)[^,，]*分别");

    private static final Pattern PLACE_TITLE_PERSON = Pattern.compile("[ⓅⓄ][\\p{IsHan}、]{1,8}?Ⓡ");
}
