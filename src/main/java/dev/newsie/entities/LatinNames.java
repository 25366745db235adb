package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Personal names left in Latin script in Chinese text (众议员Mark Sanders, 议员 Anna Berg): two or three capitalised
 * words right after a person's title (models/person-titles.tsv) or before one (Mark Sanders州众议员), inside a
 * 、-list of people, or in a news page's credit line (摄影:Anna Berg, 图/Tom Baker摄). Elsewhere a Latin phrase may be
 * a company, a programme or a place, so none is taken; nor is a credit's name that ends in an outlet's or agency's
 * head word (models/latin-outlet-heads.tsv: Getty Images, Miami Herald).
 */
final class LatinNames {
    /** Latin capitals and small letters, accented ones too: Portuguese, Spanish and French names keep them (Mané, Conceição). */
    private static final String UP = "[\\p{IsLatin}&&\\p{Lu}]";
    private static final String LO = "[\\p{IsLatin}&&\\p{Ll}]";
    /** A given name and one or two more capitalised words (with an initial, a hyphen or an apostrophe inside). */
    private static final Pattern NAME = Pattern.compile(" ?(" + UP + LO + "+(?:-" + UP + LO + "+)?(?: " + UP + "\\.)?(?: (?:"
            + UP + "(?:'|" + LO + ")*" + LO + "|Mc" + UP + LO + "+)(?:-" + UP + LO + "+)?){1,2})(?![\\p{IsLatin}&&\\p{L}])");
    /** A name given in one capitalised word only, as a credit line may give it (编译:Mina): the role is the evidence. */
    private static final Pattern ONE_WORD = Pattern.compile(UP + LO + "+(?![\\p{IsLatin}&&\\p{L}])");
    /** The last words of outlets' and agencies' names in Latin script (models/latin-outlet-heads.tsv): no person's. */
    private static final Set<String> OUTLET_HEADS = ModelFile.read("latin-outlet-heads.tsv", 1).stream()
            .map(r -> r.get(0)).collect(Collectors.toUnmodifiableSet());

    private final NameShapes shapes;

    LatinNames(NameShapes shapes) {
        this.shapes = shapes;
    }

    void afterTitles(String text, List<Candidate> out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && !(Character.isUpperCase(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)) {
                continue;
            }
            if (!titleEndsAt(text, i)) {
                continue;
            }
            Matcher m = NAME.matcher(text).region(i, text.length());
            if (m.lookingAt()) {
                out.add(new Candidate(m.start(1), m.end(1), EntityType.PERSON, m.group(1), null, Candidate.Source.PATTERN));
                i = m.end() - 1;
            }
        }
    }

    /** A level before a title (州众议员, 市议员): the title of that level's body. */
    private static final String LEVELS = "州市省县";

    /** Where a 、-list goes on after an item, and where it ends. */
    private static final String LIST_NEXT = "、,，及和与等";

    /**
     * Names in Latin script written before a title (Mark Sanders州众议员) or inside a 、-list of people right after a
     * name already found (王某、Ingay Tali、李某): the title or the list is the evidence.
     * @param found the people found so far
     */
    void beforeTitlesAndInLists(String text, List<Candidate> out, List<Candidate> found) {
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            int start = m.start(1), end = m.end(1);
            if (start > 0 && Character.isLetter(text.charAt(start - 1)) && text.charAt(start - 1) < 0x80) {
                continue;
            }
            boolean titled = titleStartsAt(text, end)
                    || (end + 1 < text.length() && LEVELS.indexOf(text.charAt(end)) >= 0 && titleStartsAt(text, end + 1)); // 州众议员
            boolean listed = start > 0 && text.charAt(start - 1) == '、' && end < text.length() && LIST_NEXT.indexOf(text.charAt(end)) >= 0
                    && found.stream().anyMatch(c -> c.type() == EntityType.PERSON && c.end() == start - 1);
            if ((titled || listed) && out.stream().noneMatch(c -> c.start() == start)) {
                out.add(new Candidate(start, end, EntityType.PERSON, m.group(1), null, Candidate.Source.PATTERN));
            }
        }
    }

    /**
     * Contributors named in Latin script in a news page's credit line: after a contributor's role and its colon
     * (摄影:Anna Berg, 编译:Mina — one word is enough there, the role names a person), or before a photo's credit word
     * at the start of a credit (图/Tom Baker摄, (Anna Berg 摄)). A credit names who did the work, so the Latin words
     * are a person's name as surely as Han ones are. The role must open a line or follow a credit's opener (图/摄影:),
     * as a credit line's does: 据某国媒体报道:X称 quotes a source, and no name ending in an outlet's head word is taken.
     * @param roles the contributor roles of credit lines ({@link CreditBrackets#roles()})
     */
    void inCreditLines(String text, List<Candidate> out, List<String> roles) {
        for (String role : roles) {
            for (int i = text.indexOf(role); i >= 0; i = text.indexOf(role, i + 1)) {
                int p = i + role.length();
                if (p >= text.length() || (text.charAt(p) != ':' && text.charAt(p) != '：')
                        || i > 0 && PersonRecognizer.CREDIT_OPENERS.indexOf(text.charAt(i - 1)) < 0) {
                    continue;
                }
                p++;
                while (p < text.length() && text.charAt(p) == ' ') {
                    p++;
                }
                Matcher m = NAME.matcher(text).region(p, text.length());
                Matcher one = ONE_WORD.matcher(text).region(p, text.length());
                boolean named = m.lookingAt();
                int start = named ? m.start(1) : one.lookingAt() ? one.start() : -1;
                int end = named ? m.end(1) : start >= 0 ? one.end() : -1;
                if (start >= 0) {
                    add(text, out, start, end);
                }
            }
        }
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            int start = m.start(1), end = m.end(1);
            if (start > 0 && PersonRecognizer.CREDIT_OPENERS.indexOf(text.charAt(start - 1)) < 0) {
                continue;
            }
            int c = end;
            while (c < text.length() && text.charAt(c) == ' ') {
                c++;
            }
            for (String credit : shapes.photoCreditWords) {
                int after = c + credit.length();
                if (text.startsWith(credit, c) && (after == text.length() || PersonRecognizer.CREDIT_CLOSERS.indexOf(text.charAt(after)) >= 0)) {
                    add(text, out, start, end);
                }
            }
        }
    }

    /**
     * Whether a name is written wholly in Latin letters (and spaces). The segmenter tags such a run as a foreign string
     * ({@code nx}), which the common-word test for names would drop only because {@link PersonRecognizer#COMMON_WORD_TAGS}
     * holds the prefix {@code n}; a Latin run is no Chinese common word, so that test does not apply to it (编译:Mina).
     */
    static boolean whollyLatin(String name) {
        return !name.isEmpty() && name.chars().allMatch(ch -> ch == ' '
                || Character.isLetter(ch) && Character.UnicodeScript.of(ch) == Character.UnicodeScript.LATIN);
    }

    private static void add(String text, List<Candidate> out, int start, int end) {
        Candidate c = new Candidate(start, end, EntityType.PERSON, text.substring(start, end), null, Candidate.Source.PATTERN);
        if (!OUTLET_HEADS.contains(text.substring(Math.max(start, text.lastIndexOf(' ', end - 1) + 1), end)) && out.stream().noneMatch(c::overlaps)) {
            out.add(c);
        }
    }

    private boolean titleStartsAt(String text, int i) {
        for (String t : shapes.titles) {
            if (text.startsWith(t, i) && !NameShapes.GENERIC_TITLES.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private boolean titleEndsAt(String text, int i) {
        return shapes.titlesEndingAt(text, i).stream().anyMatch(t -> !NameShapes.GENERIC_TITLES.contains(t));
    }
}
