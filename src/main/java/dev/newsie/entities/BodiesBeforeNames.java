package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.List;
import java.util.function.Predicate;

/**
 * 经济发展局王小明局长, 文化局李大同代理局长: Taiwan's reports name an official by the body, the name and then the
 * title, and the organisation pattern reads the title's head (局 of 局长) as the head of one body that runs over the
 * person (局王小明局). A body's name never holds a person's: it ends where the name begins, at the head noun before
 * it, or names no body when only a bare head is left.
 */
final class BodiesBeforeNames {
    private BodiesBeforeNames() {
    }

    /**
     * The body the candidate names once the person inside it is taken out; the candidate itself when no person stands
     * there; null when what is left names no body.
     */
    static Candidate body(String text, Candidate org, List<Candidate> people, Predicate<String> hasHead) {
        for (Candidate p : people) {
            if (p.type() != EntityType.PERSON || p.source() != Candidate.Source.PATTERN) {
                continue;
            }
            if (p.start() > org.start() && p.start() < org.end() && p.end() < org.end()) {
                String before = text.substring(org.start(), p.start());
                return hasHead.test(before) && before.length() >= 2
                        ? new Candidate(org.start(), p.start(), org.type(), before, org.country(), org.source()) : null;
            }
        }
        return org;
    }
}
