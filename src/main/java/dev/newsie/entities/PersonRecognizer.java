package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises people by three linguistic facts of Chinese news:
 * <ul>
 *   <li>foreign names are written with an interpunct between parts (丹·博伊尔; a scraper's ? stands for it);</li>
 *   <li>a title or role precedes a name directly (市长龚正, 记者 王翔, 州长拉卡瓦), and a list of names may follow
 *   it (领导潘建国、王焕清);</li>
 *   <li>a Chinese name is a family name from the list plus one or two characters, ending where a verb or
 *   punctuation begins.</li>
 * </ul>
 * Names after titles, bylines and subjects of speech are found here; interpunct names ({@link InterpunctNames}),
 * names before their titles ({@link NamesBeforeTitles}) and the segmenter's titled names ({@link SegmenterNames})
 * in their own classes. The order of the rules in {@link #recognize} matters: the segmenter's names come last
 * because they extend the lists of names that the other rules found.
 */
public final class PersonRecognizer {
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}+");

    private final NameShapes shapes;
    private final JapaneseNames japaneseNames = JapaneseNames.load();
    private final JapaneseNamesAfterTitles japaneseAfterTitles;
    private final BodiesInJapan bodiesInJapan = BodiesInJapan.load();
    /** Heads of sections of a body that no given name ends in. */
    private static final String SECTION_ENDS = "处科室";
    private final InterpunctNames interpunctNames;
    private final NamesBeforeTitles namesBeforeTitles;
    private final LatinOutletBylines latinOutletBylines;
    private final SegmenterNames segmenterNames;
    private final ListedNames listedNames;
    private final HonoursLists honoursLists;
    private final LatinNames latinNames;
    private final RunOnNameEnds runOnNameEnds;
    private final VietnameseNames vietnameseNames;
    private final NamesInsideWords namesInsideWords = new NamesInsideWords(japaneseNames);
    private final LatinGlossedNames latinGlossedNames;
    private final MarriedNames marriedNames;
    private final ForeignHeadsNamedInOnePart foreignHeads;
    private final JapaneseNamesByGivenName japaneseByGivenName;
    private final CreditBrackets creditBrackets;

    /**
     * @param surnames the listed family names
     * @param learntSurnames family names from HanLP's dictionary: names starting with one are taken only where
     *                       the segmenter does not read them as an ordinary word (领事官员 is no 官员)
     */
    public PersonRecognizer(List<String> titles, Set<String> surnames, Set<String> learntSurnames, Set<Character> transliteration,
                            List<String> speechVerbs, List<String> afterNameWords) {
        this(new NameShapes(titles, surnames, learntSurnames, transliteration, speechVerbs, afterNameWords));
    }

    PersonRecognizer(NameShapes shapes) {
        this.shapes = shapes;
        this.interpunctNames = new InterpunctNames(shapes);
        this.namesBeforeTitles = new NamesBeforeTitles(shapes, japaneseNames);
        this.latinOutletBylines = new LatinOutletBylines(shapes);
        this.japaneseAfterTitles = new JapaneseNamesAfterTitles(shapes, japaneseNames);
        this.segmenterNames = new SegmenterNames(shapes);
        this.marriedNames = new MarriedNames(shapes);
        this.listedNames = new ListedNames(shapes, marriedNames);
        this.honoursLists = new HonoursLists(shapes);
        this.latinNames = new LatinNames(shapes);
        this.runOnNameEnds = new RunOnNameEnds(shapes);
        this.vietnameseNames = new VietnameseNames(shapes);
        this.latinGlossedNames = new LatinGlossedNames(shapes);
        this.foreignHeads = new ForeignHeadsNamedInOnePart(shapes);
        this.japaneseByGivenName = JapaneseNamesByGivenName.load(shapes, japaneseNames);
        this.creditBrackets = CreditBrackets.load(shapes);
    }

    public static PersonRecognizer load() {
        return new PersonRecognizer(NameShapes.load());
    }

    /** @param places place candidates: a name does not reach into one, and an interpunct name + 市 is a city */
    /** The person's title written at {@code i} (市长, 会长, 先生), or null. */
    String titleAt(String text, int i) {
        return shapes.titleAt(text, i);
    }

    /** The titles that end right at {@code i}. */
    List<String> titlesEndingAt(String text, int i) {
        return shapes.titlesEndingAt(text, i);
    }

    /** Whether a name may end at {@code i}: see {@link NameShapes#nameMayEndAt}. */
    boolean nameEndsAt(String text, int i, List<dev.newsie.nlp.Token> tokens) {
        return shapes.nameMayEndAt(text, i, tokens);
    }

    public List<Candidate> recognize(String text, List<Candidate> places, List<dev.newsie.nlp.Token> tokens) {
        List<Candidate> out = new ArrayList<>();
        interpunctNames.find(text, out, places, tokens);
        afterTitles(text, out, places, tokens);
        afterNationality(text, out, places, tokens);
        namesBeforeTitles.beforeTitles(text, out, places, tokens);
        namesBeforeTitles.beforeBracketedTitles(text, out, places, tokens);
        namesBeforeTitles.appointedAs(text, out, places, tokens);
        namesBeforeTitles.transliteratedBeforeTitles(text, out, places, tokens);
        latinNames.afterTitles(text, out);
        beforeSpeechVerbs(text, out);
        bracketBylines(text, out);
        creditBrackets.find(text, out, places); // (张三 记者 李四), (来源:某网 张三 编辑:李四): names between a credit line's roles
        latinOutletBylines.find(text, out);
        workCredits(text, out);
        creditLines(text, out, places);
        latinNames.inCreditLines(text, out, creditBrackets.roles()); // 摄影:Anna Berg, 图/Tom Baker摄: a credit's Latin name
        segmenterNames.find(text, tokens, out, places);
        listedNames.find(text, tokens, out, places);
        honoursLists.find(text, out);
        latinNames.beforeTitlesAndInLists(text, out, List.copyOf(out));
        listedNames.besideNames(text, out, places, japaneseNames, tokens);
        japaneseByGivenName.find(text, out, places, tokens); // 工匠某某精心制作: a Japanese name read by its given name's shape
        out.replaceAll(c -> lengthened(text, c, tokens));
        out.replaceAll(c -> hyphenated(text, c));
        out.replaceAll(c -> marriedNames.widened(text, c, tokens));
        out.replaceAll(c -> vietnameseNames.completed(text, c, tokens));
        // A "name" the segmenter reads as one ordinary word (整合, 注意到, 介绍) is that word.
        // Names after a title with a listed family name keep their stronger evidence.
        // 王子市市长: a "name" ending in a city, province, county or town suffix is a place before its head's title.
        out.removeIf(c -> c.type() == EntityType.PERSON && c.name().indexOf('·') < 0 && c.name().length() >= 2
                && PLACE_NAME_ENDS.indexOf(c.name().charAt(c.name().length() - 1)) >= 0);
        out.removeIf(c -> c.type() == EntityType.PERSON && c.name().indexOf('·') < 0 && BODY_NAME_ENDS.stream().anyMatch(c.name()::endsWith));
        out.removeIf(c -> c.type() == EntityType.PERSON && isFormOfAddress(c.name()));
        // 秘书 + 管理科: a "name" of three characters ending in a division's or office's head (处, 科, 室) is a section
        // of a body after a title word, not a given name (the section heads of models/department-suffixes.tsv)
        // (not a foreign name wholly in transliteration syllables: 科 is the Slavic -ko of 某某琴科)
        out.removeIf(c -> c.type() == EntityType.PERSON && c.name().indexOf('·') < 0 && c.name().length() >= 3
                && SECTION_ENDS.indexOf(c.name().charAt(c.name().length() - 1)) >= 0 && !foreignHeads.transliterated(c.name()));
        // 团长包括, 300余名代表, 市长曾在: an ordinary word that opens with a family name's character is no name.
        out.removeIf(c -> c.type() == EntityType.PERSON && shapes.commonWords.contains(c.name()));
        out.removeIf(c -> {
            if (c.name().indexOf('·') >= 0 || LatinNames.whollyLatin(c.name()) || (shapes.chineseName(text, c.start()) == c.end() && c.source() != Candidate.Source.WEAK
                    && (shapes.listedSurnames.contains(c.name().substring(0, 1)) || shapes.listedSurnames.contains(c.name().substring(0, Math.min(2, c.name().length())))))) {
                return false;
            }
            dev.newsie.nlp.Token t = dev.newsie.nlp.Tokens.exactly(tokens, c.start(), c.end());
            // (a body's name that the segmenter guesses for a run of transliteration syllables, 某某琴科/nt, is no word)
            return t != null && COMMON_WORD_TAGS.stream().anyMatch(t.tag()::startsWith) && !t.tag().startsWith("nr")
                    && !t.tag().startsWith("ns") && !t.tag().startsWith("nz") && !(t.tag().equals("nt") && foreignHeads.transliterated(c.name()));
        });
        out.removeIf(c -> namesInsideWords.opensWithWord(c, tokens)); // 信函中说: an ordinary word and a locative, no name
        out.removeIf(this::isLocativePhrase); // 于会上表示, 文中指出: a noun and its locative, no name
        // after the filters above: the trimmed name (山田有司 of 山田有司一致) may be one the segmenter misreads as a body
        out.replaceAll(c -> runOnNameEnds.trimmed(text, c, tokens));
        out.removeIf(java.util.Objects::isNull); // 于线上: a given name that is a word of manner
        latinGlossedNames.find(text, places, out, tokens); // after the filters: 州长某某(Given Family) may spell a noun the segmenter reads
        // 某田议长 where the text names 某田一郎 too: the family name alone is his form of address, not another person
        List<Candidate> named = List.copyOf(out);
        out.removeIf(c -> c.type() == EntityType.PERSON && namesBeforeTitles.familyNameAloneBeforeTitle(text, tokens, c.start(), c.end())
                && named.stream().anyMatch(o -> o.type() == EntityType.PERSON && o.name().length() > c.name().length()
                && o.name().startsWith(c.name())));
        return out;
    }

    /**
     * A name (of any source, the NER backend's too) without a last character that opens the next word, or null where
     * the given name is a word of manner ({@link RunOnNameEnds}) or the whole is a noun and its locative.
     */
    Candidate withoutRunOn(String text, Candidate c, List<dev.newsie.nlp.Token> tokens) {
        return isLocativePhrase(c) ? null : runOnNameEnds.trimmed(text, c, tokens);
    }

    /**
     * Whether a person's name is a phrase of place or time ({@link LocativePhrasesReadAsNames}); a Japanese family name
     * that is also such a word (山下 "below the mountain") stays a name.
     */
    private boolean isLocativePhrase(Candidate c) {
        return c.type() == EntityType.PERSON && LocativePhrasesReadAsNames.isPhrase(c.name()) // all Han, so never dotted
                && !japaneseNames.startsWithSurname(c.name());
    }

    /** What follows 以 + name + 为 in the frame that names a group by its head (为代表的, 为首的, 为团长的). */
    private static final Pattern FRAME_AFTER_为 = Pattern.compile("(?:代表|首|团长|组长)的");

    /**
     * 以副会长甲乙为代表的, 以市长甲乙为团长的: a 为 between the name and the head of the frame is the frame's, not the
     * last character of a name the segmenter reads over it.
     */
    private static boolean frameOf为(String text, int end, int tokenEnd) {
        return tokenEnd == end + 1 && text.charAt(end) == '为' && FRAME_AFTER_为.matcher(text).region(tokenEnd, text.length()).lookingAt();
    }

    /**
     * 张淑/和 read by the name pattern, 张淑和/nr by the segmenter: where the segmenter's person token starts with the
     * name and runs on only over characters that also end names ({@link NameShapes#NAME_END}), the name is the
     * token. A name opening with a listed Japanese family name (田中英/nr 司) goes on to its given name's end.
     */
    private Candidate lengthened(String text, Candidate c, List<dev.newsie.nlp.Token> tokens) {
        if (c.type() != EntityType.PERSON || c.name().indexOf('·') >= 0) {
            return c;
        }
        int end = c.end();
        for (dev.newsie.nlp.Token t : dev.newsie.nlp.Tokens.overlapping(tokens, c.start(), c.start() + 1)) {
            if (t.start() == c.start() && t.end() > end && t.tag().startsWith("nr") && t.end() - t.start() <= NameShapes.MAX_CHINESE_NAME
                    && NameShapes.allHan(text, end, t.end()) && allNameEnds(text, end, t.end()) && shapes.closesName(text, t.end())
                    && !frameOf为(text, end, t.end())) {
                end = t.end();
            }
        }
        if (end == c.end() && japaneseNames.startsWithSurname(c.name()) && shapes.titleAt(text, end) == null) {
            // (not over a title written right after the name: 某藤总领事 is 某藤 and his title, no given name 总领事)
            int e = japaneseNames.end(text, c.start(), x -> shapes.isBoundary(text, x));
            if (!(e == end + 1 && text.startsWith(NamesBeforeTitles.FORMER, end) && shapes.titleAt(text, e) != null)) {
                end = Math.max(end, e); // (not over 前 of 某某一郎前议长: the former's mark opens the title)
            }
        }
        return end == c.end() ? c : new Candidate(c.start(), end, c.type(), text.substring(c.start(), end), c.country(), c.source());
    }

    /**
     * After a title: a listed family name and one or two characters where the segmenter ends a word and the next
     * word is a verb or adverb of two or more characters (大力支持, 亲自), though no listed word marks the end.
     */
    private int nameBeforeVerb(String text, int p, List<dev.newsie.nlp.Token> tokens) {
        for (int surnameLen = 2; surnameLen >= 1; surnameLen--) {
            if (p + surnameLen > text.length() || !shapes.listedSurnames.contains(text.substring(p, p + surnameLen))) {
                continue;
            }
            for (int given = 2; given >= 1; given--) {
                int end = p + surnameLen + given;
                if (end >= text.length() || !NameShapes.allHan(text, p, end) || NameShapes.containsEnd(text, p + surnameLen, end)) {
                    continue;
                }
                final int e = end;
                boolean cut = dev.newsie.nlp.Tokens.overlapping(tokens, e - 1, e).stream().anyMatch(t -> t.end() > e);
                boolean verbNext = dev.newsie.nlp.Tokens.overlapping(tokens, e, e + 1).stream().anyMatch(t -> t.start() == e
                        && t.end() - t.start() >= 2 && (t.tag().startsWith("v") || t.tag().startsWith("d")));
                if (!cut && verbNext) {
                    return end;
                }
            }
        }
        return -1;
    }

    /**
     * Whether the segmenter reads {@code [from, to)} as one adverb (简要 before 介绍, tagged d or ad): a manner adverb
     * after a title (某某主任简要介绍) opens the predicate; no name is written as one adverb word.
     */
    private static boolean oneAdverb(List<dev.newsie.nlp.Token> tokens, int from, int to) {
        return dev.newsie.nlp.Tokens.overlapping(tokens, from, to).stream().anyMatch(t -> t.start() == from && t.end() == to
                && (t.tag().equals("d") || t.tag().equals("ad")));
    }

    private static boolean allNameEnds(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (NameShapes.NAME_END.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** What may stand after a credit word: a separator, a closing bracket (the lenticular one too: 【某台 某某报导】), a line's end. */
    static final String CREDIT_CLOSERS = "/／、)）】\n 　";

    /** What may stand before a credited name: an opening bracket, a separator, a line's start. */
    static final String CREDIT_OPENERS = "（(/／、 　\n";

    /**
     * What ends the sentence of a photo's caption, which the photographer's credit closes (……合影。 李婷 摄): the credit
     * stands right after it, after spaces at most, on the caption's line. Only a photo's credit word
     * ({@link NameShapes#photoCreditWords}) is opened so: after a sentence, 某地报道 is a dateline.
     */
    private static final String CAPTION_ENDS = "。！？!?";

    /**
     * Credit lines (王晓晴供稿/陈力摄影, 李婷 摄): a listed family name and one or two characters, opened by a bracket,
     * separator, line start or (for a photo's credit) the end of a caption's sentence and followed by a credit word and then a separator or the
     * line's end; a place there is where the report was filed from (记者某某/高雄报导), not a contributor — but not after
     * a caption, whose credit names who took the photo, never where it was filed from.
     */
    /** Where the spaces (plain or ideographic) written right before {@code p} begin: a credit is set off by them. */
    private static int afterSpacesBack(String text, int p) {
        while (p > 0 && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '　')) {
            p--;
        }
        return p;
    }

    private void creditLines(String text, List<Candidate> out, List<Candidate> places) {
        for (int i = 1; i < text.length(); i++) {
            String credit = null;
            for (String w : shapes.creditWords) {
                if (text.startsWith(w, i)) {
                    credit = w;
                    break;
                }
            }
            int after = credit == null ? -1 : i + credit.length();
            if (credit == null || !(after == text.length() || CREDIT_CLOSERS.indexOf(text.charAt(after)) >= 0)) {
                continue;
            }
            int end = afterSpacesBack(text, i);
            int start = end;
            while (start > 0 && end - start < NameShapes.MAX_CHINESE_NAME && Character.UnicodeScript.of(text.charAt(start - 1)) == Character.UnicodeScript.HAN) {
                start--;
            }
            int before = afterSpacesBack(text, start);
            boolean afterCaption = shapes.photoCreditWords.contains(credit) && before > 0 && CAPTION_ENDS.indexOf(text.charAt(before - 1)) >= 0;
            boolean opened = start == 0 || CREDIT_OPENERS.indexOf(text.charAt(start - 1)) >= 0 || afterCaption;
            int len = end - start;
            boolean surname = len >= 2 && (shapes.listedSurnames.contains(text.substring(start, start + 1))
                    || shapes.listedSurnames.contains(text.substring(start, start + 2)));
            final int from = start, to = end;
            boolean placeOfReport = !afterCaption && places.stream().anyMatch(c -> c.start() == from && c.end() == to); // 记者某某/台北报导
            if (opened && surname && !placeOfReport && NameShapes.fitsChineseName(text, start, end, shapes.listedSurnames)
                    && !NameShapes.containsEnd(text, start + 1, end)) {
                out.add(new Candidate(start, end, EntityType.PERSON, text.substring(start, end), null, Candidate.Source.PATTERN));
            }
            i = after - 1;
        }
    }

    static final List<String> COMMON_WORD_TAGS = List.of("v", "a", "d", "n", "p", "c", "u", "f", "m", "q", "r", "t");

    /**
     * What joins a Japanese or Korean name to the next titled name of the same party: the list comma, or a
     * conjunction (市长某某与议长某某共同率团), after which the second name is written the same way.
     */
    private static final String NAME_LIST_JOINS = "、与和及";

    private void afterTitles(String text, List<Candidate> out, List<Candidate> places, List<dev.newsie.nlp.Token> tokens) {
        Set<Integer> kanjiNameEnds = new HashSet<>();
        for (int i = 0; i < text.length(); i++) {
            String title = shapes.titleAt(text, i);
            if (title == null) {
                continue;
            }
            // 副市长久保一郎、议长山川二郎: a title in a list after a Japanese or Korean name introduces another one
            boolean listAfterKanjiName = i > 0 && NAME_LIST_JOINS.indexOf(text.charAt(i - 1)) >= 0 && kanjiNameEnds.contains(i - 1)
                    || bodiesInJapan.bodyAfterListedName(text, i, kanjiNameEnds); // 知事某某、议会议长某某
            int p = i + title.length();
            final int titleStart = i, titleEnd = p;
            if (places.stream().anyMatch(c -> c.start() > titleStart && c.start() < titleEnd && c.end() > titleEnd)) {
                continue; // 湖南省长沙市, 大会长沙开幕: a place that begins inside the "title" and runs past it reads the other way
            }
            if (titleEnd < text.length() && shapes.titleSuffixes.indexOf(text.charAt(titleEnd)) >= 0) {
                continue; // 代表团, 议员们, 董事会: a suffix makes the title a noun of its group or body, and no name follows it
            }
            boolean foreignContext = afterForeignPlace(text, places, i) || listAfterKanjiName;
            if (NameShapes.BYLINE_TITLES.contains(title) && p < text.length() && (text.charAt(p) == ':' || text.charAt(p) == '：')) {
                p++; // (编辑:李想)
            }
            while (p < text.length() && text.charAt(p) == ' ') {
                p++;
            }
            boolean first = true;
            boolean inJapan = NameShapes.isOfficeTitle(title)
                    && (JapaneseNamesAfterTitles.inJapan(text, places, titleStart, titleEnd) || listAfterKanjiName
                    || bodiesInJapan.officeOfBodyInJapan(text, places, titleStart)); // 秋田县议会议长某某
            if (NameShapes.GENERIC_TITLES.contains(title) && verbStartsAt(tokens, p)) {
                continue; // 乙市领导出席论坛, 各国代表参加会议: a verb right after a generic role word opens the predicate
            }
            if (NameShapes.BYLINE_TITLES.contains(title) && p == titleEnd && (verbStartsAt(tokens, p) || insideLongerWord(tokens, titleStart, titleEnd))) {
                continue; // 记者获悉: the reporter is the subject of the verb after him; 摄影展: the credit word opens a longer word
            }
            while (p < text.length()) {
                int japaneseEnd = inJapan ? japaneseAfterTitles.end(text, p, tokens) : -1;
                int end = japaneseEnd > 0 ? japaneseEnd
                        : NameShapes.BYLINE_TITLES.contains(title) ? bylineName(text, p, places) : shapes.chineseName(text, p);
                if (japaneseEnd > 0) {
                    kanjiNameEnds.add(end);
                } else if (end > 0 && !NameShapes.BYLINE_TITLES.contains(title)
                        && (segmenterEndsNameBefore(tokens, p, end) || runsInto代表(text, p, end))) {
                    end--; // 市长李强发表讲话: the segmenter reads 李强/nr 发表/v, not a given name 强发
                }
                if (end < 0 && !NameShapes.BYLINE_TITLES.contains(title)) {
                    // 町长铃木一郎; 市长大森和彦签下; 会长小松正治首先: the given name may also end where the segmenter's
                    // verb or adverb of two characters begins (the clause's predicate follows its subject)
                    end = japaneseNames.end(text, p, e -> shapes.nameMayEndAt(text, e, tokens));
                    if (end > 0) {
                        kanjiNameEnds.add(end);
                    }
                }
                if (end < 0 && !NameShapes.BYLINE_TITLES.contains(title)) {
                    end = marriedNames.end(text, p, tokens); // 专员林郑某某, 议员陈李某某: a married woman's four characters
                }
                if (first && !NameShapes.BYLINE_TITLES.contains(title) && (end < 0 || allTransliterated(text, p, end))) {
                    // 市长莉莎吉尔莫: a given and family name written without the interpunct; it also outruns a
                    // Chinese reading of its first syllables (罗伯特 of 罗伯特某某)
                    int dotless = DotlessForeignNames.end(text, p, shapes.transliteration,
                            e -> shapes.nameMayEndAt(text, e, tokens) && !wordInside(tokens, titleEnd, e));
                    end = Math.max(end, dotless);
                }
                if (end < 0 && first) {
                    end = foreignName(text, p);
                }
                if (end < 0 && NameShapes.isOfficeTitle(title)) {
                    end = nameBeforeVerb(text, p, tokens); // 议长吴正太大力支持: the segmenter's verb opens after the name
                }
                if (end < 0 && first && foreignContext) {
                    end = kanjiName(text, p, tokens); // 日本神户市副市长小原一德: Japanese and Korean names are written in Han characters
                    if (end > 0) {
                        kanjiNameEnds.add(end);
                    }
                }
                if (first && NameShapes.isOfficeTitle(title)
                        && ForeignHeadsNamedInOnePart.afterForeignPlace(text, places, titleStart)) {
                    // 某国总统某某科: a foreign head's one-part name in rarer syllables outruns a Chinese reading of its start
                    end = Math.max(end, foreignHeads.end(text, p, tokens));
                }
                if (end < 0 || oneAdverb(tokens, p, end)) {
                    break; // (or 某某主任简要介绍: the segmenter's adverb after the title opens the predicate, no name)
                }
                // 记者甲  乙: a byline's names may stand apart by a run of spaces, half- or full-width, as wide as the layout made it
                int spaced = end;
                while (spaced < text.length() && (text.charAt(spaced) == ' ' || text.charAt(spaced) == '\u3000')) {
                    spaced++;
                }
                boolean bylineSpace = NameShapes.BYLINE_TITLES.contains(title) && spaced > end && spaced < text.length()
                        && Character.UnicodeScript.of(text.charAt(spaced)) == Character.UnicodeScript.HAN;
                boolean listFollows = end < text.length() && (text.charAt(end) == '、' || text.charAt(end) == ',' || bylineSpace);
                if (NameShapes.GENERIC_TITLES.contains(title) && first && !listFollows && !isPunctuation(text, end)
                        && !japaneseAfterTitles.japaneseNameInJapaneseSentence(text, places, titleStart, p, end)) {
                    break; // 领导向友城代表…: after a generic role word a name must stand in a list or before punctuation
                }
                out.add(new Candidate(p, end, EntityType.PERSON, text.substring(p, end), null, Candidate.Source.PATTERN));
                if (foreignContext) {
                    kanjiNameEnds.add(end); // 市长朴某某、副市长权某某: the list goes on in the same country
                }
                first = false;
                // A list of names after one title: 王焕清、张雅洁; in bylines also 张伟 李娜
                int next = bylineSpace ? spaced : end + 1;
                if (listFollows && RankedTitles.opensTitle(shapes, text, next)) {
                    break; // 执行会长甲,常务副会长乙: the list of this title ends where a ranked title opens
                }
                if (listFollows) {
                    p = next;
                } else {
                    break;
                }
            }
            i = p - 1 > i ? p - 1 : i;
        }
    }

    /**
     * 张市长表示, 李处长致辞, 田口议长表示: a family name and a title is a form of address for a person named elsewhere, not a name.
     * The family name may be a rarer one learnt from HanLP's dictionary too (the short list holds the commonest only).
     */
    private boolean isFormOfAddress(String name) {
        int japanese = japaneseNames.surnameLength(name);
        if (japanese > 0 && name.length() - japanese >= 2 && shapes.titles.contains(name.substring(japanese))) {
            return true; // 田口议长: so is a Japanese family name and a title
        }
        for (int surnameLen = 1; surnameLen <= 2 && surnameLen < name.length(); surnameLen++) {
            String rest = name.substring(surnameLen);
            if (shapes.surnames.contains(name.substring(0, surnameLen)) && rest.length() >= 2 && shapes.titles.contains(rest)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the segmenter reads a three-character name as a two-character one and a word that opens with the
     * third character, runs past it and is a verb or a role (李强/nr 发表/v, 张华/nr 代表/nnt): the third character
     * belongs to that word. A noun or time word there (沈建/nr 明代/t 表) is the segmenter's misreading, and
     * without its person reading (王/明代/表) the name is left alone.
     */
    /**
     * 市长王明代表市政府致辞: a titled official speaking for a body (代表, "on behalf of") is the genre's commonest
     * verb after a name, and the segmenter may read 明代 (the Ming dynasty) across it, so a three-character name whose
     * last character opens 代表 is a two-character name — unless 代表 runs on into 代表示 (孙立代 表示).
     */
    private static boolean runsInto代表(String text, int start, int end) {
        return end - start == 3 && text.startsWith("代表", end - 1) && !text.startsWith("代表示", end - 1);
    }

    private static boolean segmenterEndsNameBefore(List<dev.newsie.nlp.Token> tokens, int start, int end) {
        if (end - start != 3) {
            return false;
        }
        List<dev.newsie.nlp.Token> near = dev.newsie.nlp.Tokens.overlapping(tokens, start, end);
        return near.stream().anyMatch(t -> t.start() == start && t.end() == end - 1 && t.tag().startsWith("nr"))
                && near.stream().anyMatch(t -> t.start() == end - 1 && t.end() > end && (t.tag().startsWith("v") || t.tag().equals("nnt")));
    }

    /** Whether the segmenter reads {@code [from, to)} as the opening of a longer ordinary word (摄影 of 摄影展, 编辑 of 编辑部). */
    private static boolean insideLongerWord(List<dev.newsie.nlp.Token> tokens, int from, int to) {
        return dev.newsie.nlp.Tokens.overlapping(tokens, from, to).stream().anyMatch(t -> t.start() <= from && t.end() > to
                && NamesInsideWords.common(t)); // (not 记者有/nt: the segmenter's misread body runs into the name)
    }

    /** Whether the segmenter starts a verb of two or more characters at {@code pos}. */
    private static boolean verbStartsAt(List<dev.newsie.nlp.Token> tokens, int pos) {
        return dev.newsie.nlp.Tokens.wordStartsAt(tokens, pos, "v");
    }

    /**
     * After a country: a nationality word (籍, 人), then optionally a calling (友人, 专家), or the calling alone (德国友人)
     * — {@code models/nationality-callings.tsv}. Award lists and guest lists of the genre name foreigners so.
     */
    private static final Pattern NATIONALITY_WORDS = nationalityWords();

    private static Pattern nationalityWords() {
        List<String> nationality = new ArrayList<>(), calling = new ArrayList<>();
        for (dev.newsie.canon.ModelFile.Row r : dev.newsie.canon.ModelFile.read("nationality-callings.tsv", 2)) {
            switch (r.get(0)) {
                case "NATIONALITY" -> nationality.add(Pattern.quote(r.get(1)));
                case "CALLING" -> calling.add(Pattern.quote(r.get(1)));
                default -> throw r.error("unknown kind '" + r.get(0) + "' (NATIONALITY or CALLING)");
            }
        }
        java.util.Comparator<String> longestFirst = java.util.Comparator.comparingInt(String::length).reversed();
        nationality.sort(longestFirst);
        calling.sort(longestFirst);
        return Pattern.compile("(?:" + String.join("|", nationality) + ")?(?:" + String.join("|", calling) + ")?");
    }

    /**
     * 日本籍田中一郎, 韩国籍金敏浩, 德国友人瓦格纳, 美国人史密斯: a country and 籍 or 人 (of that nationality), or a word
     * for a kind of person, stand before a name as a title does. Only names of a sure shape are taken: one opening with
     * a listed Japanese family name, a Chinese name the segmenter reads as a person (日本籍员工 is no name), or, for a
     * foreign country, a one-part name of transliteration characters only (美国人口 is no name: 口 is none).
     */
    private void afterNationality(String text, List<Candidate> out, List<Candidate> places, List<dev.newsie.nlp.Token> tokens) {
        for (Candidate c : places) {
            if (c.type() != EntityType.COUNTRY || c.end() >= text.length()) {
                continue;
            }
            Matcher w = NATIONALITY_WORDS.matcher(text).region(c.end(), text.length());
            if (!w.lookingAt() || w.end() == c.end() || w.end() >= text.length()) {
                continue;
            }
            int p = w.end();
            while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\u3000')) {
                p++; // 越南公民 某某某某: a space may stand between the calling and the name, as after a title
            }
            final int from = p;
            if (out.stream().anyMatch(o -> o.start() <= from && from < o.end())) {
                continue; // 德国友人甲·乙: the interpunct name is already read whole
            }
            int end = japaneseNames.end(text, p, e -> shapes.isBoundary(text, e) || verbStartsAt(tokens, e));
            if (end < 0) {
                int e = shapes.chineseName(text, p);
                boolean segmenterName = e > 0 && dev.newsie.nlp.Tokens.exactly(tokens, p, e) != null
                        && dev.newsie.nlp.Tokens.exactly(tokens, p, e).tag().startsWith("nr");
                end = segmenterName ? e : -1;
            }
            if (end < 0) {
                end = vietnameseNames.endAfter(c.name(), text, p); // 越南公民 阮氏某某: a Vietnamese name of three or four characters
            }
            if (end < 0 && !c.name().equals("中国")) {
                end = foreignName(text, p); // 德国友人瓦格纳: a one-part foreign name stands where a title would
            }
            if (end > 0) {
                out.add(new Candidate(p, end, EntityType.PERSON, text.substring(p, end), null, Candidate.Source.PATTERN));
            }
        }
    }

    /**
     * Words that end the name of a body, not of a person: 市议会副议长某某 written bare (the city told just before) puts a
     * council, not a name, before the officer's title.
     */
    private static final List<String> BODY_NAME_ENDS = List.of("议会", "议會", "政府");

    /** Last characters of places that no personal name ends in. */
    private static final String PLACE_NAME_ENDS = "市省县町";

    /** (张三 李四) right after a dateline's 电 or 讯, or closing a paragraph: the reporters' names. */
    private static final Pattern BRACKET_BYLINE = Pattern.compile("[(（]((?:\\p{IsHan}{2,3}[ 、　]?){1,4})[)）]");

    /** A site's dateline word (某某网某频道消息) that a reporter's bracket follows as it follows 电 and 讯. */
    private static final String NEWS_DATELINE = "消息";

    /**
     * A contributor credited in brackets by what he contributed, text or pictures (图文/张三, 文/张三, 文:某会秘书处 张三),
     * an optional unit before the name after a space: group 1 is the name.
     */
    private static final Pattern WORK_CREDIT = Pattern.compile("[(（](?:图文|文|图|摄影)[/／:：][ 　]*(?:[^)）\\s]{2,12}[ 　]+)?(\\p{IsHan}{2,3})[)）]");

    /**
     * The same credit written without brackets in a byline of several credits (文/记者某某 图/张三): the work word opens the
     * line or follows a space, takes a slash, and the name ends the line or meets a space.
     */
    private static final Pattern SPACED_WORK_CREDIT = Pattern.compile("(?m)(?:^|(?<=[ 　]))(?:图文|文|图|摄影)[/／][ 　]*(\\p{IsHan}{2,3})(?=[ 　]|$)");

    /** The contributors credited by their work whose names start with a listed family name. */
    private void workCredits(String text, List<Candidate> out) {
        for (Pattern credit : List.of(WORK_CREDIT, SPACED_WORK_CREDIT)) {
            Matcher m = credit.matcher(text);
            while (m.find()) {
                String n = m.group(1);
                if (shapes.listedSurnames.contains(n.substring(0, 1)) || shapes.listedSurnames.contains(n.substring(0, 2))) {
                    out.add(new Candidate(m.start(1), m.end(1), EntityType.PERSON, n, null, Candidate.Source.PATTERN));
                }
            }
        }
    }

    /** Reporters in brackets after the dateline or at a paragraph's end; each name starts with a family name. */
    private void bracketBylines(String text, List<Candidate> out) {
        Matcher m = BRACKET_BYLINE.matcher(text);
        while (m.find()) {
            boolean dateline = m.start() > 0 && "电讯".indexOf(text.charAt(m.start() - 1 - (text.charAt(m.start() - 1) == ' ' && m.start() > 1 ? 1 : 0))) >= 0
                    || text.startsWith(NEWS_DATELINE, m.start() - NEWS_DATELINE.length()); // 某网某频道消息(张三):
            boolean closing = m.end() == text.length() || text.charAt(m.end()) == '\n';
            if (!dateline && !closing) {
                continue;
            }
            List<Candidate> names = new ArrayList<>();
            Matcher part = HAN_RUN.matcher(text).region(m.start(1), m.end(1));
            while (part.find()) {
                String n = part.group();
                if (n.length() > 3 || !(dateline || shapes.opensWithSurname(n))) {
                    names.clear();
                    break; // (完), (新华社), (图片来源): no list of names
                }
                names.add(new Candidate(part.start(), part.end(), EntityType.PERSON, n, null, Candidate.Source.PATTERN));
            }
            out.addAll(names);
        }
    }

    /** A family name + one or two characters as the subject of a verb of speaking, after punctuation. */
    private void beforeSpeechVerbs(String text, List<Candidate> out) {
        for (int p = 0; p < text.length(); p++) {
            if (p > 0 && "，,。;；、:：“”\n (（".indexOf(text.charAt(p - 1)) < 0) {
                continue;
            }
            int end = shapes.chineseName(text, p);
            if (end < 0) {
                continue;
            }
            final int e = end;
            if (shapes.speechVerbs.stream().anyMatch(v -> text.startsWith(v, e))) {
                out.add(new Candidate(p, end, EntityType.PERSON, text.substring(p, end), null, Candidate.Source.WEAK));
            }
        }
    }

    /**
     * In bylines any two or three characters before a separator are a name (记者有之炘、黄安琪), family name
     * list or not: reporters' names are followed by 、, a bracket, a space, 摄 or 报道, or (Taiwan's 〔记者X／台北报导〕)
     * by the slash before the place of the report.
     */
    private static int bylineName(String text, int p, List<Candidate> places) {
        for (int len = 3; len >= 2; len--) {
            final int e = p + len;
            if (e <= text.length() && NameShapes.allHan(text, p, e) && places.stream().anyMatch(c -> c.start() == e)) {
                return e; // 记者林小明台北25日电: the dateline's place follows the name
            }
            int end = p + len;
            if (len == 3 && end <= text.length() && "摄报讯电".indexOf(text.charAt(end - 1)) >= 0) {
                continue; // 李妍摄: the name is 李妍
            }
            if (end <= text.length() && NameShapes.allHan(text, p, end)
                    && (end == text.length() || "、,，)）】〕] \n摄报0123456789／/".indexOf(text.charAt(end)) >= 0)) {
                return end;
            }
        }
        return -1;
    }

    /** What stands between a country and a title: a mission's seat (驻华, 驻沪) and former (前, 原), or nothing. */
    private static final Pattern MISSION_OR_FORMER = Pattern.compile("[市县区町]?(?:驻\\p{IsHan})?[前原]?");
    /** Countries whose people's names are written in Han characters without a Chinese family name (日本首相岸田文雄). */
    private static final Set<String> KANJI_NAME_COUNTRIES = Set.of("日本", "韩国", "朝鲜");

    /** Whether a foreign place (not Chinese), or Japan or Korea, ends right where the title at {@code titleStart} begins. */
    private static boolean afterForeignPlace(String text, List<Candidate> places, int titleStart) {
        return placesRightBefore(text, places, titleStart, MISSION_OR_FORMER)
                .anyMatch(c -> c.type() == EntityType.COUNTRY ? KANJI_NAME_COUNTRIES.contains(c.name()) : abroad(c));
    }

    /**
     * The places that end at most three characters before the title at {@code titleStart} with only what {@code gap}
     * matches between (a place's own suffix, a rank, a mission's seat): a title so placed is an office of that place.
     */
    static java.util.stream.Stream<Candidate> placesRightBefore(String text, List<Candidate> places, int titleStart, Pattern gap) {
        return places.stream().filter(c -> c.end() <= titleStart && titleStart - c.end() <= 3
                && gap.matcher(text.substring(c.end(), titleStart)).matches());
    }

    /** Whether a place lies in a country other than China. */
    static boolean abroad(Candidate c) {
        return c.country() != null && !c.country().equals("中国");
    }

    /**
     * Last characters of Japanese three-character given names (千贺子, 健太郎): only with one of them does a name in
     * Han characters run to five characters.
     */
    private static final String KANJI_LONG_GIVEN_ENDS = "子郎";

    /** Two to five Han characters ending at a name boundary that does not cut a word of the segmenter's (提及). */
    private int kanjiName(String text, int p, List<dev.newsie.nlp.Token> tokens) {
        for (int len = 2; len <= 5; len++) {
            int e = p + len;
            if (len == 5 && (e > text.length() || KANJI_LONG_GIVEN_ENDS.indexOf(text.charAt(e - 1)) < 0)) {
                break;
            }
            if (e <= text.length() && NameShapes.allHan(text, p, e) && !NameShapes.containsEnd(text, p, e) && shapes.isBoundary(text, e)
                    && dev.newsie.nlp.Tokens.overlapping(tokens, e - 1, e).stream().noneMatch(t -> t.start() < e && t.end() > e)) {
                return e;
            }
        }
        return -1;
    }

    /** Hyphens that join the parts of a double-barrelled foreign name. */
    private static final String HYPHENS = "-－‐";
    /** Most characters of the part after the hyphen. */
    private static final int MAX_HYPHENED_PART = 5;

    /**
     * 副主席某某-某某, 部长某某-某某: a double-barrelled foreign name joins its transliterated parts with a hyphen, which
     * ends every name pattern's run; a transliterated name right before a hyphen and a transliterated part of two or
     * more characters up to a name's boundary is one name, written with its hyphen.
     */
    private Candidate hyphenated(String text, Candidate c) {
        int h = c.end();
        if (c.type() != EntityType.PERSON || h >= text.length() || HYPHENS.indexOf(text.charAt(h)) < 0
                || c.name().chars().anyMatch(ch -> !shapes.transliteration.contains((char) ch))) {
            return c;
        }
        int e = NameShapes.transliteratedRunEnd(text, h + 1, MAX_HYPHENED_PART, shapes.transliteration);
        if (e - h - 1 < 2 || !shapes.isBoundary(text, e)) {
            return c;
        }
        return new Candidate(c.start(), e, c.type(), text.substring(c.start(), e), c.country(), c.source());
    }

    /**
     * Whether the segmenter reads a verb, adverb or other non-noun word of two or more characters inside
     * {@code [from, to)} (特别 in 某某特别录制): no name holds one.
     */
    private static boolean wordInside(List<dev.newsie.nlp.Token> tokens, int from, int to) {
        return dev.newsie.nlp.Tokens.overlapping(tokens, from, to).stream().anyMatch(t -> t.start() >= from && t.end() <= to
                && t.end() - t.start() >= 2 && !t.tag().startsWith("n") && COMMON_WORD_TAGS.stream().anyMatch(t.tag()::startsWith));
    }

    /** Whether {@code text[from..to)} is written in transliteration characters only. */
    private boolean allTransliterated(String text, int from, int to) {
        return text.substring(from, to).chars().allMatch(ch -> shapes.transliteration.contains((char) ch));
    }

    /**
     * Common characters that end a transliterated name only at a break or before 等 (models/transliteration-last-chars.tsv):
     * 永 (French -illon, -yon) in 总理某永等, not in 州长拉卡永远支持.
     */
    private static final String LAST_ONLY = String.join("",
            dev.newsie.canon.ModelFile.read("transliteration-last-chars.tsv", 1).stream().map(r -> r.get(0)).toList());

    /** A one-part transliterated name of 2–4 characters after a title (州长拉卡瓦). */
    private int foreignName(String text, int p) {
        int e = NameShapes.transliteratedRunEnd(text, p, 4, shapes.transliteration);
        if (e > p && e - p < 4 && e < text.length() && LAST_ONLY.indexOf(text.charAt(e)) >= 0
                && (isPunctuation(text, e + 1) || text.charAt(e + 1) == '等')) {
            e++; // 总理菲永等: a common character that ends a name only right before a break or 等 (not 拉卡永远)
        }
        return e - p >= 2 && shapes.isBoundary(text, e) ? e : -1;
    }

    /** The listed Chinese family names (models/surnames.tsv), single and double. */
    Set<String> listedSurnames() {
        return shapes.listedSurnames;
    }

    /** The characters of transliterated names (models/shapes.transliteration-chars.tsv). */
    public Set<Character> transliterationCharacters() {
        return shapes.transliteration;
    }

    /** Whether a backend's PERSON mention has the shape of a name: family name + 1–2, interpunct parts, or a shapes.transliteration. */
    public boolean looksLikeName(String s) {
        if (s.length() < 2 || s.length() > 16) {
            return false;
        }
        if (InterpunctNames.DOTTED.matcher(s).matches()) {
            return true;
        }
        if (s.length() == 3 && shapes.chineseName(s, 0) == s.length()) {
            return true; // two-character "names" from a backend are mostly words (齐聚); shapes.titles find the real ones
        }
        return s.length() <= 5 && s.chars().allMatch(c -> shapes.transliteration.contains((char) c)) && !NameShapes.containsEnd(s, 0, s.length());
    }

    private static boolean isPunctuation(String t, int i) {
        return i >= t.length() || "、,，。;；:：!！?？)）”\n ".indexOf(t.charAt(i)) >= 0;
    }
}
