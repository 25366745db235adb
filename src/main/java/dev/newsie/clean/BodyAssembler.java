package dev.newsie.clean;

import dev.newsie.text.TrackedText;

import java.util.ArrayList;
import java.util.List;

/** Joins kept lines into a body: paragraphs separated by one blank line, each line stripped of blanks and bullets. */
final class BodyAssembler {
    private final List<TrackedText> lines = new ArrayList<>();

    /** Adds characters [from, to) of the source as one paragraph, trimmed of blanks and leading bullets. */
    void add(TrackedText source, int from, int to) {
        String t = source.text();
        while (from < to && (Character.isWhitespace(t.charAt(from)) || t.charAt(from) == '\u00a0' || t.charAt(from) == '\u3000'
                || t.charAt(from) == '•' || t.charAt(from) == '●' || t.charAt(from) == '■')) {
            from++;
        }
        while (to > from && (Character.isWhitespace(t.charAt(to - 1)) || t.charAt(to - 1) == '\u00a0' || t.charAt(to - 1) == '\u3000')) {
            to--;
        }
        if (to > from) {
            lines.add(source.slice(from, to));
        }
    }

    private static final java.util.regex.Pattern SENTENCE_OR_HEADING = java.util.regex.Pattern.compile("[。;；:：]");
    private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile("[,，、]");
    /**
     * A numbered entry (1.北京市) or a numbered row of a table (1 | 甲市 | 乙市 | 1990.05.20): the article's own list,
     * which a page's appended headlines, unnumbered, are not.
     */
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile(
            "^\\s*(\\d{1,3}|[一二三四五六七八九十]+)[.、．)）]|^\\s*\\d{1,3}\\s*[|｜]\\s*\\S");

    /**
     * Drops a run of at least {@code minRun} short lines at the end that have no sentence punctuation and are
     * no bylines: a list of other articles' headlines the page appended without announcing it.
     */
    void dropTrailingList(int minRun, int maxLength, java.util.regex.Pattern byline) {
        int run = 0;
        for (int i = lines.size() - 1; i > 0; i--) {
            String t = lines.get(i).text();
            // headlines may ask or exclaim (?!), so only full stops, semicolons and colons mark the article's own text;
            // numbered entries and headed sub-lists (1.北京市, 省级:) are the article's own lists, not the page's
            boolean listLike = t.length() <= maxLength && !SENTENCE_OR_HEADING.matcher(t).find() && !byline.matcher(t).find()
                    && !NUMBERED.matcher(t).find();
            if (!listLike) {
                break;
            }
            run++;
        }
        run -= listUnderHeading(lines.size() - run);
        if (run >= minRun) {
            lines.subList(lines.size() - run, lines.size()).clear();
        }
    }

    /** 获奖城市: / 名单如下: — a line that ends in a colon announces the list under it. */
    private static final java.util.regex.Pattern LIST_HEADING = java.util.regex.Pattern.compile("[:：]\\s*$");

    /**
     * The end of a name: a place's administrative suffix or the head of a body's name (宁波市, 静冈县, 某某协会).
     * A list line that ends in one, or is as short as a person's name, names a member of the list above it.
     */
    private static final java.util.regex.Pattern NAME_LINE = java.util.regex.Pattern.compile(
            "^[\\p{IsHan}·()（）\\-—]{2,20}?(?:特别市|自治区|自治州|自治县|市|省|州|县|区|道|府|郡|岛|国|政府|协会|委员会|联合会|商会|大学|学院|公司|集团|中心|基金会)"
            + "(?:[(（][\\p{IsHan}]{1,10}[)）])?$|^[\\p{IsHan}·]{2,6}$");

    /**
     * How many lines from {@code from} on are short name lines right under a list heading (获奖城市: 宁波市 大连市):
     * the article's own list, one entry a line, which a page's appended headlines do not look like.
     */
    private int listUnderHeading(int from) {
        if (from <= 0 || from >= lines.size() || !LIST_HEADING.matcher(lines.get(from - 1).text()).find()) {
            return 0;
        }
        boolean announced = LIST_ANNOUNCEMENT.matcher(lines.get(from - 1).text()).find();
        int n = 0;
        while (from + n < lines.size()) {
            String t = lines.get(from + n).text().strip();
            if (!NAME_LINE.matcher(t).matches() && !(announced && entryLine(t))) {
                break;
            }
            n++;
        }
        return n;
    }

    /**
     * A heading that announces the article's own list of winners or members (获奖名单如下:, 他们是:, 一等奖(3个):),
     * under which an entry may be a whole line of name, nationality and post (彼得·格林(美国) 某大学教授), not only a
     * bare name; a page's appended links are announced otherwise (相关新闻:, which ends the article before this).
     */
    private static final java.util.regex.Pattern LIST_ANNOUNCEMENT = java.util.regex.Pattern.compile(
            "(?:如下|名单|名录|获奖者|得主|获奖城市|获奖单位|获奖个人|获奖人员|他们是|分别是|分别为|奖项?(?:[(（]\\d{1,3}[个名位项家人][)）])?)\\s*[:：]\\s*$");
    /** An entry of an announced list, or a sub-heading of it (二等奖(2个):): one short line, no sentence in it. */
    private static final java.util.regex.Pattern ENTRY_LINE = java.util.regex.Pattern.compile("^[^。；;！？!?]{2,40}$");
    /**
     * What makes a line an entry and not another story's headline: its fields are set apart — a transliterated
     * name's dot, a bracketed nationality or place, a blank between name and post (彼得·格林(美国) 某大学教授).
     */
    private static final java.util.regex.Pattern ENTRY_FIELDS = java.util.regex.Pattern.compile("[·•(（]|\\p{IsHan}[ \\t\u3000]+\\p{IsHan}");

    private static boolean entryLine(String t) {
        if (!ENTRY_LINE.matcher(t).matches()) {
            return false;
        }
        return LIST_HEADING.matcher(t).find() ? LIST_ANNOUNCEMENT.matcher(t).find() : ENTRY_FIELDS.matcher(t).find();
    }

    /**
     * Drops the last lines while they read as headlines of other stories: short, headline-like (at least
     * {@code minHan} Han characters), without sentence punctuation or commas (a sentence cut off where the page
     * was cut has them), no byline or numbered entry, and sharing
     * little of their wording with the article above them ({@link HeadlineFilter}). A caption or a cut-off
     * sentence at the end speaks of the article and stays.
     */
    void dropTrailingUnrelated(int maxLength, int minHan, java.util.regex.Pattern byline) {
        int run = lines.size();
        while (run > 1 && headlineLike(lines.get(run - 1).text(), maxLength, minHan, byline)) {
            run--;
        }
        run += listUnderHeading(run); // the names listed under a heading stay
        if (run >= lines.size()) {
            return;
        }
        StringBuilder above = new StringBuilder(); // the article above the run: headlines in it do not vouch for each other
        for (int i = 0; i < run; i++) {
            above.append(lines.get(i).text()).append('\n');
        }
        java.util.Set<String> article = HeadlineFilter.bigrams(above.toString());
        while (lines.size() > run && HeadlineFilter.share(lines.get(lines.size() - 1).text(), article) < HeadlineFilter.MIN_SHARED) {
            lines.remove(lines.size() - 1);
        }
    }

    private static boolean headlineLike(String t, int maxLength, int minHan, java.util.regex.Pattern byline) {
        return t.length() <= maxLength && LineClassifier.hanCount(t) >= minHan && !SENTENCE_OR_HEADING.matcher(t).find()
                && !CLAUSE_BREAK.matcher(t).find() && !byline.matcher(t).find() && !NUMBERED.matcher(t).find();
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    List<String> texts() {
        return lines.stream().map(TrackedText::text).toList();
    }

    TrackedText build() {
        TrackedText.Builder b = TrackedText.builder();
        for (int i = 0; i < lines.size(); i++) {
            TrackedText l = lines.get(i);
            if (i > 0) {
                b.appendSynthetic("\n\n", l.length() > 0 ? l.rawStart(0) : 0);
            }
            b.append(l);
        }
        return b.build();
    }
}
