package dev.newsie.clean;

import dev.newsie.decode.DecodedPage;
import dev.newsie.text.TrackedText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans pages already flattened to text, line by line: the title is the first real line; between title
 * and the first prose paragraph only datelines, source and reporter lines are kept; from the first prose
 * paragraph on every line is kept except junk, until a section heading or disclaimer ends the article.
 */
public final class TextDumpCleaner implements ArticleCleaner {
    /** Datelines, bylines, editor lines and title suffixes: models/page-line-shapes.tsv, where each is explained. */
    private static final LineShapes SHAPES = LineShapes.standard();
    /** How long a line above the article may be to be read as its date line (a date, a time, a label). */
    private static final int SHORT_DATE_LINE = 40;
    static final Pattern SITE_ADDRESS = SHAPES.get("SITE_ADDRESS");
    private static final Pattern DATELINE = SHAPES.get("DATELINE");
    private static final Pattern HAN_DATELINE = SHAPES.get("HAN_DATELINE");
    private static final Pattern LABELLED_DATE = SHAPES.get("LABELLED_DATE");
    private static final Pattern SOURCE_LINE = SHAPES.get("SOURCE_LINE");
    private static final Pattern TIMESTAMP_WITH_SOURCE = SHAPES.get("TIMESTAMP_WITH_SOURCE");
    private static final Pattern OUTLET_TIMESTAMP = SHAPES.get("OUTLET_TIMESTAMP");
    /** Headlines have six or more Han characters; shorter lines above an article are channel and section names. */
    private static final Pattern TITLE_MIN = Pattern.compile("(?:[^\\p{IsHan}]*\\p{IsHan}){6}.*");

    /**
     * A page's tail of short unpunctuated lines (headlines of other articles, channel names) with no heading
     * announcing it: this many or more in a row at the end are dropped.
     */
    static final int MIN_TRAILING_LIST = 3;
    static final int MAX_LIST_LINE = 40;
    /** Headlines have six or more Han characters (as {@link #TITLE_MIN} says); shorter closing lines are left alone. */
    static final int MIN_HEADLINE_HAN = 6;
    private static final Pattern BYLINE = SHAPES.get("BYLINE");

    /** Shorter lines (一、, 图片, 是) may legitimately repeat; longer ones repeated are page furniture. */
    static final int MIN_REPEATED_LINE = 8;
    /** Paragraphs at least this long, two or more in a row, that the page prints again make a reprinted block. */
    static final int MIN_REPRINTED_PARAGRAPH = 40;
    private static final Pattern SALUTATION = SHAPES.get("SALUTATION");
    /** Longer lines without a full stop are paragraphs, not headlines of other stories. */
    static final int MAX_PROMO_HEADLINE = 40;
    private static final Pattern FULL_STOP = Pattern.compile("[。．；;]");
    private static final Pattern SENTENCE_END = Pattern.compile("[。!?！？]");
    /** A line ending in a colon labels what follows (最新公告:); it is not a headline. */
    private static final Pattern LABEL = Pattern.compile("[::]\\s*$");
    /** Headlines are short; a longer first line is the article's first paragraph. */
    private static final int MAX_TITLE = 80;
    /** Page title plus kicker, headline and subtitle at most. */
    static final int MAX_HEADLINES = 3;
    private static final Pattern SITE_SUFFIX = SHAPES.get("SITE_SUFFIX");
    /** A navigation bar: four or more short items separated by blanks and no punctuation (首页 新闻 国际 财经). */
    private static final Pattern MENU = Pattern.compile("^(\\S{1,4}\\s+){3,}\\S{1,4}$");
    private static final Pattern STORY_END = SHAPES.get("STORY_END");
    /** Prose lines read as the lead when judging the headline-like lines above the article. */
    static final int LEAD_LINES = 3;
    /** The lead is looked for this many lines ahead at most, so a page of endless headlines stays linear. */
    static final int MAX_LEAD_SEARCH = 200;
    private static final Pattern BYLINE_ABOVE = SHAPES.get("BYLINE_ABOVE");
    private static final Pattern TIMESTAMP_OUTLET = SHAPES.get("TIMESTAMP_OUTLET");
    private static final Pattern EDITOR_IN_PARENTHESES = SHAPES.get("EDITOR_IN_PARENTHESES");
    private static final Pattern EXPORT_DATE_FIELD = SHAPES.get("EXPORT_DATE_FIELD");
    private static final Pattern HEADLINE_TIMESTAMP = SHAPES.get("HEADLINE_TIMESTAMP");

    private final LineClassifier classifier;
    private final MetadataBar bar;

    public TextDumpCleaner(LineClassifier classifier) {
        this.classifier = classifier;
        this.bar = new MetadataBar(classifier);
    }

    /**
     * A line above the article without the page's widgets at its end (日期:… 来源:某报 发表评论): when what is left is
     * a date or source line, that part is the article's header, even if the widgets made the whole line junk.
     */
    private Line withoutWidgets(Line l) {
        int end = bar.end(l.text());
        if (end >= l.text().stripTrailing().length() || end == 0) {
            return l;
        }
        String kept = l.text().substring(0, end);
        LineKind kind = classifier.classify(kept);
        if (!isSourceLine(kept) || kind == LineKind.JUNK || kind == LineKind.END) {
            return l;
        }
        return new Line(l.start(), l.start() + end, kept, kind);
    }

    /**
     * A caption may be printed above and below its picture, but two or more paragraphs printed again in the same
     * order are the page printing its article twice (a mirror block, a print view): the indices of the lines of
     * each second copy (issue 9, round 8).
     */
    private static java.util.Set<Integer> reprintedBlocks(List<Line> lines) {
        List<Integer> prose = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind() != LineKind.JUNK && lines.get(i).text().strip().length() >= MIN_REPRINTED_PARAGRAPH) {
                prose.add(i);
            }
        }
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (int n = 0; n < prose.size(); n++) {
            String text = lines.get(prose.get(n)).text().strip();
            Integer k = first.putIfAbsent(text, n);
            if (k == null || n + 1 >= prose.size() || k + 1 >= n) {
                continue;
            }
            if (lines.get(prose.get(n + 1)).text().strip().equals(lines.get(prose.get(k + 1)).text().strip())) {
                out.add(prose.get(n));
                out.add(prose.get(n + 1));
            }
        }
        return out;
    }

    /** Injected keyword lines are short and unpunctuated. */
    static final int MAX_INJECTED_LINE = 20;
    private static final Pattern CLAUSE_OPEN = Pattern.compile("[,，、]\\s*$");
    private static final Pattern CLAUSE_GOES_ON = Pattern.compile("^\\s*[,，、]");
    private static final Pattern ANY_PUNCTUATION = Pattern.compile("[\\p{P}]");

    /**
     * 甲市长乙昨天签订备忘录, / 台中搬家 / ,缔结为友好城市, — a sentence broken over lines that end and begin with its
     * commas cannot be interrupted by its own text: a short unpunctuated line between the two halves is a keyword a
     * content farm injected (GOLD.md §1, injected spam; issue 9, round 8).
     */
    private static boolean injectedInSentence(List<Line> lines, int i) {
        String t = lines.get(i).text().strip();
        if (t.length() > MAX_INJECTED_LINE || ANY_PUNCTUATION.matcher(t).find() || i == 0 || i + 1 >= lines.size()) {
            return false;
        }
        return CLAUSE_OPEN.matcher(lines.get(i - 1).text()).find() && CLAUSE_GOES_ON.matcher(lines.get(i + 1).text()).find();
    }

    /** Ellipsis at the end of a line cut short by a template (…, ..., 。。。). */
    private static final Pattern CUT_SHORT = Pattern.compile("(?:\\.{2,}|…+|。{3})\\s*$");
    /** Fewest characters left before the ellipsis for a line to be read as a cut copy of another. */
    static final int MIN_CUT_COPY = 8;
    /** How many lines below a cut copy the full line may stand. */
    private static final int CUT_COPY_REACH = 3;

    /**
     * 第六届某某大会在某国举... above 第六届某某大会在某国举行: a breadcrumb or page-title slot that prints the headline
     * cut short with an ellipsis, right above the headline in full, is the page's; the full line is the article's.
     */
    private static boolean truncatedCopyOfNextLines(List<Line> lines, int i) {
        String t = lines.get(i).text().strip();
        Matcher cut = CUT_SHORT.matcher(t);
        if (!cut.find() || cut.start() < MIN_CUT_COPY) {
            return false;
        }
        String stem = t.substring(0, cut.start()).strip();
        for (int k = i + 1; k < lines.size() && k <= i + CUT_COPY_REACH; k++) {
            String next = lines.get(k).text().strip();
            if (next.length() > stem.length() && next.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** One line of the page: [start, end) in the page text. */
    private record Line(int start, int end, String text, LineKind kind) {
    }

    @Override
    public Article clean(DecodedPage page) {
        TrackedText src = TrackedText.identity(page.text());
        List<Line> lines = split(page.text());
        BodyAssembler body = new BodyAssembler();
        List<String> header = new ArrayList<>();
        String title = null;
        boolean inBody = false;
        boolean ended = false;
        boolean titleChosen = false;
        List<int[]> headlines = new ArrayList<>();
        int firstBodyLine = Integer.MAX_VALUE;
        int lastHeadline = -1;
        int[] pendingStamp = null;
        // Scraped pages repeat their headline (page title, share card, app banner): a headline said once is kept
        // once; sentences may repeat (a photo caption above and below its picture).
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Set<Integer> reprinted = reprintedBlocks(lines);
        java.util.Set<Integer> menu = MenuBlocks.of(lines.stream().map(Line::text).toList());
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            dev.newsie.pipeline.Cancellation.check(CleaningStage.STAGE); // a page past its time limit stops here
            if (!inBody) {
                l = withoutWidgets(l);
            }
            // a bare timestamp is furniture, except right under the headline, where it is the article's dateline
            int stampFrom = !inBody && header.isEmpty() && headlineJustAbove(lines, lastHeadline, i) ? bareStampStart(l.text()) : -1;
            boolean stamp = stampFrom >= 0;
            if (!stamp && (l.kind() == LineKind.JUNK || injectedInSentence(lines, i) || truncatedCopyOfNextLines(lines, i))) {
                continue;
            }
            if (stamp) {
                // kept under the headlines once they are read; the page's header is still to come
                pendingStamp = new int[]{l.start() + stampFrom, l.end()};
                continue;
            }
            // Above the article a page title carries its site's name after the headline: only the headline is kept.
            int end = inBody ? l.end() : headlineEnd(l);
            String norm = page.text().substring(l.start(), end).strip();
            if (reprinted.contains(i) || norm.length() >= MIN_REPEATED_LINE && !SENTENCE_END.matcher(norm).find() && !seen.add(norm)) {
                continue;
            }
            if (l.kind() == LineKind.END) {
                if (inBody) {
                    break;
                }
                continue;
            }
            if (inBody) {
                if (ended && l.kind() != LineKind.LAST
                        && (norm.length() > MAX_LIST_LINE || !BYLINE.matcher(norm).find() || SENTENCE_END.matcher(norm).find())) {
                    break;
                }
                if (l.kind() == LineKind.LAST) {
                    // the editor's line closes the article; a CMS's editor field is the page's credit, but one the
                    // paper prints in round brackets after the text, as it prints (记者…), is the article's own line
                    if (EDITOR_IN_PARENTHESES.matcher(norm).matches()) {
                        body.add(src, l.start(), l.end());
                    }
                    break;
                }
                body.add(src, l.start(), l.end());
                ended |= STORY_END.matcher(norm).find();
                continue;
            }
            if (menu.contains(i)) {
                continue; // a menu's items above the article are no headline of it
            }
            if (title == null && isTitle(l.text())) {
                title = norm;
                headlines.add(new int[]{l.start(), end});
                lastHeadline = i;
                continue;
            }
            // Above any dateline, a punctuated line starts the article only if it reads as a paragraph or a salutation:
            // a full stop, a closing colon or more than a headline's length. Headlines of other stories may ask,
            // exclaim or have commas.
            boolean startsBody = SALUTATION.matcher(norm).matches() || l.kind() == LineKind.PROSE && (!header.isEmpty()
                    || FULL_STOP.matcher(norm).find() || norm.length() > MAX_PROMO_HEADLINE || LABEL.matcher(norm).find());
            if (!headlines.isEmpty() && (startsBody || DATELINE.matcher(l.text()).find() || isSourceLine(l.text()))) {
                String first = addHeadlines(body, src, headlines, lead(lines, i));
                if (!titleChosen && first != null) {
                    title = first;
                }
                titleChosen = true;
                if (pendingStamp != null) {
                    body.add(src, pendingStamp[0], pendingStamp[1]);
                    pendingStamp = null;
                }
            }
            if (startsBody) {
                inBody = true;
                firstBodyLine = l.start();
                body.add(src, l.start(), l.end());
                ended = STORY_END.matcher(norm).find();
                continue;
            }
            Matcher d = DATELINE.matcher(l.text());
            if (d.find()) {
                header.add(l.text());
                body.add(src, l.start() + d.start(1), l.start() + d.end(1));
            } else if (isSourceLine(l.text())) {
                header.add(l.text());
                body.add(src, l.start(), l.end());
            } else if ((header.isEmpty() || !headlines.isEmpty()) && isTitle(l.text())) {
                // Headline-like lines between the first one and the dateline: a page's own headline after a
                // promoted one, or the subtitle. The first is the title. A page that dates its article above the
                // headline (2024-05-06, headline, subtitle) has its subtitle after the dateline.
                headlines.add(new int[]{l.start(), end});
                lastHeadline = i;
            }
        }
        addHeadlines(body, src, headlines, ""); // a page with no prose still has its headline
        List<String> all = new ArrayList<>(header);
        for (Line l : lines) {
            if (body.isEmpty() || l.start() >= firstBodyLine) {
                break;
            }
            if (l.kind() == LineKind.JUNK) {
                all.add(l.text()); // a timestamp-only line above the article carries its publication date
            }
        }
        body.dropTrailingList(MIN_TRAILING_LIST, MAX_LIST_LINE, BYLINE);
        body.dropTrailingUnrelated(MAX_LIST_LINE, MIN_HEADLINE_HAN, BYLINE);
        List<String> kept = body.texts();
        String published = MetadataExtractor.findDate(all);
        if (published == null) {
            // a date after 于/在 in the lead is an act's time, not the page's stamp
            published = MetadataExtractor.findDate(ActDates.withoutActDates(kept.subList(0, Math.min(3, kept.size()))));
        }
        if (published == null) {
            published = MetadataExtractor.findDate(datelines(kept));
        }
        if (published == null) {
            // 2025年06月03日 14:22 between the headline and a share bar: a short date line above the article, of
            // whatever kind the classifier gave it, still dates the page when nothing else does
            List<String> above = new ArrayList<>();
            for (Line l : lines) {
                if (body.isEmpty() || l.start() >= firstBodyLine) {
                    break;
                }
                if (SITE_ADDRESS.matcher(l.text()).replaceFirst("").strip().length() <= SHORT_DATE_LINE) {
                    above.add(l.text());
                }
            }
            published = MetadataExtractor.findDate(above);
        }
        if (published == null) {
            published = MetadataExtractor.findDate(timestampsAmongFirstLines(lines, firstBodyLine));
        }
        if (published == null) {
            published = exportMonth(page.text());
        }
        return new Article(title, published, MetadataExtractor.findSource(kept), MetadataExtractor.findReporter(kept), body.build());
    }

    /**
     * Adds the headline-like lines seen above the article and returns the first one added (null if none). Those
     * that share words with the lead paragraph are the article's kicker, headline and subtitle; the others are
     * other stories, slogans and widget captions ({@link HeadlineFilter}). When there is nothing to judge by, a
     * dump opens with the page title and the article's headlines stand just above its dateline, so only the first
     * and the last {@code MAX_HEADLINES - 1} are kept.
     */
    private static String addHeadlines(BodyAssembler body, TrackedText src, List<int[]> headlines, String lead) {
        List<String> texts = new ArrayList<>();
        for (int[] h : headlines) {
            texts.add(src.text().substring(h[0], h[1]).strip());
        }
        List<Integer> judged = HeadlineFilter.keep(texts, lead);
        List<Integer> kept = judged;
        if (kept == null) {
            kept = new ArrayList<>();
            for (int i = 0; i < headlines.size(); i++) {
                kept.add(i);
            }
        }
        String first = null;
        for (int k = 0; k < kept.size(); k++) {
            if (judged != null || k == 0 || k >= kept.size() - (MAX_HEADLINES - 1)) {
                int[] h = headlines.get(kept.get(k));
                body.add(src, h[0], h[1]);
                first = first == null ? texts.get(kept.get(k)) : first;
            }
        }
        headlines.clear();
        return first;
    }

    /** The next few paragraphs from line {@code from} on (not punctuated headlines): what the article's headline speaks of. */
    /** How many article lines (headline, photo captions) may come before a page's timestamp line. */
    static final int MAX_LINES_BEFORE_TIMESTAMP = 5;

    /**
     * 〔記者…〕 pages print the headline and its photo captions above the timestamp (headline, caption, caption,
     * 2020/11/23 16:27, lead): the timestamp line, dropped as furniture, stands among the article's first lines, not
     * above them, and still dates the page when nothing above it did.
     */
    private static List<String> timestampsAmongFirstLines(List<Line> lines, int firstBodyLine) {
        List<String> out = new ArrayList<>();
        int articleLines = 0;
        for (Line l : lines) {
            if (l.start() < firstBodyLine || l.text().isBlank()) {
                continue;
            }
            if (l.kind() != LineKind.JUNK) {
                if (++articleLines > MAX_LINES_BEFORE_TIMESTAMP) {
                    break;
                }
            } else if (l.text().strip().length() <= SHORT_DATE_LINE) {
                out.add(l.text());
            }
        }
        return out;
    }

    private static String lead(List<Line> lines, int from) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (int i = from; i < lines.size() && i < from + MAX_LEAD_SEARCH && n < LEAD_LINES; i++) {
            String t = lines.get(i).text().strip();
            if (lines.get(i).kind() == LineKind.PROSE && (FULL_STOP.matcher(t).find() || t.length() > MAX_PROMO_HEADLINE)) {
                b.append(t).append('\n');
                n++;
            }
        }
        return b.toString();
    }

    /** How many of an article's first kept lines may still be its header (a notice or a menu line can come first). */
    private static final int HEADER_LINES = 8;

    /**
     * The dateline and source lines among an article's first kept lines (2025/10/08 15:20 记者某某/甲市报导 after a
     * browser notice that opened the body): a publication date read only from lines shaped as a header's.
     */
    static List<String> datelines(List<String> kept) {
        List<String> out = new ArrayList<>();
        for (String l : kept.subList(0, Math.min(HEADER_LINES, kept.size()))) {
            if (DATELINE.matcher(l).find() || isSourceLine(l)) {
                out.add(l);
            }
        }
        return out;
    }

    private static boolean isSourceLine(String line) {
        return HAN_DATELINE.matcher(line).matches() || SOURCE_LINE.matcher(line).find() || BYLINE_ABOVE.matcher(line.strip()).find()
                || OUTLET_TIMESTAMP.matcher(line).matches() || TIMESTAMP_OUTLET.matcher(line).matches()
                || (LABELLED_DATE.matcher(line).find() && line.strip().length() <= 80)
                || (TIMESTAMP_WITH_SOURCE.matcher(line).find() && line.strip().length() <= 80);
    }

    /** Where a bare timestamp starts on the line, past a site's address before it; -1 where the line is none. */
    private static int bareStampStart(String line) {
        Matcher address = SITE_ADDRESS.matcher(line);
        int from = address.lookingAt() ? address.end() : 0;
        return HEADLINE_TIMESTAMP.matcher(line).region(from, line.length()).matches() ? from : -1;
    }

    /** Whether line {@code i} follows headline line {@code headline} with only blank lines between. */
    private static boolean headlineJustAbove(List<Line> lines, int headline, int i) {
        if (headline < 0 || headline >= i) {
            return false;
        }
        for (int k = headline + 1; k < i; k++) {
            if (!lines.get(k).text().isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Where a line above the article ends once a page title's site names are cut off. */
    private static int headlineEnd(Line l) {
        Matcher m = SITE_SUFFIX.matcher(l.text());
        if (m.matches() && TITLE_MIN.matcher(m.group(1)).matches()) {
            return l.start() + m.end(1);
        }
        return l.end();
    }

    /** The first real line is the title: a few Han characters, headline length, not a dateline or source line. */
    private static boolean isTitle(String line) {
        String s = line.strip();
        return s.length() <= MAX_TITLE && TITLE_MIN.matcher(s).matches() && !DATELINE.matcher(s).find() && !isSourceLine(s)
                && !LABEL.matcher(s).find() && !MENU.matcher(s).matches();
    }

    private static final Pattern YEAR_MONTH = Pattern.compile("((?:19|20)\\d{2})-(\\d{2})");

    /**
     * The month of an export's date field that gives no day (date 2024-05): the page is dated to that month, the
     * precision its index kept; null when the page opens with no such field.
     */
    static String exportMonth(String text) {
        Matcher field = EXPORT_DATE_FIELD.matcher(text);
        if (!field.find()) {
            return null;
        }
        Matcher ym = YEAR_MONTH.matcher(field.group());
        if (!ym.find()) {
            return null;
        }
        int month = Integer.parseInt(ym.group(2));
        return month >= 1 && month <= 12 ? ym.group(1) + "-" + ym.group(2) : null;
    }

    private List<Line> split(String text) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        Matcher field = EXPORT_DATE_FIELD.matcher(text);
        if (field.find()) {
            out.add(new Line(0, field.end(), text.substring(0, field.end()), LineKind.JUNK)); // still dates the page
            start = field.end();
        }
        for (int i = start; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                String s = text.substring(start, end);
                if (!s.isBlank()) {
                    out.add(new Line(start, end, s, classifier.classify(s)));
                }
                start = i + 1;
            }
        }
        return out;
    }
}
