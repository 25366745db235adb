package dev.newsie.entities;

import dev.newsie.model.EntityType;
import dev.newsie.nlp.Token;
import dev.newsie.nlp.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names listed without a title (出席的有张三、李四和王五; 成员包括…): a run of Chinese names joined by 、, 和 or 及,
 * or separated by spaces as in a table's row flattened into a line (获奖者  张三  李四  王五).
 * No title vouches for them, so the run is taken only where at least two of its items are person names to the
 * segmenter too (tag nr) as well as a listed family name and one or two characters; the others in the run (a name
 * the segmenter split, 张/建国) join them. Lists of things (高铁、黄金) have no such anchors.
 */
final class ListedNames {
    /** What joins the items of a list of names. */
    private static final String JOINS = "、和及与";
    /** Spaces that separate the names of a list laid out as a table's row (half-width, full-width, tab). */
    private static final String SPACES = " \u3000\t";
    /** Items that the segmenter also reads as names, at least. */
    static final int MIN_ANCHORS = 2;

    private final NameShapes shapes;
    private final MarriedNames marriedNames;

    /** {@code marriedNames}: the recogniser's own reader of 冠夫姓 names, shared rather than built again. */
    ListedNames(NameShapes shapes, MarriedNames marriedNames) {
        this.shapes = shapes;
        this.marriedNames = marriedNames;
    }

    void find(String text, List<Token> tokens, List<Candidate> out, List<Candidate> places) {
        int i = 0;
        while (i < text.length()) {
            List<Candidate> run = new ArrayList<>();
            int anchors = 0, p = i;
            while (true) {
                int end = item(text, p, places, tokens);
                if (end < 0) {
                    break;
                }
                run.add(new Candidate(p, end, EntityType.PERSON, text.substring(p, end), null, Candidate.Source.PATTERN));
                if (Tokens.exactly(tokens, p, end) != null && Tokens.exactly(tokens, p, end).tag().startsWith("nr")) {
                    anchors++;
                }
                if (end < text.length() && JOINS.indexOf(text.charAt(end)) >= 0) {
                    p = end + 1;
                } else if (end < text.length() && SPACES.indexOf(text.charAt(end)) >= 0) {
                    p = end;
                    while (p < text.length() && SPACES.indexOf(text.charAt(p)) >= 0) {
                        p++; // 甲某某  乙某某  丙某某: a list of honourees flattened from a table is spaced
                    }
                } else {
                    break;
                }
            }
            if (run.size() >= MIN_ANCHORS && anchors >= MIN_ANCHORS) {
                for (Candidate c : run) {
                    if (out.stream().noneMatch(o -> o.start() < c.end() && c.start() < o.end())) {
                        out.add(c);
                    }
                }
                i = run.get(run.size() - 1).end();
            } else {
                i++;
            }
        }
    }

    /** The end of a name item at {@code p} that a join or punctuation closes, or -1; a place is no item. */
    private int item(String text, int p, List<Candidate> places, List<Token> tokens) {
        if (p > 0 && Character.UnicodeScript.of(text.charAt(p - 1)) == Character.UnicodeScript.HAN
                && JOINS.indexOf(text.charAt(p - 1)) < 0 && "有括为是".indexOf(text.charAt(p - 1)) < 0) {
            return -1; // an item opens the text, a clause, or follows a join or a word that opens a list
        }
        int end = shapes.chineseName(text, p);
        if (end < 0) {
            end = marriedNames.end(text, p, tokens); // 甲、林郑某某、乙: a married woman's four characters
        }
        if (end < 0 || !(end == text.length() || JOINS.indexOf(text.charAt(end)) >= 0 || SPACES.indexOf(text.charAt(end)) >= 0
                || "，,。；;：:）)等\n".indexOf(text.charAt(end)) >= 0)) {
            return -1;
        }
        final int e = end;
        return places.stream().anyMatch(c -> c.start() < e && p < c.end()) ? -1 : end;
    }

    /** What closes an item of a list of names beside a known one: a join, punctuation, 等 or the text's end. */
    private static final String ITEM_CLOSERS = JOINS + "，,。；;：:）)(（等\n";
    /** How long a bracket after a listed name may be: a nationality or a country (甲(德国)、乙(法国)). */
    private static final int MAX_BRACKET = 10;

    /**
     * Names listed beside a name already found (托马斯·贝克、山本健太、马克·霍夫曼; 林某某、Sasala Tayal、吴某某等议员):
     * an item joined by 、, 和 or 及 to a known name, of a Chinese or Japanese name's shape and closed by a join or
     * punctuation, is a name of the same list; the list is followed both ways as far as such items run. A known name
     * vouches for its neighbours where the segmenter's anchors are missing (Japanese names, a list broken by a Latin one).
     * An item may carry a short bracket, a nationality (甲·乙(德国)、丙丁(日本)), and a foreign name in Han parts joined
     * by the middle dot is an item too.
     */
    void besideNames(String text, List<Candidate> out, List<Candidate> places, JapaneseNames japanese, List<Token> tokens) {
        boolean added = true;
        while (added) {
            added = false;
            for (Candidate known : List.copyOf(out)) {
                if (known.type() != EntityType.PERSON) {
                    continue;
                }
                int[] next = nextItem(text, known.end(), japanese);
                added |= addItem(text, out, places, next != null ? next : segmenterItem(text, known.end(), tokens), japanese);
                added |= addItem(text, out, places, previousItem(text, known.start(), japanese), japanese);
                added |= addItem(text, out, places, sandwichedItem(text, known.end(), out, tokens), japanese);
                added |= addItem(text, out, places, firstItemAfterTitle(text, known.start(), tokens), japanese);
                added |= runToJoin(text, out, known);
            }
        }
    }

    /**
     * 领导甲乙丙、丁戊出席: the list's first item runs from the title to the join before a known name, so a family name
     * and two characters there are one name even where a character inside also opens verbs (向, 于: a name pattern
     * stops at it), unless the segmenter reads the whole item as one ordinary word (会长单位、…).
     */
    private int[] firstItemAfterTitle(String text, int start, List<Token> tokens) {
        if (start < 3 || text.charAt(start - 1) != '、') {
            return null;
        }
        int end = start - 1;
        for (int len = 3; len >= 2; len--) {
            int p = end - len;
            final int from = p;
            if (p > 0 && titleEndsAt(text, p) && NameShapes.allHan(text, p, end) && shapes.surnames.contains(text.substring(p, p + 1))
                    && Tokens.overlapping(tokens, p, end).stream().noneMatch(t -> t.start() == from && t.end() == end && !t.tag().startsWith("nr"))) {
                return new int[] {p, end};
            }
        }
        return null;
    }

    /** Longest title looked for before a list's first item. */
    private static final int MAX_TITLE = 6;

    /** Whether a title of two to six characters ends at {@code p} that is the one read where it starts (no longer title starts there). */
    private boolean titleEndsAt(String text, int p) {
        return shapes.titlesEndingAt(text, p).stream()
                .anyMatch(t -> t.length() >= 2 && t.length() <= MAX_TITLE && t.equals(shapes.titleAt(text, p - t.length())));
    }

    /**
     * 甲乙丙、丁戊己: a known two-character name that one Han character separates from the join closing its item, beside a
     * known name of the same list, is cut short; the item is one name to the join (the segmenter read its last character
     * as a verb or a measure word: 祝, 声).
     */
    private boolean runToJoin(String text, List<Candidate> out, Candidate known) {
        int e = known.end();
        if (known.type() != EntityType.PERSON || known.name().length() != 2 || !NameShapes.allHan(known.name(), 0, 2)
                || !shapes.listedSurnames.contains(known.name().substring(0, 1)) || e + 1 >= text.length() || text.charAt(e + 1) != '、'
                || !NameShapes.allHan(text, e, e + 1) || NameShapes.NAME_END.indexOf(text.charAt(e)) >= 0) {
            return false;
        }
        boolean nextKnown = out.stream().anyMatch(o -> o.type() == EntityType.PERSON && o.start() == e + 2);
        boolean previousKnown = known.start() > 0 && JOINS.indexOf(text.charAt(known.start() - 1)) >= 0
                && out.stream().anyMatch(o -> o.type() == EntityType.PERSON && o.end() == known.start() - 1);
        if (!(nextKnown || previousKnown) || out.stream().anyMatch(o -> o != known && o.start() <= e && o.end() > e)) {
            return false;
        }
        out.remove(known);
        out.add(new Candidate(known.start(), e + 1, EntityType.PERSON, text.substring(known.start(), e + 1), known.country(), known.source()));
        return true;
    }

    /** Longest item between two known names that the list's shape alone vouches for: a long one-part foreign name. */
    private static final int MAX_SANDWICHED = 6;

    /**
     * 甲某某、X、乙某某: an item that 、 closes on both sides, between a known name before and a known name after, is a
     * name of the same list whatever its characters (a one-part transliterated name outside the table). Only an item
     * the segmenter splits into single characters or person-name words (nr*), as it splits such a name, since a
     * word of its own (翻译, 随员, 夫人) is a role listed among the names, not one; and Han characters only.
     */
    private static int[] sandwichedItem(String text, int end, List<Candidate> out, List<Token> tokens) {
        if (end >= text.length() || text.charAt(end) != '、') {
            return null;
        }
        int p = end + 1, e = p;
        while (e < text.length() && e - p <= MAX_SANDWICHED && Character.UnicodeScript.of(text.codePointAt(e)) == Character.UnicodeScript.HAN
                && JOINS.indexOf(text.charAt(e)) < 0) {
            e += Character.charCount(text.codePointAt(e));
        }
        final int from = p, to = e;
        if (to - from < 2 || to - from > MAX_SANDWICHED || to >= text.length() || text.charAt(to) != '、'
                || out.stream().noneMatch(o -> o.type() == EntityType.PERSON && o.start() == to + 1)) {
            return null;
        }
        boolean splitLikeAName = Tokens.overlapping(tokens, from, to).stream()
                .allMatch(t -> t.start() >= from && t.end() <= to && (t.end() - t.start() == 1 || t.tag().startsWith("nr")));
        return splitLikeAName ? new int[] {from, to} : null;
    }

    /**
     * A listed item goes in unless a place is read over it: a place of the whole item (甲某某、某市、乙某某 lists a
     * place), or one inside it unless the item has the shape of a Japanese name, whose family name a city may share
     * (a 冈崎 or 松山 opening 冈崎某 of a list of names is the family name, not the city).
     */
    private boolean addItem(String text, List<Candidate> out, List<Candidate> places, int[] span, JapaneseNames japanese) {
        if (span == null || out.stream().anyMatch(o -> o.start() < span[1] && span[0] < o.end())) {
            return false;
        }
        boolean placeInside = places.stream().anyMatch(c -> c.start() < span[1] && span[0] < c.end());
        boolean wholePlace = places.stream().anyMatch(c -> c.start() <= span[0] && c.end() >= span[1]);
        if (wholePlace || placeInside && japanese.end(text, span[0], x -> x == span[1]) != span[1]) {
            return false;
        }
        out.add(new Candidate(span[0], span[1], EntityType.PERSON, text.substring(span[0], span[1]), null, Candidate.Source.PATTERN));
        return true;
    }

    /** The item after a join at {@code end} (the end of a known name), or null. */
    private int[] nextItem(String text, int end, JapaneseNames japanese) {
        end = afterBracket(text, end);
        if (end >= text.length() || "、和及".indexOf(text.charAt(end)) < 0) {
            return null;
        }
        int p = end + 1;
        int e = closedName(text, p, japanese);
        return e < 0 ? null : new int[] {p, e};
    }

    /** Longest name the segmenter's person token may be to stand as a listed item: a Chinese name and a long given name. */
    private static final int MAX_SEGMENTER_ITEM = 4;

    /**
     * The item after a 、 at {@code end} that the segmenter reads as one person's name (tag nr) of two to four Han
     * characters, or null. Beside a known name the segmenter's reading is evidence enough where the name pattern has
     * none: a family name it leaves out as a common word (向, a preposition) or a rarer one (竺), and the list's last
     * item, which the predicate follows without punctuation (…、乙某某热情接待了来宾).
     */
    private static int[] segmenterItem(String text, int end, List<Token> tokens) {
        if (end >= text.length() || text.charAt(end) != '、') {
            return null;
        }
        int p = end + 1;
        for (Token t : dev.newsie.nlp.Tokens.overlapping(tokens, p, p + 1)) {
            if (t.start() == p && t.tag().startsWith("nr") && t.end() - p >= 2 && t.end() - p <= MAX_SEGMENTER_ITEM
                    && NameShapes.allHan(text, p, t.end()) && !loneCharacterAfter(text, t.end(), tokens)) {
                return new int[] {p, t.end()};
            }
        }
        return null;
    }

    /** 甲乙/nr + 丙 + 参加: a lone Han character after the segmenter's name is most likely the name's own last one. */
    private static boolean loneCharacterAfter(String text, int end, List<Token> tokens) {
        return dev.newsie.nlp.Tokens.overlapping(tokens, end, end + 1).stream()
                .anyMatch(t -> t.start() == end && t.end() - t.start() == 1 && NameShapes.allHan(text, t.start(), t.end()));
    }

    /** The item before a join just before {@code start} (the start of a known name), or null. */
    private int[] previousItem(String text, int start, JapaneseNames japanese) {
        if (start < 2 || text.charAt(start - 1) != '、') {
            return null;
        }
        int end = beforeBracket(text, start - 1);
        for (int len = 2; len <= 5 && end - len >= 0; len++) {
            int p = end - len;
            boolean opened = p == 0 || ITEM_CLOSERS.indexOf(text.charAt(p - 1)) >= 0 || "有括为是：:".indexOf(text.charAt(p - 1)) >= 0
                    || Character.UnicodeScript.of(text.charAt(p - 1)) != Character.UnicodeScript.HAN;
            if (opened && closedName(text, p, japanese) == end) {
                return new int[] {p, end};
            }
        }
        return null;
    }

    /** The end of a Chinese- or Japanese-shaped name at {@code p} that a list's closer ends, or -1. */
    private int closedName(String text, int p, JapaneseNames japanese) {
        java.util.function.IntPredicate closes = e -> e == text.length() || ITEM_CLOSERS.indexOf(text.charAt(e)) >= 0;
        int end = shapes.chineseName(text, p);
        if (end > 0 && closes.test(end)) {
            return end;
        }
        Matcher interpunct = INTERPUNCT_NAME.matcher(text).region(p, text.length());
        if (interpunct.lookingAt() && closes.test(interpunct.end())) {
            return interpunct.end(); // 让·杜邦 beside 汉斯·穆勒: a foreign name's parts joined by the middle dot
        }
        end = japanese.end(text, p, closes);
        if (end < 0 || !closes.test(end)) {
            return -1;
        }
        for (int given = 2; given <= 3 && given < end - p; given++) {
            if (shapes.titles.contains(text.substring(end - given, end))) {
                return -1; // 森川市长、田口议长: a family name and a title address someone, they do not name him
            }
        }
        return end;
    }

    /** A foreign name written in Han parts joined by the middle dot (canonical(): every dot form is ·). */
    private static final Pattern INTERPUNCT_NAME = Pattern.compile("\\p{IsHan}{1,6}(?:·\\p{IsHan}{1,8}){1,2}");

    /** Where a short bracket opening at {@code end} (甲(德国)) closes, past it; else {@code end}. */
    private static int afterBracket(String text, int end) {
        if (end < text.length() && "(（".indexOf(text.charAt(end)) >= 0) {
            for (int i = end + 1; i < text.length() && i <= end + MAX_BRACKET; i++) {
                char c = text.charAt(i);
                if (c == ')' || c == '）') {
                    return i + 1;
                }
                if ("(（、,，。;；".indexOf(c) >= 0) {
                    break;
                }
            }
        }
        return end;
    }

    /** Where a short bracket closing just before {@code end} (甲(德国)、) opens; else {@code end}. */
    private static int beforeBracket(String text, int end) {
        if (end > 0 && ")）".indexOf(text.charAt(end - 1)) >= 0) {
            for (int i = end - 2; i >= 0 && i >= end - 1 - MAX_BRACKET; i--) {
                char c = text.charAt(i);
                if (c == '(' || c == '（') {
                    return i;
                }
                if (")）、,，。;；".indexOf(c) >= 0) {
                    break;
                }
            }
        }
        return end;
    }
}
