package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
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
 */
public final class PersonRecognizer {
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}+");

    /** Parts joined by a middle dot; a scraper's ? and a full stop between Han parts (阿灵顿.罗伯特) stand for it. */
    private static final Pattern DOTTED = Pattern.compile("\\p{IsHan}+(?:[·•・?.．]\\p{IsHan}+)+");
    private static final String DOTS = "·•・?.．";
    /** Characters that end a name: verbs, prepositions, particles and punctuation that follow names in news. */
    static final String NAME_END = "表说在的对致介认看等和与举还则是了为以将也都向就从被把给及并告称指到于即率陪谈访共摄报今昨";
    static final int MAX_FOREIGN_PART = 6;
    private static final String PLACE_AFTER_NAME = "市省州";
    /** Byline roles: the names after them need not start with a listed family name. */
    private static final Set<String> BYLINE_TITLES = Set.of("记者", "作者", "通讯员", "编辑", "摄影", "见习记者", "实习生");
    /** Role words that also stand before verbs and prepositions (领导向…, 代表在…). */
    private static final Set<String> GENERIC_TITLES = Set.of("领导", "代表", "先生", "女士", "主持人");

    private final List<String> titles;
    private final Set<String> surnames;
    private final Set<String> listedSurnames;
    private final Set<Character> transliteration;
    /** Verbs whose subject is often a bare name (models/person-context.tsv SPEECH_VERB). */
    private final List<String> speechVerbs;
    /** Words that mark where a name ends (models/person-context.tsv AFTER_NAME). */
    private final List<String> afterNameWords;
    private final JapaneseNames japaneseNames = JapaneseNames.load();

    /**
     * @param surnames the listed family names
     * @param learntSurnames family names from HanLP's dictionary: names starting with one are taken only where
     *                       the segmenter does not read them as an ordinary word (领事官员 is no 官员)
     */
    public PersonRecognizer(List<String> titles, Set<String> surnames, Set<String> learntSurnames, Set<Character> transliteration,
                            List<String> speechVerbs, List<String> afterNameWords) {
        List<String> t = new ArrayList<>(titles);
        t.sort(Comparator.comparingInt(String::length).reversed());
        this.titles = List.copyOf(t);
        this.listedSurnames = Set.copyOf(surnames);
        Set<String> all = new HashSet<>(surnames);
        all.addAll(learntSurnames);
        this.surnames = Set.copyOf(all);
        this.transliteration = Set.copyOf(transliteration);
        this.speechVerbs = List.copyOf(speechVerbs);
        this.afterNameWords = List.copyOf(afterNameWords);
    }

    public static PersonRecognizer load() {
        List<String> titles = new ArrayList<>(ModelFile.read("person-titles.tsv", 1).stream().map(r -> r.get(0)).toList());
        Set<String> surnames = new HashSet<>();
        ModelFile.read("surnames.tsv", 1).forEach(r -> surnames.add(r.get(0)));
        Set<Character> chars = new HashSet<>();
        ModelFile.read("transliteration-chars.tsv", 1).forEach(r -> r.get(0).chars().forEach(c -> chars.add((char) c)));
        List<String> speech = new ArrayList<>(), after = new ArrayList<>();
        for (ModelFile.Row r : ModelFile.read("person-context.tsv", 2)) {
            switch (r.get(0)) {
                case "SPEECH_VERB" -> speech.add(r.get(1));
                case "AFTER_NAME" -> after.add(r.get(1));
                default -> throw r.error("unknown role '" + r.get(0) + "' (SPEECH_VERB or AFTER_NAME)");
            }
        }
        return new PersonRecognizer(titles, surnames, dev.newsie.nlp.HanLpSurnames.characters(), chars, speech, after);
    }

    /** @param places place candidates: a name does not reach into one, and an interpunct name + 市 is a city */
    public List<Candidate> recognize(String text, List<Candidate> places, List<dev.newsie.nlp.Token> tokens) {
        List<Candidate> out = new ArrayList<>();
        dotted(text, out, places, tokens);
        afterTitles(text, out, places, tokens);
        beforeTitles(text, out, places, tokens);
        beforeBracketedTitles(text, out, places, tokens);
        beforeSpeechVerbs(text, out);
        bracketBylines(text, out);
        segmenterNamesBesideTitles(text, tokens, out, places);
        // A "name" the segmenter reads as one ordinary word (整合, 注意到, 介绍) is that word.
        // Names after a title with a listed family name keep their stronger evidence.
        // 王子市市长: a "name" ending in a city, province, county or town suffix is a place before its head's title.
        out.removeIf(c -> c.type() == EntityType.PERSON && c.name().indexOf('·') < 0 && c.name().length() >= 2
                && PLACE_NAME_ENDS.indexOf(c.name().charAt(c.name().length() - 1)) >= 0);
        out.removeIf(c -> {
            if (c.name().indexOf('·') >= 0 || (chineseName(text, c.start()) == c.end() && c.source() != Candidate.Source.WEAK
                    && (listedSurnames.contains(c.name().substring(0, 1)) || listedSurnames.contains(c.name().substring(0, Math.min(2, c.name().length())))))) {
                return false;
            }
            dev.newsie.nlp.Token t = dev.newsie.nlp.Tokens.exactly(tokens, c.start(), c.end());
            return t != null && COMMON_WORD_TAGS.stream().anyMatch(t.tag()::startsWith) && !t.tag().startsWith("nr")
                    && !t.tag().startsWith("ns") && !t.tag().startsWith("nz");
        });
        return out;
    }

    /** Longest person-name token of HanLP's (tag nr, nrf) taken beside a title. */
    static final int MAX_SEGMENTER_NAME = 6;
    /** Words that join two names in a list: 江一、王二与李三. */
    private static final String LIST_JOINS = "、与和及";

    /**
     * HanLP's person-name reading (nr, nrf) is taken where a title stands right before or after the name
     * (市长应勇手里, 王立明会长): the title is the evidence, the segmenter gives the name's end where no
     * verb or particle marks it; names joined to one found by 、, 与, 和 are in the same list.
     */
    private void segmenterNamesBesideTitles(String text, List<dev.newsie.nlp.Token> tokens, List<Candidate> out,
                                            List<Candidate> places) {
        java.util.Set<Integer> starts = new java.util.HashSet<>();
        out.forEach(c -> starts.add(c.start()));
        boolean[] taken = new boolean[tokens.size()];
        for (int k = 0; k < tokens.size(); k++) {
            dev.newsie.nlp.Token t = tokens.get(k);
            if (out.stream().anyMatch(c -> c.start() == t.start() && c.end() == t.end())) {
                taken[k] = true; // found by a title or a verb of speaking: its list partners are names too
                continue;
            }
            if (!segmenterName(t, places)) {
                continue;
            }
            boolean titleBefore = k > 0 && isTitleToken(tokens.get(k - 1)) && tokens.get(k - 1).end() == t.start()
                    && !GENERIC_TITLES.contains(tokens.get(k - 1).word());
            boolean titleAfter = k + 1 < tokens.size() && isTitleToken(tokens.get(k + 1)) && tokens.get(k + 1).start() == t.end()
                    && !(t.start() > 0 && text.charAt(t.start() - 1) == '驻'); // 驻圣文森大使: where the envoy is posted
            final int e = t.end();
            // 王小明主持: a three-character name before a verb of an official's act (not 500余人出席)
            boolean actFollows = t.word().length() == 3 && (t.start() == 0 || !Character.isDigit(text.charAt(t.start() - 1)))
                    && (speechVerbs.stream().anyMatch(v -> text.startsWith(v, e)) || afterNameWords.stream().anyMatch(w -> text.startsWith(w, e)));
            // 王刚、李强等出席: a name closing a list with 等 before an official's act
            boolean groupActFollows = text.startsWith("等", e) && (speechVerbs.stream().anyMatch(v -> text.startsWith(v, e + 1))
                    || afterNameWords.stream().anyMatch(w -> text.startsWith(w, e + 1)));
            if (titleBefore || titleAfter || countedGroupFollows(text, e) || actFollows || groupActFollows) {
                taken[k] = true;
            }
        }
        // 、-lists: a name token joined to a taken one by a list word is a name too, in both directions.
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int k = 0; k + 2 < tokens.size(); k++) {
                dev.newsie.nlp.Token a = tokens.get(k), join = tokens.get(k + 1), b = tokens.get(k + 2);
                if (join.word().length() != 1 || LIST_JOINS.indexOf(join.word().charAt(0)) < 0 || taken[k] == taken[k + 2]) {
                    continue;
                }
                int other = taken[k] ? k + 2 : k;
                if (segmenterName(tokens.get(other), places) && (other == k ? a : b).word().length() >= 2) {
                    taken[other] = true;
                    changed = true;
                }
            }
        }
        for (int k = 0; k < tokens.size(); k++) {
            dev.newsie.nlp.Token t = tokens.get(k);
            if (taken[k] && !starts.contains(t.start())) {
                // 鲍里/nr 索/vg 夫/ng: a transliteration the segmenter cut short goes on over single characters
                int end = t.end();
                for (int j = k + 1; j < tokens.size() && tokens.get(j).start() == end && tokens.get(j).word().length() == 1
                        && transliteration.contains(tokens.get(j).word().charAt(0))
                        && NAME_END.indexOf(tokens.get(j).word().charAt(0)) < 0 && end - t.start() < MAX_SEGMENTER_NAME; j++) {
                    end = tokens.get(j).end();
                }
                if (end == t.end() || isBoundary(text, end)) {
                    out.add(new Candidate(t.start(), end, EntityType.PERSON, text.substring(t.start(), end), null, Candidate.Source.PATTERN));
                }
            }
        }
    }

    /** 郭某某等13人: a name closing a list of people counted after 等. */
    private static final Pattern COUNTED_GROUP = Pattern.compile("等\\s*[0-9一二三四五六七八九十百两几多]+\\s*(?:人|名|位)");

    private static boolean countedGroupFollows(String text, int pos) {
        return COUNTED_GROUP.matcher(text).region(pos, Math.min(text.length(), pos + 10)).lookingAt();
    }

    /** A person-name token of HanLP's that starts with a listed family name or is a transliteration (nrf). */
    private boolean segmenterName(dev.newsie.nlp.Token t, List<Candidate> places) {
        int n = t.end() - t.start();
        if (!(t.tag().equals("nr") || t.tag().equals("nrf")) || n < 2 || n > MAX_SEGMENTER_NAME
                || !allHan(t.word(), 0, t.word().length())
                || places.stream().anyMatch(p -> p.start() < t.end() && p.end() > t.start())) {
            return false;
        }
        boolean surname = surnames.contains(t.word().substring(0, 1)) || surnames.contains(t.word().substring(0, 2));
        return surname ? n <= 4 : t.tag().equals("nrf") || t.word().chars().allMatch(c -> transliteration.contains((char) c));
    }

    /** HanLP's title tag (nnt: 市长, 会长) or a listed title. */
    private boolean isTitleToken(dev.newsie.nlp.Token t) {
        return t.tag().equals("nnt") || titles.contains(t.word());
    }

    private static final List<String> COMMON_WORD_TAGS = List.of("v", "a", "d", "n", "p", "c", "u", "f", "m", "q", "r", "t");

    private void dotted(String text, List<Candidate> out, List<Candidate> places, List<dev.newsie.nlp.Token> tokens) {
        Matcher m = DOTTED.matcher(text);
        while (m.find()) {
            for (int[] span : splitAtJoins(text, m.start(), m.end())) {
                dottedName(text, span[0], span[1], out, places, tokens);
            }
        }
    }

    /** Longest part before a hyphen of a first name (让 of 让-保罗): Han characters, not after a title or a name end. */
    static final int MAX_HYPHEN_PART = 3;

    /** Where the part of a hyphenated first name that ends at {@code hyphen} starts ({@code hyphen} when there is none). */
    private int hyphenPart(String text, int hyphen) {
        int k = hyphen;
        while (k > 0 && hyphen - k < MAX_HYPHEN_PART && Character.UnicodeScript.of(text.charAt(k - 1)) == Character.UnicodeScript.HAN
                && NAME_END.indexOf(text.charAt(k - 1)) < 0 && titleEndingIn(text, Math.max(0, k - 6), k) != k) {
            k--;
        }
        return k;
    }

    /** Joining words between the parts of interpunct names: 彼得·施密特和玛丽·布朗 is two people. */
    static final String NAME_JOINS = "和与及同";
    /** Words before a foreign name that state nationality or address, never part of the name (德国籍人士, 先生). */
    private static final List<String> NON_NAME_LEADS = List.of("籍", "裔", "人士", "先生", "女士", "友人", "朋友",
            // 甲市授予约翰·史密斯 / 甲市向约翰·史密斯颁发: a verb or preposition of conferring after the place is no part of the name
            "授予", "授与", "颁授", "颁给", "向", "为", "给");

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
            // First part: cut a title or anything before the last transliteration run.
            int firstDot = firstDot(text, start, end);
            // First part: after the title or place before it; failing those, the transliteration run before the dot.
            int titleEnd = titleEndingIn(text, start, firstDot);
            int s = Math.max(titleEnd, start);
            for (Candidate p : places) {
                if (p.end() > s && p.end() <= firstDot && !beginsTitledName(text, p, titleEnd, start, firstDot, tokens)) {
                    s = p.end();
                }
            }
            if (s > start) {
                s = afterCommonNouns(tokens, s, firstDot); // only between a place or title and the name
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
            while (s < firstDot && "的之".indexOf(text.charAt(s)) >= 0) {
                s++; // 公司董事的贝克·安德森: a particle after the title is no part of the name
            }
            boolean atBoundary = start == 0 || Character.UnicodeScript.of(text.charAt(start - 1)) != Character.UnicodeScript.HAN
                    || NAME_JOINS.indexOf(text.charAt(start - 1)) >= 0;
            if (s == start || firstDot - s > MAX_FOREIGN_PART) {
                s = firstDot;
                while (s > start && firstDot - s < MAX_FOREIGN_PART && transliteration.contains(text.charAt(s - 1))) {
                    s--;
                }
                if (atBoundary && s == start + 1 && wordRunsAcross(tokens, start, s)
                        && PlaceRecognizer.LEADING_VERBS.indexOf(text.charAt(start)) < 0 && NAME_END.indexOf(text.charAt(start)) < 0) {
                    s = start; // 1.理查德·霍尔: one syllable outside the table, read by the segmenter as one word with the rest
                }
            }
            if (s >= 2 && "-‐".indexOf(text.charAt(s - 1)) >= 0 && hyphenPart(text, s - 1) < s - 1) {
                s = hyphenPart(text, s - 1); // 让-保罗·马丁: a hyphenated first name goes on before the hyphen
            }
            // Last part: stop where a verb or particle begins.
            int lastDot = lastDot(text, start, end);
            int e = lastDot + 1;
            while (e < end && e - lastDot - 1 < MAX_FOREIGN_PART && !isBoundary(text, e)
                    && !(e > lastDot + 1 && startsCommonWord(tokens, e))) {
                e++; // 卡瓦耶罗坚信: the name ends where the segmenter starts a verb or other common word
            }
            if (e - 1 > lastDot + 1 && PLACE_AFTER_NAME.indexOf(text.charAt(e - 1)) >= 0) {
                e--; // 博博·迪乌拉索市: the suffix ends the name and makes it a place
            }
            final int from = s, to = e;
            boolean titledForeignName = titleEnd == from && allTransliteration(text, from, firstDot);
            if (!titledForeignName && places.stream().anyMatch(p -> p.start() >= from && p.end() <= to)) {
                return; // 对话·上海: a part that is a place makes this no person's name, unless a title precedes it
            }
            if (firstDot - s >= 1 && e - lastDot - 1 >= 1) {
                String name = text.substring(s, e).replaceAll("[•・?.．]", "·");
                if (e < text.length() && PLACE_AFTER_NAME.indexOf(text.charAt(e)) >= 0) {
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

    /** Whether a token starts at {@code start} and runs past {@code pos}. */
    private static boolean wordRunsAcross(List<dev.newsie.nlp.Token> tokens, int start, int pos) {
        return dev.newsie.nlp.Tokens.overlapping(tokens, start, start + 1).stream().anyMatch(t -> t.start() == start && t.end() > pos);
    }

    /** Whether the segmenter starts a verb, adverb or function word of two or more characters at {@code pos}. */
    private static boolean startsCommonWord(List<dev.newsie.nlp.Token> tokens, int pos) {
        for (dev.newsie.nlp.Token t : dev.newsie.nlp.Tokens.overlapping(tokens, pos, pos + 1)) {
            if (t.start() == pos && t.end() - t.start() >= 2 && VERB_LIKE_TAGS.stream().anyMatch(t.tag()::startsWith)) {
                return true;
            }
            if (t.start() == pos && (t.tag().equals("p") || t.tag().equals("c")) && personTokenEndsAt(tokens, pos)) {
                return true; // 卡洛斯·门多萨随团: a one-character preposition right after the segmenter's own name
            }
        }
        return false;
    }

    private static boolean personTokenEndsAt(List<dev.newsie.nlp.Token> tokens, int pos) {
        return pos > 0 && dev.newsie.nlp.Tokens.overlapping(tokens, pos - 1, pos).stream()
                .anyMatch(t -> t.end() == pos && t.tag().startsWith("nr"));
    }

    private static final List<String> VERB_LIKE_TAGS = List.of("v", "d", "p", "c", "u");

    /**
     * 市长阿马帕罗·马科: right after a title, a foreign place (阿马帕, a Brazilian state) that only
     * transliteration characters separate from the interpunct is the start of the titled person's name, not a
     * place before it; a country there (市长美国…) is still read as the place it is.
     */
    private boolean beginsTitledName(String text, Candidate place, int titleEnd, int start, int firstDot,
                                     List<dev.newsie.nlp.Token> tokens) {
        return titleEnd > start && place.start() == titleEnd
                && (place.type() != EntityType.COUNTRY || personTokenAcross(tokens, place))
                && place.end() < firstDot && allTransliteration(text, place.end(), firstDot);
    }

    /**
     * 参赞马里奥斯·尼古拉乌: a country name that opens a first name (马里) is no country when the segmenter reads one
     * person's name across its end.
     */
    private static boolean personTokenAcross(List<dev.newsie.nlp.Token> tokens, Candidate place) {
        return dev.newsie.nlp.Tokens.overlapping(tokens, place.start(), place.end()).stream()
                .anyMatch(t -> t.tag().startsWith("nr") && t.start() <= place.start() && t.end() > place.end());
    }

    private boolean allTransliteration(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!transliteration.contains(text.charAt(i))) {
                return false;
            }
        }
        return to > from;
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

    /** The end of the last title that ends inside [from, to), or -1. */
    private int titleEndingIn(String text, int from, int to) {
        int best = -1;
        for (int i = from; i < to; i++) {
            for (String t : titles) {
                if (text.startsWith(t, i) && i + t.length() <= to) {
                    best = Math.max(best, i + t.length());
                }
            }
        }
        return best;
    }

    private void afterTitles(String text, List<Candidate> out, List<Candidate> places, List<dev.newsie.nlp.Token> tokens) {
        Set<Integer> kanjiNameEnds = new HashSet<>();
        for (int i = 0; i < text.length(); i++) {
            String title = titleAt(text, i);
            if (title == null) {
                continue;
            }
            // 副市长久保一郎、议长山川二郎: a title in a list after a Japanese or Korean name introduces another one
            boolean listAfterKanjiName = i > 0 && text.charAt(i - 1) == '、' && kanjiNameEnds.contains(i - 1);
            int p = i + title.length();
            boolean foreignContext = afterForeignPlace(text, places, i) || listAfterKanjiName;
            if (BYLINE_TITLES.contains(title) && p < text.length() && (text.charAt(p) == ':' || text.charAt(p) == '：')) {
                p++; // (编辑:李想)
            }
            while (p < text.length() && text.charAt(p) == ' ') {
                p++;
            }
            boolean first = true;
            while (p < text.length()) {
                int end = BYLINE_TITLES.contains(title) ? bylineName(text, p, places) : chineseName(text, p);
                if (end < 0 && !BYLINE_TITLES.contains(title)) {
                    end = japaneseNames.end(text, p, e -> isBoundary(text, e)); // 町长铃木一郎
                    if (end > 0) {
                        kanjiNameEnds.add(end);
                    }
                }
                if (end < 0 && first) {
                    end = foreignName(text, p);
                }
                if (end < 0 && first && foreignContext) {
                    end = kanjiName(text, p, tokens); // 日本神户市副市长小原一德: Japanese and Korean names are written in Han characters
                    if (end > 0) {
                        kanjiNameEnds.add(end);
                    }
                }
                if (end < 0) {
                    break;
                }
                boolean bylineSpace = BYLINE_TITLES.contains(title) && end + 1 < text.length() && text.charAt(end) == ' '
                        && Character.UnicodeScript.of(text.charAt(end + 1)) == Character.UnicodeScript.HAN;
                boolean listFollows = end < text.length() && (text.charAt(end) == '、' || text.charAt(end) == ',' || bylineSpace);
                if (GENERIC_TITLES.contains(title) && first && !listFollows && !isPunctuation(text, end)) {
                    break; // 领导向友城代表…: after a generic role word a name must stand in a list or before punctuation
                }
                out.add(new Candidate(p, end, EntityType.PERSON, text.substring(p, end), null, Candidate.Source.PATTERN));
                if (foreignContext) {
                    kanjiNameEnds.add(end); // 市长朴某某、副市长权某某: the list goes on in the same country
                }
                first = false;
                // A list of names after one title: 王焕清、张雅洁; in bylines also 张伟 李娜
                if (listFollows) {
                    p = end + 1;
                } else {
                    break;
                }
            }
            i = p - 1 > i ? p - 1 : i;
        }
    }


    /** Last characters of places that no personal name ends in. */
    private static final String PLACE_NAME_ENDS = "市省县町";
    /** Last characters of an unlisted place before its head's title (冈田町町长, 青山市市长), not of a name. */
    private static final String PLACE_SUFFIX_ENDS = "市省州县区町乡镇村道府郡";

    /** Characters before a name that stands before its title: punctuation, or the start of a line. */
    private static final String BEFORE_LEADING_NAME = "，,。;；、:：“”\n (（";
    /** 出身台南的吴某某市长: a name before its title may also follow 的. */
    private static final String BEFORE_NAME_AND_TITLE = BEFORE_LEADING_NAME + "的";

    /**
     * 市议会王小强议长, 、李大海主任: a Chinese or Japanese name written before its title, where an organisation or
     * place named by the segmenter, or punctuation, stands right before the name. The name must not be a place.
     */
    private void beforeTitles(String text, List<Candidate> out, List<Candidate> places, List<dev.newsie.nlp.Token> tokens) {
        for (int i = 2; i < text.length(); i++) {
            String title = titleAt(text, i);
            if (title == null || BYLINE_TITLES.contains(title) || GENERIC_TITLES.contains(title)) {
                continue;
            }
            for (int p = Math.max(0, i - 5); p <= i - 2; p++) {
                final int from = p, to = i;
                if (!leadingNameStart(text, p, tokens) || places.stream().anyMatch(c -> c.start() < to && c.end() > from)
                        || PLACE_SUFFIX_ENDS.indexOf(text.charAt(i - 1)) >= 0) { // 冈田町町长: a place and its head
                    continue;
                }
                int chinese = chineseNameEndingAt(text, p, i);
                int japanese = japaneseNames.end(text, p, e -> e == to);
                if (((chinese == i && i - p >= 3) || japanese == i) && segmenterAllowsName(text, tokens, p, i)) {
                    out.add(new Candidate(p, i, EntityType.PERSON, text.substring(p, i), null, Candidate.Source.PATTERN));
                    break;
                }
            }
        }
    }

    /** Last characters of the nouns that name a body (县政府, 市议会, 外事局, 友好协会). */
    private static final String BODY_ENDS = "会府院局部处所司社馆团";

    /**
     * Whether a name may start at {@code p}: after punctuation, at a line start, or right after a place or body
     * the segmenter names (an nt, ns or nz token, or a noun ending like a body's name).
     */
    private static boolean leadingNameStart(String text, int p, List<dev.newsie.nlp.Token> tokens) {
        if (p == 0 || BEFORE_NAME_AND_TITLE.indexOf(text.charAt(p - 1)) >= 0) {
            return true;
        }
        for (dev.newsie.nlp.Token t : dev.newsie.nlp.Tokens.overlapping(tokens, p - 1, p)) {
            boolean body = t.tag().startsWith("nt") || t.tag().startsWith("ns") || t.tag().equals("nz")
                    || (t.tag().startsWith("n") && BODY_ENDS.indexOf(t.word().charAt(t.word().length() - 1)) >= 0);
            if (t.end() == p && t.end() - t.start() >= 2 && body) {
                return true;
            }
        }
        return false;
    }

    /** {@code end} when [p, end) is a listed family name and one or two characters that end no name early, else -1. */
    private int chineseNameEndingAt(String text, int p, int end) {
        for (int surnameLen = 1; surnameLen <= 2; surnameLen++) {
            int given = end - p - surnameLen;
            if (given >= 1 && given <= 2 && listedSurnames.contains(text.substring(p, p + surnameLen))
                    && allHan(text, p, end) && !containsEnd(text, p + surnameLen, end)) {
                return end;
            }
        }
        return -1;
    }

    /**
     * 山田花子（某协会会长）, 朴成浩(某市议员): a name right before a bracket whose content ends in a title. The name
     * starts after punctuation; it is a Chinese or Japanese name, or two to four characters the segmenter reads
     * as a person's name or as single characters.
     */
    private void beforeBracketedTitles(String text, List<Candidate> out, List<Candidate> places, List<dev.newsie.nlp.Token> tokens) {
        for (int b = 2; b < text.length(); b++) {
            char open = text.charAt(b);
            if (open != '（' && open != '(') {
                continue;
            }
            int close = text.indexOf(open == '（' ? '）' : ')', b);
            if (close < 0 || close - b > 24 || !endsInTitle(text, b + 1, close)) {
                continue;
            }
            for (int p = Math.max(0, b - 4); p <= b - 2; p++) {
                final int from = p, to = b;
                if (!(p == 0 || BEFORE_LEADING_NAME.indexOf(text.charAt(p - 1)) >= 0) || !allHan(text, p, b)
                        || places.stream().anyMatch(c -> c.start() < to && c.end() > from)) {
                    continue;
                }
                boolean name = ((chineseName(text, p) == b || japaneseNames.end(text, p, e -> e == to) == b)
                        && segmenterAllowsName(text, tokens, p, b)) || segmenterReadsAsName(tokens, p, b);
                if (name && !containsEnd(text, p, b)) {
                    out.add(new Candidate(p, b, EntityType.PERSON, text.substring(p, b), null, Candidate.Source.PATTERN));
                }
                break;
            }
        }
    }

    private boolean endsInTitle(String text, int from, int to) {
        for (String t : titles) {
            if (to - from > t.length() && text.startsWith(t, to - t.length()) && !GENERIC_TITLES.contains(t) && !BYLINE_TITLES.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** Last characters of bodies' names (管委会, 文旅局, 办公室), which end no person's name. */
    private static final String BODY_HEAD_ENDS = "会局委办处部厅院所司社馆团室";

    /**
     * Whether [from, to) may be a name before a title: no word of the segmenter's crosses its ends (常务副市长 is one
     * title), and it does not end like a body's name (管委会主任, 文旅局局长).
     */
    private static boolean segmenterAllowsName(String text, List<dev.newsie.nlp.Token> tokens, int from, int to) {
        if (BODY_HEAD_ENDS.indexOf(text.charAt(to - 1)) >= 0) {
            return false;
        }
        for (dev.newsie.nlp.Token t : dev.newsie.nlp.Tokens.overlapping(tokens, from, to)) {
            if ((t.start() < from && t.end() > from) || (t.start() < to && t.end() > to)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every token in [from, to) is a person-name token or a single character, and one is a name token. */
    private static boolean segmenterReadsAsName(List<dev.newsie.nlp.Token> tokens, int from, int to) {
        boolean nameToken = false;
        for (dev.newsie.nlp.Token t : dev.newsie.nlp.Tokens.overlapping(tokens, from, to)) {
            if (t.start() < from || t.end() > to) {
                return false;
            }
            boolean person = t.tag().startsWith("nr");
            nameToken |= person;
            if (!person && t.end() - t.start() > 1) {
                return false;
            }
        }
        return nameToken;
    }

    /** (张三 李四) right after a dateline's 电 or 讯, or closing a paragraph: the reporters' names. */
    private static final Pattern BRACKET_BYLINE = Pattern.compile("[(（]((?:\\p{IsHan}{2,3}[ 、　]?){1,4})[)）]");

    /** Reporters in brackets after the dateline or at a paragraph's end; each name starts with a family name. */
    private void bracketBylines(String text, List<Candidate> out) {
        Matcher m = BRACKET_BYLINE.matcher(text);
        while (m.find()) {
            boolean dateline = m.start() > 0 && "电讯".indexOf(text.charAt(m.start() - 1 - (text.charAt(m.start() - 1) == ' ' && m.start() > 1 ? 1 : 0))) >= 0;
            boolean closing = m.end() == text.length() || text.charAt(m.end()) == '\n';
            if (!dateline && !closing) {
                continue;
            }
            List<Candidate> names = new ArrayList<>();
            Matcher part = HAN_RUN.matcher(text).region(m.start(1), m.end(1));
            while (part.find()) {
                String n = part.group();
                if (n.length() > 3 || !(dateline || surnames.contains(n.substring(0, 1)) || surnames.contains(n.substring(0, 2)))) {
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
            int end = chineseName(text, p);
            if (end < 0) {
                continue;
            }
            final int e = end;
            if (speechVerbs.stream().anyMatch(v -> text.startsWith(v, e))) {
                out.add(new Candidate(p, end, EntityType.PERSON, text.substring(p, end), null, Candidate.Source.WEAK));
            }
        }
    }

    private String titleAt(String text, int i) {
        for (String t : titles) {
            if (text.startsWith(t, i)) {
                return t;
            }
        }
        return null;
    }

    /** End of a family name + one or two characters at {@code p} that ends at a name boundary; -1 if none. */
    int chineseName(String text, int p) {
        for (int surnameLen = 2; surnameLen >= 1; surnameLen--) {
            if (p + surnameLen > text.length() || !surnames.contains(text.substring(p, p + surnameLen))) {
                continue;
            }
            for (int given = 2; given >= 1; given--) {
                int end = p + surnameLen + given;
                if (end > text.length() || !allHan(text, p, end) || containsEnd(text, p + surnameLen, end)) {
                    continue;
                }
                if (isBoundary(text, end)) {
                    return end;
                }
            }
        }
        return -1;
    }

    /**
     * In bylines any two or three characters before a separator are a name (记者有之炘、黄安琪), family name
     * list or not: reporters' names are followed by 、, a bracket, a space, 摄 or 报道, or (Taiwan's 〔记者X／台北报导〕)
     * by the slash before the place of the report.
     */
    private static int bylineName(String text, int p, List<Candidate> places) {
        for (int len = 3; len >= 2; len--) {
            final int e = p + len;
            if (e <= text.length() && allHan(text, p, e) && places.stream().anyMatch(c -> c.start() == e)) {
                return e; // 记者林小明台北25日电: the dateline's place follows the name
            }
            int end = p + len;
            if (len == 3 && end <= text.length() && "摄报讯电".indexOf(text.charAt(end - 1)) >= 0) {
                continue; // 李妍摄: the name is 李妍
            }
            if (end <= text.length() && allHan(text, p, end)
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
        return places.stream().anyMatch(c -> c.end() <= titleStart && titleStart - c.end() <= 3
                && MISSION_OR_FORMER.matcher(text.substring(c.end(), titleStart)).matches() && (c.type() == EntityType.COUNTRY
                ? KANJI_NAME_COUNTRIES.contains(c.name()) : c.country() != null && !c.country().equals("中国")));
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
            if (e <= text.length() && allHan(text, p, e) && !containsEnd(text, p, e) && isBoundary(text, e)
                    && dev.newsie.nlp.Tokens.overlapping(tokens, e - 1, e).stream().noneMatch(t -> t.start() < e && t.end() > e)) {
                return e;
            }
        }
        return -1;
    }

    /** A one-part transliterated name of 2–4 characters after a title (州长拉卡瓦). */
    private int foreignName(String text, int p) {
        int e = p;
        while (e < text.length() && e - p < 4 && transliteration.contains(text.charAt(e)) && NAME_END.indexOf(text.charAt(e)) < 0) {
            e++;
        }
        return e - p >= 2 && isBoundary(text, e) ? e : -1;
    }

    /** The characters of transliterated names (models/transliteration-chars.tsv). */
    public Set<Character> transliterationCharacters() {
        return transliteration;
    }

    /** Whether a backend's PERSON mention has the shape of a name: family name + 1–2, interpunct parts, or a transliteration. */
    public boolean looksLikeName(String s) {
        if (s.length() < 2 || s.length() > 16) {
            return false;
        }
        if (DOTTED.matcher(s).matches()) {
            return true;
        }
        if (s.length() == 3 && chineseName(s, 0) == s.length()) {
            return true; // two-character "names" from a backend are mostly words (齐聚); titles find the real ones
        }
        return s.length() <= 5 && s.chars().allMatch(c -> transliteration.contains((char) c)) && !containsEnd(s, 0, s.length());
    }

    private static boolean containsEnd(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (NAME_END.indexOf(t.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean allHan(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.UnicodeScript.of(t.charAt(i)) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPunctuation(String t, int i) {
        return i >= t.length() || "、,，。;；:：!！?？)）”\n ".indexOf(t.charAt(i)) >= 0;
    }

    private boolean isBoundary(String t, int i) {
        if (i >= t.length()) {
            return true;
        }
        char c = t.charAt(i);
        return Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN || NAME_END.indexOf(c) >= 0
                || afterNameWords.stream().anyMatch(w -> t.startsWith(w, i));
    }
}
