package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.nlp.Token;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 经济、社会与文化合作协会, 友好、和平与发展委员会: a body named after three or more fields lists the earlier ones with
 * 、 and joins the last with a conjunction. A word before a 、 is one more field of the name only when it is a field
 * word of {@code models/field-words.tsv}; 专家、学者与某协会代表 lists people, not fields.
 */
final class ListedFields {
    /** What lists the earlier fields of such a name. */
    static final String MARK = "、";

    private final Set<String> fields;

    ListedFields(Set<String> fields) {
        this.fields = Set.copyOf(fields);
    }

    static ListedFields load() {
        return new ListedFields(ModelFile.read("field-words.tsv", 1).stream().map(r -> r.get(0)).collect(Collectors.toSet()));
    }

    /**
     * Whether {@code join} is the list's 、 and {@code left} a field word that is no place: one more field listed
     * before fields a conjunction already joined to the name.
     */
    boolean lists(Token join, Token left, List<Candidate> places) {
        return join.word().equals(MARK) && fields.contains(left.word()) && PlaceSpans.within(places, left.start(), left.end()).isEmpty();
    }
}
