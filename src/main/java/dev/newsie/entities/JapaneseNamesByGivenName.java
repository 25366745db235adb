package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.canon.ScriptConverter;
import dev.newsie.model.EntityType;
import dev.newsie.nlp.Token;
import dev.newsie.nlp.Tokens;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 工匠某某精心制作, 观光课某某(左二), 会员代表某某发言: on a page about Japan, a Japanese name is written in
 * Han characters wherever a person is named — after an occupation or a generic role word, before a title, in a list,
 * with no title at all — not only after the title of a Japanese office. Without a title to open it, the name is read
 * by its own shape: a listed Japanese family name ({@link JapaneseNames}) and a given name that IPADIC lists as one
 * and as no other word ({@code models/japanese-given-names-ipadic.tsv}: 幸夫, 健司, 总一郎, not 和平 or 大学), closed where
 * a name ends (punctuation, a title, a verb of speech, 等, a predicate's verb or adverb). In a signature block the
 * two parts may stand apart by one space (某某 某某). With a listed given name, a family name that also names a place
 * (盐田) is read too, unless a place is read there.
 */
final class JapaneseNamesByGivenName {
    private final NameShapes shapes;
    private final JapaneseNames japanese;
    private final Set<String> givenNames;

    JapaneseNamesByGivenName(NameShapes shapes, JapaneseNames japanese, Set<String> givenNames) {
        this.shapes = shapes;
        this.japanese = japanese;
        this.givenNames = Set.copyOf(givenNames);
    }

    static JapaneseNamesByGivenName load(NameShapes shapes, JapaneseNames japanese) {
        return new JapaneseNamesByGivenName(shapes, japanese, ModelFile.read("japanese-given-names-ipadic.tsv", 1).stream()
                .map(r -> ScriptConverter.toSimplified(r.get(0))).collect(Collectors.toSet()));
    }

    /** Whether the page names Japan or a place in it: only there are such names read without a title. */
    static boolean aboutJapan(List<Candidate> places) {
        return places.stream().anyMatch(JapaneseNames::inJapan);
    }

    void find(String text, List<Candidate> out, List<Candidate> places, List<Token> tokens) {
        if (!aboutJapan(places)) {
            return;
        }
        for (int p = 0; p < text.length(); p++) {
            int end = end(text, p, tokens);
            if (end < 0) {
                continue;
            }
            final int from = p, to = end;
            if (places.stream().anyMatch(c -> c.start() < to && c.end() > from)
                    || out.stream().anyMatch(c -> c.start() < to && c.end() > from && (c.start() < from || c.end() > to))) {
                continue; // a place read there, or a name that runs over this one's edge, is the other reading
            }
            out.removeIf(c -> c.type() == EntityType.PERSON && c.start() >= from && c.end() <= to); // its given name alone
            out.add(new Candidate(p, end, EntityType.PERSON, text.substring(p, end), null, Candidate.Source.PATTERN));
            p = end - 1;
        }
    }

    /** The end of a family name and a listed given name at {@code p} closed by a name's boundary, or -1. */
    int end(String text, int p, List<Token> tokens) {
        int family = japanese.surnameLengthWithPlaceNames(text.substring(p, Math.min(text.length(), p + 3)));
        if (family == 0 || crossed(tokens, p)) {
            return -1;
        }
        int g = p + family;
        boolean lineStart = p == 0 || text.charAt(p - 1) == '\n';
        if (lineStart && g < text.length() && (text.charAt(g) == ' ' || text.charAt(g) == '\u3000')) {
            g++; // a signature block: the two parts of a name apart on a line of their own
        }
        for (int given = 3; given >= 2; given--) {
            int e = g + given;
            if (e <= text.length() && givenNames.contains(text.substring(g, e)) && closes(text, e, tokens)) {
                return e;
            }
        }
        return -1;
    }

    /** Whether a name may end at {@code e}: a break, a title, 等 or a speech verb, or a predicate's verb or adverb of two characters
     * (精心/ad 制作). */
    private boolean closes(String text, int e, List<Token> tokens) {
        return shapes.nameMayEndAt(text, e, tokens) || shapes.closesName(text, e) || shapes.titleAt(text, e) != null
                || Tokens.wordStartsAt(tokens, e, "ad");
    }

    /** The segmenter's tags of proper names: its guesses over a run of unknown characters (a family name read as a place /ns, a given name cut in single characters). */
    private static final List<String> PROPER_NAME_TAGS = List.of("nr", "ns", "nz", "nt");

    /**
     * Whether the segmenter reads an ordinary word running over {@code p}: the family name would be the tail of that
     * word. A proper name it reads there is its guess over the unknown name, no word.
     */
    private static boolean crossed(List<Token> tokens, int p) {
        return Tokens.overlapping(tokens, p, p + 1).stream().anyMatch(t -> t.start() < p && t.end() > p
                && PROPER_NAME_TAGS.stream().noneMatch(t.tag()::startsWith));
    }
}
