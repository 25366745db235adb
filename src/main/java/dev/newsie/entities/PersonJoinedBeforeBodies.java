package dev.newsie.entities;

import dev.newsie.model.EntityType;
import dev.newsie.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * 某某及某市商会会长, 某某同某省委: a person's name and a conjunction after it (及, 与, 和, 同, 跟) join two parties of
 * a clause — the person and the body named next — so an organisation run that opens on them starts after the
 * conjunction. The conjunctions are a closed class. A body's name can open on a person's name — one named for the
 * person puts its head right after the name (某某基金会), and 某某同志纪念馆 puts 同志 (comrade) between — so the
 * cut asks for a conjunction right after the name, and 同 followed by 志 is the title, not a conjunction.
 *
 * <p>How it differs from the other helpers that cut a person and a conjunction off a body's front: it is the last
 * branch of {@code EntityRecognizer.afterJoinedName}, which first asks for a name the person patterns read inside the
 * run itself (市长某某和某县委) or a name followed by 率; this class takes a name the person stage read anywhere on
 * the page (written again inside the segmenter's one token) or a token the segmenter tagged as a name ({@code nr}).
 * {@code NameEdges.afterJoinedPersonOrListItem} cuts at a conjunction by what follows it (a place, a mission, a
 * levelled body), whatever stands before; {@code CoordinatedBodies.split} splits two bodies joined by a conjunction,
 * dropping a left item that names people by kind or title, never by name.
 * Reads the text, the tokens and the people; writes a new candidate or returns the one given.
 */
final class PersonJoinedBeforeBodies {
    /** The one-character conjunctions that join a person to what follows. */
    private static final String CONJUNCTIONS = "及与和同跟";
    /** The segmenter's tag prefix of a person's name (nr, nrf transliterated, nrj Japanese). */
    private static final String PERSON_TAG = "nr";
    /** 同 followed by 志 is 同志 (comrade), a title after a name, never the conjunction: 某某同志纪念馆. */
    private static final String COMRADE = "同志";

    private PersonJoinedBeforeBodies() {
    }

    /**
     * The organisation {@code org} from after a person's name and a conjunction it opens with, or {@code org} itself;
     * at least {@link NameEdges#MIN_NAME_LEFT} characters are left to the body.
     */
    static Candidate without(String text, Candidate org, List<Token> tokens, List<Candidate> people) {
        if (org.type() != EntityType.ORGANIZATION) {
            return org;
        }
        for (int personEnd : personEnds(text, org, tokens, people)) {
            int start = personEnd + 1;
            if (org.end() - start >= NameEdges.MIN_NAME_LEFT && CONJUNCTIONS.indexOf(text.charAt(personEnd)) >= 0
                    && !text.startsWith(COMRADE, personEnd)) {
                return new Candidate(start, org.end(), org.type(), text.substring(start, org.end()), org.country(), org.source());
            }
        }
        return org;
    }

    /**
     * Where the people's names that open {@code org} end: a name the person stage read there or anywhere on the page
     * (陈某某及某办, the name written again inside the segmenter's one token), or a token tagged as a name.
     */
    private static List<Integer> personEnds(String text, Candidate org, List<Token> tokens, List<Candidate> people) {
        List<Integer> ends = new ArrayList<>();
        for (Candidate p : people) {
            if (p.type() == EntityType.PERSON && p.name().length() < org.length() && text.startsWith(p.name(), org.start())) {
                ends.add(org.start() + p.name().length());
            }
        }
        for (Token t : tokens) {
            if (t.start() == org.start() && t.end() < org.end() && t.tag().startsWith(PERSON_TAG)) {
                ends.add(t.end());
            }
        }
        return ends;
    }
}
