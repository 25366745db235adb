package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Foreign names written with an interpunct between parts (丹·博伊尔; a scraper's ? and a full stop between Han
 * parts stand for it): where the first part starts after a title, place or common noun, where the last part ends,
 * and which runs are two people joined by 和.
 */
final class InterpunctNames {
    /** Parts joined by a middle dot; a scraper's ? and a full stop between Han parts (阿灵顿.罗伯特) stand for it. */
    static final Pattern DOTTED = Pattern.compile("\\p{IsHan}+(?:[·•・?.．]\\p{IsHan}+)+");
    /**
     * {@link #DOTTED} tried only where a Han run starts: from inside a run it reaches the same run's end and fails or
     * succeeds as from the run's start, which a scan reaches first. Scanning a page, DOTTED alone re-read each run
     * from each of its characters (quadratic in the run); this finds the same names at the same offsets.
     */
    static final Pattern DOTTED_FROM_RUN_START = Pattern.compile("(?<!\\p{IsHan})" + DOTTED.pattern());
    private static final String DOTS = "·•・?.．";

    /** Whether {@code c} is a mark that stands between the parts of an interpunct name (see {@link #DOTTED}). */
    static boolean isDot(char c) {
        return DOTS.indexOf(c) >= 0;
    }
    static final int MAX_FOREIGN_PART = 6;
    private static final String PLACE_AFTER_NAME = "市省州";

    private final NameShapes shapes;

    InterpunctNames(NameShapes shapes) {
        this.shapes = shapes;
    }

    /** Interpunct names in {@code text}; an interpunct name + 市 or 省 goes to {@code out} as a city or province. */
    void find(String text, List<Candidate> out, List<Candidate> places, List<dev.newsie.nlp.Token> tokens) {
        Matcher m = DOTTED_FROM_RUN_START.matcher(text);
        while (m.find()) {
            for (int[] run : QuestionMarks.splitAtQuestions(text, m.start(), m.end())) {
                if (firstDot(text, run[0], run[1]) == run[1]) {
                    continue; // no mark left between the parts: the words of a question and the next sentence
                }
                for (int[] span : splitAtJoins(text, run[0], run[1])) {
                    dottedName(text, span[0], span[1], out, places, tokens);
                }
            }
        }
    }

    /**
     * 格特鲁德·马尔茨-施瓦茨费格: a double-barrelled family name goes on after its hyphen, through a second part of two
     * or more transliteration characters; the end of the name otherwise.
     */
    private int afterDoubleBarrel(String text, int e) {
        if (e + 2 >= text.length() || "-‐".indexOf(text.charAt(e)) < 0) {
            return e;
        }
        int h = e + 1;
        while (h < text.length() && h - e - 1 < MAX_FOREIGN_PART && shapes.transliteration.contains(text.charAt(h)) && !shapes.isBoundary(text, h)) {
            h++;
        }
        return h - e - 1 >= 2 ? h : e;
    }

    /** Longest part before a hyphen of a first name (让 of 让-保罗): Han characters, not after a title or a name end. */
    static final int MAX_HYPHEN_PART = 3;

    /** Where the part of a hyphenated first name that ends at {@code hyphen} starts ({@code hyphen} when there is none). */
    private int hyphenPart(String text, int hyphen) {
        int k = hyphen;
        while (k > 0 && hyphen - k < MAX_HYPHEN_PART && Character.UnicodeScript.of(text.charAt(k - 1)) == Character.UnicodeScript.HAN
                && NameShapes.NAME_END.indexOf(text.charAt(k - 1)) < 0 && shapes.titleEndingIn(text, Math.max(0, k - 6), k) != k) {
            k--;
        }
        return k;
    }

    /** Joining words between the parts of interpunct names: 彼得·施密特和玛丽·布朗 is two people. */
    static final String NAME_JOINS = "和与及同";
    /** Words before a foreign name that state nationality or address, never part of the name (德国籍人士, 先生). */
    private static final List<String> NON_NAME_LEADS = List.of("籍", "裔", "人士", "先生", "女士", "友人", "朋友", "人",
            // 甲市授予约翰·史密斯 / 甲市向约翰·史密斯颁发: a verb or preposition of conferring after the place is no part of the name
            "授予", "授与", "颁授", "颁给", "向", "为", "给",
            // 获奖的外国专家是约翰·史密斯、…: the copula that introduces a list of names is no part of the first
            "是");

    /**
     * The spans of the separate names inside one interpunct run: a join word inside a part that lies between two
     * interpuncts ends one name and starts the next.
     */
    private static List<int[]> splitAtJoins(String text, int start, int end) {
        List<int[]> out = new ArrayList<>();
        int cur = start;
        int prevDot = -1;
        for (int i = start; i < end; i++) {
            if (DOTS.indexOf(text.charAt(i)) < 0) {
                continue;
            }
            if (prevDot >= 0) {
                for (int k = prevDot + 2; k < i - 1; k++) {
                    if (NAME_JOINS.indexOf(text.charAt(k)) >= 0) {
                        out.add(new int[] {cur, k});
                        cur = k + 1;
                        break;
                    }
                }
            }
            prevDot = i;
        }
        out.add(new int[] {cur, end});
        return out;
    }

    private void dottedName(String text, int start, int end, List<Candidate> out, List<Candidate> places,
                            List<dev.newsie.nlp.Token> tokens) {
        {
            // First part: cut a title or anything before the last shapes.transliteration run.
            int firstDot = firstDot(text, start, end);
            if (namesAnEdition(text, start, firstDot)) {
                return;
            }
            // First part: after the title or place before it; failing those, the shapes.transliteration run before the dot.
            int titleEnd = shapes.titleEndingIn(text, start, firstDot);
            int s = Math.max(titleEnd, start);
            for (Candidate p : places) {
                if (p.end() > s && p.end() <= firstDot && !beginsTitledName(text, p, titleEnd, start, firstDot, tokens)
                        && !CountriesOpeningNames.opensName(text, p, places, firstDot, shapes)) {
                    s = p.end();
                }
            }
            if (s > start) {
                s = afterTitledSubject(tokens, s, firstDot);
                s = afterGluedTitledSubject(text, s, firstDot);
                s = afterCommonNouns(tokens, s, firstDot); // only between a place or title and the name
                s = afterVerb(tokens, s, firstDot);
                for (boolean moved = true; moved; ) {
                    moved = false;
                    for (String lead : NON_NAME_LEADS) {
                        if (text.startsWith(lead, s) && s + lead.length() < firstDot) {
                            s = afterCommonNouns(tokens, s + lead.length(), firstDot); // 德国 + 籍 + 人士 + 彼得
                            moved = true;
                        }
                    }
                }
            }
            if (s > start) {
                s = afterConferringWord(text, s, firstDot);
            }
            while (s < firstDot && "的之".indexOf(text.charAt(s)) >= 0) {
                s++; // 公司董事的贝克·安德森: a particle after the title is no part of the name
            }
            boolean atBoundary = start == 0 || Character.UnicodeScript.of(text.charAt(start - 1)) != Character.UnicodeScript.HAN
                    || NAME_JOINS.indexOf(text.charAt(start - 1)) >= 0;
            if (s == start || firstDot - s > MAX_FOREIGN_PART) {
                s = firstDot;
                while (s > start && firstDot - s < MAX_FOREIGN_PART && shapes.transliteration.contains(text.charAt(s - 1))) {
                    s--;
                }
                s = Math.min(s, transliteratedFirstPart(tokens, Math.max(start, firstDot - MAX_FOREIGN_PART), firstDot));
                if (atBoundary && s == start + 1 && wordRunsAcross(tokens, start, s)
                        && PlaceRecognizer.LEADING_VERBS.indexOf(text.charAt(start)) < 0 && NameShapes.NAME_END.indexOf(text.charAt(start)) < 0) {
                    s = start; // 1.理查德·霍尔: one syllable outside the table, read by the segmenter as one word with the rest
                }
            }
            if (s >= 2 && "-‐".indexOf(text.charAt(s - 1)) >= 0 && hyphenPart(text, s - 1) < s - 1) {
                s = hyphenPart(text, s - 1); // 让-保罗·马丁: a hyphenated first name goes on before the hyphen
            }
            // Last part: stop where a verb or particle begins.
            int lastDot = lastDot(text, start, end);
            int e = lastDot + 1;
            while (e < end && e - lastDot - 1 < MAX_FOREIGN_PART && !shapes.isBoundary(text, e)
                    && !(e > lastDot + 1 && (startsCommonWord(text, tokens, e) || WordsClosingForeignNames.startsAt(text, e) || startsTitle(text, e)
                    && (shapes.allTransliteration(text, lastDot + 1, e) || TitlesClosingListItems.closesItem(text, e, shapes.titles))))) {
                e++; // 卡瓦耶罗坚信: the name ends where the segmenter starts a verb or other common word
            }
            if (e - 1 > lastDot + 1 && PLACE_AFTER_NAME.indexOf(text.charAt(e - 1)) >= 0) {
                e--; // 博博·迪乌拉索市: the suffix ends the name and makes it a place
            }
            e = afterDoubleBarrel(text, e);
            if (e - s > 3 && text.charAt(e - 1) == '外' && (text.charAt(s) == '除' || s > 0 && text.charAt(s - 1) == '除')) {
                s += text.charAt(s) == '除' ? 1 : 0; // 除汉斯·穆勒外,还包括…: the frame of "besides" around the name is no part of it
                e--;
            }
            final int from = s, to = e;
            // 内政部长钱拉·科隆: after a title, a first part in common characters still opens a foreign name when the
            // part that reads as a place is itself all transliteration
            boolean titledForeignName = titleEnd == from && (shapes.allTransliteration(text, from, firstDot)
                    || shapes.allTransliteration(text, lastDot + 1, to));
            if (!titledForeignName && places.stream().anyMatch(p -> p.start() >= from && p.end() <= to
                    && !(p.start() == from && CountriesOpeningNames.opensName(text, p, places, firstDot, shapes)))) {
                return; // 对话·上海: a part that is a place makes this no person's name, unless a title precedes it
            }
            if (firstDot - s >= 1 && e - lastDot - 1 >= 1) {
                String name = text.substring(s, e).replaceAll("[•・?.．]", "·");
                if (e < text.length() && PLACE_AFTER_NAME.indexOf(text.charAt(e)) >= 0 && !startsTitle(text, e)) {
                    // 博博·迪乌拉索市: an interpunct name with a city or province suffix is a place.
                    EntityType t = text.charAt(e) == '市' ? EntityType.CITY : EntityType.PROVINCE;
                    String country = places.stream().filter(p -> p.end() == from && p.type() == EntityType.COUNTRY)
                            .map(Candidate::name).findFirst().orElse(null);
                    out.add(new Candidate(s, e + 1, t, name, country, Candidate.Source.PATTERN));
                } else {
                    out.add(new Candidate(s, e, EntityType.PERSON, name, null, Candidate.Source.PATTERN));
                }
            }
        }
    }

    /**
     * 世界市长对话·甲市, 青年论坛·乙市: a gathering's head noun right before the dot ends an event's name whose edition is
     * named by its host place after the dot, so the run is no person's and no place's name.
     */
    private static boolean namesAnEdition(String text, int start, int firstDot) {
        return EventNameWords.loaded().heads().stream()
                .anyMatch(h -> h.length() >= 2 && firstDot - start >= h.length() && text.startsWith(h, firstDot - h.length()));
    }

    /**
     * 授予, 向, 为, 给, 予 (颁授X予甲): a verb, preposition or coverb of conferring inside the first part governs the name
     * after it.
     */
    private static final List<String> CONFERRING_WORDS = List.of("授予", "颁授", "颁给", "向", "为", "给", "予");

    /**
     * 副市长甲代表省政府向约翰·史密斯颁发: after a title, a verb or preposition of conferring written before the name
     * (with whatever the segmenter left between, an unrecognised bare body) ends what precedes it; the name starts after it.
     */
    private static int afterConferringWord(String text, int s, int firstDot) {
        int cut = s;
        for (String w : CONFERRING_WORDS) {
            int at = text.lastIndexOf(w, firstDot - 1);
            if (at >= s && at + w.length() < firstDot) {
                cut = Math.max(cut, at + w.length());
            }
        }
        return cut;
    }

    /**
     * 美国友人约翰·史密斯, 德国专家汉斯·穆勒: a common noun of two or more characters (a role or relation the
     * segmenter reads as an ordinary word) between a place or title and the name is not part of the name.
     */
    private static int afterCommonNouns(List<dev.newsie.nlp.Token> tokens, int s, int firstDot) {
        for (boolean moved = true; moved && s < firstDot; ) {
            moved = false;
            for (dev.newsie.nlp.Token t : dev.newsie.nlp.Tokens.overlapping(tokens, s, s + 1)) {
                if (t.start() == s && t.end() < firstDot && t.end() - t.start() >= 2
                        && (t.tag().equals("n") || t.tag().equals("nnt") || t.tag().equals("nnd"))) {
                    s = t.end();
                    moved = true;
                    break;
                }
            }
        }
        return s;
    }

    /**
     * 外国友人包括约翰·布朗, 甲市邀请玛丽·罗西: a verb of two or more characters after the noun before a name (包括,
     * 邀请, 授予) governs the name and is no part of it.
     */
    private static int afterVerb(List<dev.newsie.nlp.Token> tokens, int s, int firstDot) {
        for (dev.newsie.nlp.Token t : dev.newsie.nlp.Tokens.overlapping(tokens, s, s + 1)) {
            if (t.start() == s && t.end() < firstDot && t.end() - t.start() >= 2 && t.tag().startsWith("v")) {
                return afterCommonNouns(tokens, t.end(), firstDot);
            }
        }
        return s;
    }

    /**
     * 伊万诺夫州长, 维萨拉首相: a title of two or more characters written right after the name ends it (when all before it
     * is transliteration, so 霍尔 + 洛阳市 + 荣誉市民 is not cut there).
     */
    private boolean startsTitle(String text, int pos) {
        return shapes.titles.stream().anyMatch(t -> t.length() >= 2 && text.startsWith(t, pos));
    }

    /**
     * Where the segmenter's transliterated personal name (nature nrf) that ends at or runs over the dot begins, or the dot:
     * conventional first names hold characters no transliteration table lists (彼得, 大卫), and HanLP's dictionary
     * knows them as foreign given names (仪式上彼得·格林说).
     */
    private static int transliteratedFirstPart(List<dev.newsie.nlp.Token> tokens, int from, int dot) {
        for (dev.newsie.nlp.Token t : dev.newsie.nlp.Tokens.overlapping(tokens, dot - 1, dot)) {
            if (t.end() >= dot && t.start() >= from && t.start() < dot && t.tag().equals("nrf")) { // 彼得/nrf or 彼得·布朗/nrf
                return t.start();
            }
        }
        return dot;
    }

    /** Whether a token starts at {@code start} and runs past {@code pos}. */
    private static boolean wordRunsAcross(List<dev.newsie.nlp.Token> tokens, int start, int pos) {
        return dev.newsie.nlp.Tokens.overlapping(tokens, start, start + 1).stream().anyMatch(t -> t.start() == start && t.end() > pos);
    }

    /** Whether the segmenter starts a verb, adverb or function word of two or more characters at {@code pos}. */
    /**
     * 施泰因巴赫: a transliteration syllable the segmenter reads as a preposition or conjunction (因, 与) goes on into
     * two more syllables of the table — the name goes on; a preposition is followed by the words it governs.
     */
    private boolean syllablesGoOn(String text, int pos) {
        return pos + 3 <= text.length() && shapes.allTransliteration(text, pos, pos + 3);
    }

    private boolean startsCommonWord(String text, List<dev.newsie.nlp.Token> tokens, int pos) {
        for (dev.newsie.nlp.Token t : dev.newsie.nlp.Tokens.overlapping(tokens, pos, pos + 1)) {
            if (t.start() == pos && t.end() - t.start() >= 2 && VERB_LIKE_TAGS.stream().anyMatch(t.tag()::startsWith)) {
                return true;
            }
            if (t.start() == pos && (t.tag().equals("p") || t.tag().equals("c")) && personTokenEndsAt(tokens, pos)
                    && !syllablesGoOn(text, pos)) {
                return true; // 卡洛斯·门多萨随团: a one-character preposition right after the segmenter's own name
            }
            if (t.start() == pos && t.end() - t.start() == 1 && RECEIVING_VERBS.indexOf(t.word().charAt(0)) >= 0
                    && personTokenEndsAt(tokens, pos)) {
                return true; // 马克·怀特获此殊荣: a verb of receiving an honour right after the segmenter's own name
            }
            if (t.start() == pos && t.tag().equals("m") && countFollows(tokens, t.end())) {
                return true; // 卢卡·孔蒂三名专家: a numeral and a measure word count the people named, no part of a name
            }
        }
        return false;
    }

    /** Whether the segmenter starts a measure word (名, 位) at {@code pos}. */
    private static boolean countFollows(List<dev.newsie.nlp.Token> tokens, int pos) {
        return dev.newsie.nlp.Tokens.overlapping(tokens, pos, pos + 1).stream().anyMatch(t -> t.start() == pos && t.tag().equals("q"));
    }

    /**
     * 市长李四海向约翰·布朗颁奖: after a title, the segmenter's name of the title holder and a preposition or verb of
     * conferring come before the foreign name, which starts after them.
     */
    private static int afterTitledSubject(List<dev.newsie.nlp.Token> tokens, int s, int firstDot) {
        for (dev.newsie.nlp.Token t : dev.newsie.nlp.Tokens.overlapping(tokens, s + 1, firstDot)) {
            if (t.start() > s && t.end() < firstDot && personTokenEndsAt(tokens, t.start())
                    && (t.tag().equals("p") || (t.tag().startsWith("v") && NON_NAME_LEADS.contains(t.word())))) {
                return t.end();
            }
        }
        return s;
    }

    /**
     * 市长王明为约翰·史密斯颁发: when the segmenter glues the title holder's name to the preposition of conferring
     * (王明为/nr), the Chinese name after the title and that preposition or verb still come before the foreign name.
     */
    private int afterGluedTitledSubject(String text, int s, int firstDot) {
        int e = shapes.chineseName(text, s);
        if (e <= s || e >= firstDot) {
            return s;
        }
        for (String lead : CONFERRING_LEADS) {
            if (text.startsWith(lead, e) && e + lead.length() < firstDot) {
                return e + lead.length();
            }
        }
        return s;
    }

    /** The prepositions and verbs of conferring among {@link #NON_NAME_LEADS}. */
    private static final List<String> CONFERRING_LEADS = List.of("授予", "授与", "颁授", "颁给", "向", "为", "给");

    private static boolean personTokenEndsAt(List<dev.newsie.nlp.Token> tokens, int pos) {
        return pos > 0 && dev.newsie.nlp.Tokens.overlapping(tokens, pos - 1, pos).stream()
                .anyMatch(t -> t.end() == pos && t.tag().startsWith("nr"));
    }

    /**
     * One-character verbs of receiving an honour (获此殊荣, 受邀): they write no foreign syllable, so one right after
     * the segmenter's name ends it. Other one-character verbs may (纳 of 奥兹格纳) and are left to the segmenter.
     */
    private static final String RECEIVING_VERBS = "获受";

    private static final List<String> VERB_LIKE_TAGS = List.of("v", "d", "p", "c", "u");

    /**
     * 市长阿马帕罗·马科: right after a title, a foreign place (阿马帕, a Brazilian state) that only
     * shapes.transliteration characters separate from the interpunct is the start of the titled person's name, not a
     * place before it; a country there (市长美国…) is still read as the place it is. So is a place that is the whole
     * first part (局长维多利亚·某某, 部长亚历山大·某某): many first names are also the names of cities, and a title
     * is followed by its holder, not by a city joined to a name by the interpunct.
     */
    private boolean beginsTitledName(String text, Candidate place, int titleEnd, int start, int firstDot,
                                     List<dev.newsie.nlp.Token> tokens) {
        return titleEnd > start && place.start() == titleEnd
                && (place.type() != EntityType.COUNTRY || personTokenAcross(tokens, place))
                && (place.end() == firstDot && place.type() != EntityType.COUNTRY
                || place.end() < firstDot && shapes.allTransliteration(text, place.end(), firstDot));
    }

    /**
     * 参赞马里奥斯·尼古拉乌: a country name that opens a first name (马里) is no country when the segmenter reads one
     * person's name across its end.
     */
    private static boolean personTokenAcross(List<dev.newsie.nlp.Token> tokens, Candidate place) {
        return dev.newsie.nlp.Tokens.overlapping(tokens, place.start(), place.end()).stream()
                .anyMatch(t -> t.tag().startsWith("nr") && t.start() <= place.start() && t.end() > place.end());
    }

    private static int firstDot(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (DOTS.indexOf(t.charAt(i)) >= 0) {
                return i;
            }
        }
        return to;
    }

    private static int lastDot(String t, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (DOTS.indexOf(t.charAt(i)) >= 0) {
                return i;
            }
        }
        return from;
    }
}
