package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;
import dev.newsie.nlp.Token;
import dev.newsie.nlp.Tokens;

import java.util.List;

/**
 * Chinese and Japanese names written before their title (市议会王小强议长) or before a bracket whose content ends
 * in a title (山田花子（某协会会长）): where such a name may start, and which spans the segmenter allows as one.
 */
final class NamesBeforeTitles {
    private final NameShapes shapes;
    private final JapaneseNames japaneseNames;

    NamesBeforeTitles(NameShapes shapes, JapaneseNames japaneseNames) {
        this.shapes = shapes;
        this.japaneseNames = japaneseNames;
    }

    /** Last characters of an unlisted place before its head's title (冈田町町长, 青山市市长), not of a name. */
    private static final String PLACE_SUFFIX_ENDS = "市省州县区町乡镇村道府郡";

    /** Words that make a title an acting one (代理市长, 署理局长): what ends in them before a title is no given name. */
    private static final List<String> ACTING = List.of("代理", "署理");

    /** 前 (former) written between a name and its title: 某某前县长 is a former county head named 某某. */
    static final String FORMER = "前";
    /** Words ending in 前 that are no former's mark (目前, 日前, 此前, 之前, 以前, 会前, 生前, 提前, 面前, 当前, 行前). */
    private static final java.util.Set<String> WORDS_ENDING_IN_FORMER = java.util.Set.of(
            "目前", "日前", "此前", "之前", "以前", "会前", "生前", "提前", "面前", "当前", "行前", "事前", "空前", "跟前", "眼前");

    /** Last characters that join a grade or a second office to a title (常务副秘书长, 董事兼总裁), not of a name. */
    private static final String TITLE_LINK_ENDS = "副兼";

    /** Characters before a name that stands before its title: punctuation, or the start of a line. */
    private static final String BEFORE_LEADING_NAME = "，,。;；、:：“”\n (（";
    /** 颁发证书予某某前议长, 颁给某某市长: the preposition or verb of giving ends right before the recipient's name. */
    private static final String RECIPIENT_MARKERS = "予给";
    /** 出身甲地的吴某某市长: a name before its title may also follow 的, or a marker of giving. */
    private static final String BEFORE_NAME_AND_TITLE = BEFORE_LEADING_NAME + "的" + RECIPIENT_MARKERS;

    /**
     * 市议会王小强议长, 、李大海主任: a Chinese or Japanese name written before its title, where an organisation or
     * place named by the segmenter, or punctuation, stands right before the name. The name must not be a place.
     */
    void beforeTitles(String text, List<Candidate> out, List<Candidate> places, List<Token> tokens) {
        for (int i = 2; i < text.length(); i++) {
            String title = shapes.titleAt(text, i);
            boolean address = title != null && ADDRESS_WORDS.contains(title); // 某川某郎先生: only a Japanese name's shape is read before one
            if (title == null || NameShapes.BYLINE_TITLES.contains(title) || NameShapes.GENERIC_TITLES.contains(title) && !address) {
                continue;
            }
            // 屏东潘某某前县长: 前 (former) before the title belongs to the title, and the name ends before it
            int end = FORMER.equals(text.substring(i - 1, i)) && !WORDS_ENDING_IN_FORMER.contains(text.substring(Math.max(0, i - 2), i))
                    ? i - 1 : i;
            for (int p = Math.max(0, end - 5); p <= end - 2; p++) {
                final int from = p, to = end;
                boolean afterJapanesePlace = afterPlaceInJapan(places, p);
                boolean familyName = familyNameAlone(text, tokens, title, p, end);
                int japanese = japaneseNames.end(text, p, e -> e == to);
                boolean japaneseShape = japanese == end || familyName;
                if (address && !japaneseShape) {
                    continue;
                }
                if (!(leadingNameStart(text, p, tokens) || afterJapanesePlace || (familyName || address && japaneseShape) && wordEndsAt(tokens, p) && !insideTitle(text, p)
                        || fullNameAfterPredicateWord(text, p, end, tokens))
                        || places.stream().anyMatch(c -> c.start() < to && c.end() > from)
                        || PLACE_SUFFIX_ENDS.indexOf(text.charAt(end - 1)) >= 0 // 冈田町町长: a place and its head
                        || TITLE_LINK_ENDS.indexOf(text.charAt(end - 1)) >= 0 // 常务副 + 秘书长: the title's own grade
                        || ACTING.stream().anyMatch(w -> text.startsWith(w, to - w.length()))) { // 陈代理 + 市长: a family name and an acting head's title
                    continue;
                }
                int chinese = Math.max(chineseNameEndingAt(text, p, end), segmenterNameOfRarerFamily(text, p, end, tokens));
                if (familyName) {
                    out.add(new Candidate(p, end, EntityType.PERSON, text.substring(p, end), null, Candidate.Source.PATTERN));
                    break;
                }
                if (((chinese == end && end - p >= 3 && !afterJapanesePlace) || japanese == end)
                        && (segmenterAllowsName(text, tokens, p, end) || japanese == end && japaneseGivenNameEnd(text, tokens, p, end))) {
                    out.add(new Candidate(p, end, EntityType.PERSON, text.substring(p, end), null, Candidate.Source.PATTERN));
                    break;
                }
            }
        }
    }

    /**
     * 会上某上女士介绍, 由某本总领事主持: a listed Japanese family name alone before a person's title or form of address, which
     * the segmenter reads as one person's name (nr), is how Japanese usage names a person (surname + title). Not
     * before the title of a place's office (某山市长 is a city's mayor) or a company's; where the text gives the full
     * name too, {@link PersonRecognizer} drops the family name as the same person's form of address.
     */
    private boolean familyNameAlone(String text, List<Token> tokens, String title, int p, int end) {
        Token t = Tokens.exactly(tokens, p, end);
        return t != null && t.tag().startsWith("nr") && japaneseNames.surnameLength(text.substring(p, end)) == end - p
                && !placeOrCorporateTitle(title);
    }

    /**
     * Whether [p, end) is a listed Japanese family name alone before a person's title or form of address (某田议长,
     * 某田前议长), as {@link #beforeTitles} reads one: {@link PersonRecognizer} drops only such a form of address where
     * the text gives the full name too, not a family name read alone elsewhere.
     */
    boolean familyNameAloneBeforeTitle(String text, List<Token> tokens, int p, int end) {
        String title = shapes.titleAt(text, end);
        if (title == null && text.startsWith(FORMER, end)) {
            title = shapes.titleAt(text, end + FORMER.length());
        }
        return title != null && familyNameAlone(text, tokens, title, p, end);
    }

    /**
     * Whether the segmenter ends a word right at {@code p} (or the text starts there): a Japanese name before a form of
     * address (老朋友某川某郎先生), or a family name the segmenter reads as a person's before a title (由某本总领事),
     * may follow any word, since the family name list and the address, not the word before, vouch for it.
     */
    private static boolean wordEndsAt(List<Token> tokens, int p) {
        return p == 0 || Tokens.overlapping(tokens, p - 1, p).stream().anyMatch(t -> t.end() == p);
    }

    /** Most characters of a title before a name that the name's start may cut (市长, 总领事). */
    private static final int LONGEST_TITLE_BEFORE = 4;

    /**
     * Whether a title written before {@code p} runs past it (市长 + 田村某某 read as 长田 + 村某某): the name starts
     * after the title, not inside it.
     */
    private boolean insideTitle(String text, int p) {
        for (int q = Math.max(0, p - LONGEST_TITLE_BEFORE); q < p; q++) {
            String t = shapes.titleAt(text, q);
            if (t != null && q + t.length() > p) {
                return true;
            }
        }
        return false;
    }

    /** Forms of address among the generic titles, written after a name as a title is, from {@code models/address-words.tsv}. */
    private static final java.util.Set<String> ADDRESS_WORDS =
            ModelFile.read("address-words.tsv", 1).stream().map(r -> r.get(0)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Fewest and most characters of a foreign name written before its title without an interpunct. */
    static final int MIN_FOREIGN_BEFORE_TITLE = 3;
    static final int MAX_FOREIGN_BEFORE_TITLE = 8;
    /** One-character words that introduce the person met or joined with (同某某总统会谈, 与某某州长签署). */
    private static final String JOINING_WORDS = "同与和及";

    /**
     * 、某某某夫斯基州长(某国), 同某某耶夫总统会谈: a foreign name written the Russian or Central Asian way, before its
     * title, in transliteration characters only and without an interpunct, after punctuation or a one-character word
     * of meeting or joining. The longest such run is the name; a run that is or reaches into a place (某某亚总理, an
     * unlisted city before 市长) is none, so titles of a place's office (市长, 州长, 副省长, 代理县长) and a company's
     * titles (总裁, 董事长; {@code models/corporate-titles.tsv}), which a place's or a company's name precedes, are
     * left out — except in a roster that names the office's place or the company in brackets after the title
     * (某某州长(某国某州)).
     */
    void transliteratedBeforeTitles(String text, List<Candidate> out, List<Candidate> places, List<Token> tokens) {
        for (int i = MIN_FOREIGN_BEFORE_TITLE; i < text.length(); i++) {
            String title = shapes.titleAt(text, i);
            if (!NameShapes.isOfficeTitle(title) || (placeOrCorporateTitle(title) && !bracketAfter(text, i + title.length()))) {
                continue;
            }
            for (int p = Math.max(0, i - MAX_FOREIGN_BEFORE_TITLE); p <= i - MIN_FOREIGN_BEFORE_TITLE; p++) {
                final int from = p, to = i;
                if (!shapes.allTransliteration(text, p, i) || !foreignNameStart(text, p, tokens)
                        || places.stream().anyMatch(c -> c.start() < to && c.end() > from)
                        || shapes.commonWords.contains(text.substring(p, i)) || !segmenterAllowsSpan(text, tokens, p, i)) {
                    continue;
                }
                out.add(new Candidate(p, i, EntityType.PERSON, text.substring(p, i), null, Candidate.Source.PATTERN));
                break;
            }
        }
    }

    /** Place suffixes that open the title of a place's office (市长, 州长, 省长, 县长, 区长). */
    private static final String PLACE_OFFICE_OPENINGS = "市州省县区";
    /** Words of a company's titles, from {@code models/corporate-titles.tsv}. */
    private static final List<String> CORPORATE_TITLE_WORDS =
            ModelFile.read("corporate-titles.tsv", 1).stream().map(r -> r.get(0)).toList();

    /** Whether a bracket opens at {@code pos} (a roster's 州长(某国某州)). */
    private static boolean bracketAfter(String text, int pos) {
        return pos < text.length() && (text.charAt(pos) == '(' || text.charAt(pos) == '（');
    }

    /** Whether {@code title}, past its words of rank (副, 代理; {@link RankedTitles}), opens with a place suffix, or is a company's title. */
    static boolean placeOrCorporateTitle(String title) {
        return CORPORATE_TITLE_WORDS.stream().anyMatch(title::contains)
                || PLACE_OFFICE_OPENINGS.indexOf(RankedTitles.pastRanks(title).charAt(0)) >= 0;
    }

    /** After punctuation or a line start, or right after a one-character word of meeting or joining (同, 与). */
    private static boolean foreignNameStart(String text, int p, List<Token> tokens) {
        if (p == 0 || BEFORE_LEADING_NAME.indexOf(text.charAt(p - 1)) >= 0) {
            return true;
        }
        return JOINING_WORDS.indexOf(text.charAt(p - 1)) >= 0
                && Tokens.overlapping(tokens, p - 1, p).stream().anyMatch(t -> t.start() == p - 1 && t.end() == p);
    }

    /**
     * 日本某某县冈田某某知事: a Japanese name written the Japanese way, before its title, right after the place in Japan
     * whose office it holds (the segmenter often splits the family name's first character off as a word of its own).
     */
    private static boolean afterPlaceInJapan(List<Candidate> places, int p) {
        return places.stream().anyMatch(c -> c.end() == p && c.type() != EntityType.COUNTRY && "日本".equals(c.country()));
    }

    /** Verbs of appointing that open 某某为顾问 (聘请某某为顾问, 推选某某为会长). */
    private static final List<String> APPOINTING = List.of("聘请", "邀请", "推选", "推举", "选举", "任命", "聘任", "特聘", "增补");
    /** Honorary and acting grades written before a title (名誉会长, 荣誉主席, 常务副会长). */
    static final List<String> TITLE_GRADES = List.of("名誉", "荣誉", "常务", "执行");
    /** What stands before the first name of such a clause besides a verb of appointing. */
    private static final String BEFORE_APPOINTED = "，,；;：:\n";

    /**
     * 聘请某某为顾问, 某某、某某为名誉会长: names appointed to a title with 为, after a verb of appointing or a comma, and
     * the names of a 、-list before them. Chinese names of three or four characters only (a family name and a given
     * name of one character is too often a word).
     */
    void appointedAs(String text, List<Candidate> out, List<Candidate> places, List<Token> tokens) {
        for (int i = 3; i + 1 < text.length(); i++) {
            if (text.charAt(i) != '为' || !titleAfter(text, i + 1)) {
                continue;
            }
            int end = i;
            boolean more = true;
            while (more) {
                more = false;
                for (int p = Math.max(0, end - 4); p <= end - 3; p++) {
                    final int from = p, to = end;
                    if (chineseNameEndingAt(text, p, end) != end || !segmenterAllowsName(text, tokens, p, end)
                            || places.stream().anyMatch(c -> c.start() < to && c.end() > from) || !appointedNameStart(text, p)) {
                        continue;
                    }
                    out.add(new Candidate(p, end, EntityType.PERSON, text.substring(p, end), null, Candidate.Source.PATTERN));
                    if (p > 0 && text.charAt(p - 1) == '、') {
                        end = p - 1;
                        more = true;
                    }
                    break;
                }
            }
        }
    }

    private boolean titleAfter(String text, int at) {
        for (String grade : TITLE_GRADES) {
            if (text.startsWith(grade, at)) {
                at += grade.length();
                break;
            }
        }
        String title = shapes.titleAt(text, at);
        return NameShapes.isOfficeTitle(title);
    }

    private static boolean appointedNameStart(String text, int p) {
        return p == 0 || BEFORE_APPOINTED.indexOf(text.charAt(p - 1)) >= 0 || text.charAt(p - 1) == '、'
                || APPOINTING.stream().anyMatch(v -> text.startsWith(v, p - v.length()));
    }

    /** Prepositions that introduce the person who leads or meets (由某某团长率团, 与某某市长会谈). */
    private static final String AGENT_PREPOSITIONS = "由与";

    /** Last characters of the nouns that name a body (县政府, 市议会, 外事局, 友好协会). */
    private static final String BODY_ENDS = "会府院局部处所司社馆团";

    /**
     * Whether a name may start at {@code p}: after punctuation, at a line start, or right after a place or body
     * the segmenter names (an nt, ns or nz token, or a noun ending like a body's name).
     */
    private static boolean leadingNameStart(String text, int p, List<Token> tokens) {
        if (p == 0 || BEFORE_NAME_AND_TITLE.indexOf(text.charAt(p - 1)) >= 0) {
            return true;
        }
        for (Token t : Tokens.overlapping(tokens, p - 1, p)) {
            if (t.end() == p && t.start() == p - 1 && AGENT_PREPOSITIONS.indexOf(t.word().charAt(0)) >= 0) {
                return true; // 由某某团长率团: the preposition is a word of its own, so 由于 and 与会 never open a name
            }
            boolean body = t.tag().startsWith("nt") || t.tag().startsWith("ns") || t.tag().equals("nz")
                    || (t.tag().startsWith("n") && BODY_ENDS.indexOf(t.word().charAt(t.word().length() - 1)) >= 0);
            if (t.end() == p && t.end() - t.start() >= 2 && body) {
                return true;
            }
        }
        return false;
    }

    /** Segmenter tags of words after which a clause's object or a new subject starts: verbs and time words (递交, 本月). */
    private static final String PREDICATE_OR_TIME_TAGS = "vt";
    /** Characters of a full Chinese name: a one-character family name and a two-character given name. */
    private static final int FULL_NAME = 3;

    /**
     * 代为递交某某某会长的贺信, 本月某某某副主任曾: a full three-character name before its title may also follow the verb whose
     * object it is, or the time word that opens its clause, where the segmenter reads no common word over it (宣布 +
     * 黄金周 is a holiday); a shorter run there is too often the end of a longer word.
     */
    private static boolean fullNameAfterPredicateWord(String text, int p, int end, List<Token> tokens) {
        Token whole = Tokens.exactly(tokens, p, end);
        return end - p == FULL_NAME && NameShapes.allHan(text, p, end)
                && (whole == null || whole.tag().startsWith("nr") || whole.tag().equals("nz"))
                && Tokens.overlapping(tokens, p - 1, p).stream()
                .anyMatch(t -> t.end() == p && t.end() - t.start() >= 2 && !t.tag().isEmpty()
                        && PREDICATE_OR_TIME_TAGS.indexOf(t.tag().charAt(0)) >= 0);
    }

    /**
     * {@code end} when [p, end) is three characters that the segmenter reads as one proper name (nr, nz) and that open
     * with a family name of HanLP's dictionary too rare for the listed ones (HanLP lists them, surnames.tsv does not), else -1: before a title, the
     * segmenter's one word is the name.
     */
    private int segmenterNameOfRarerFamily(String text, int p, int end, List<Token> tokens) {
        Token t = Tokens.exactly(tokens, p, end);
        return end - p == FULL_NAME && t != null && (t.tag().startsWith("nr") || t.tag().equals("nz"))
                && shapes.surnames.contains(text.substring(p, p + 1)) && NameShapes.allHan(text, p, end)
                && !NameShapes.containsEnd(text, p + 1, end) ? end : -1;
    }

    /** {@code end} when [p, end) is a listed family name and one or two characters that end no name early, else -1. */
    private int chineseNameEndingAt(String text, int p, int end) {
        for (int surnameLen = 1; surnameLen <= 2; surnameLen++) {
            int given = end - p - surnameLen;
            if (given >= 1 && given <= 2 && shapes.listedSurnames.contains(text.substring(p, p + surnameLen))
                    && NameShapes.allHan(text, p, end) && !NameShapes.containsEnd(text, p + surnameLen, end)) {
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
    void beforeBracketedTitles(String text, List<Candidate> out, List<Candidate> places, List<Token> tokens) {
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
                if (!(p == 0 || BEFORE_LEADING_NAME.indexOf(text.charAt(p - 1)) >= 0) || !NameShapes.allHan(text, p, b)
                        || places.stream().anyMatch(c -> c.start() < to && c.end() > from)) {
                    continue;
                }
                boolean name = ((shapes.chineseName(text, p) == b || japaneseNames.end(text, p, e -> e == to) == b)
                        && segmenterAllowsName(text, tokens, p, b)) || segmenterReadsAsName(tokens, p, b);
                if (name && !NameShapes.containsEnd(text, p, b)) {
                    out.add(new Candidate(p, b, EntityType.PERSON, text.substring(p, b), null, Candidate.Source.PATTERN));
                }
                break;
            }
        }
    }

    private boolean endsInTitle(String text, int from, int to) {
        for (String t : shapes.titles) {
            if (to - from > t.length() && text.startsWith(t, to - t.length()) && NameShapes.isOfficeTitle(t)) {
                return true;
            }
        }
        return false;
    }

    /** Last characters of bodies' names (管委会, 文旅局, 办公室), which end no person's name. */
    private static final String BODY_HEAD_ENDS = "会局委办处部厅院所司社馆团室";

    /** Japanese given names' last characters that also end bodies' names (健司, 幸司 as 公司; 和馆 no: 馆 ends none). */
    private static final String JAPANESE_GIVEN_BODY_ENDS = "司";
    /** Words that end in such a character and name a body or a rank, never a given name (公司, 上司). */
    private static final List<String> BODY_WORDS_OF_GIVEN_ENDS = List.of("公司", "上司");

    /**
     * 予长谷川健司前议长: a listed Japanese family name and a given name ending in 司, which also ends 公司, is still a
     * name where the segmenter allows it otherwise.
     */
    private static boolean japaneseGivenNameEnd(String text, List<Token> tokens, int from, int to) {
        return JAPANESE_GIVEN_BODY_ENDS.indexOf(text.charAt(to - 1)) >= 0 && BODY_WORDS_OF_GIVEN_ENDS.stream().noneMatch(w -> text.startsWith(w, to - w.length()))
                && segmenterAllowsSpan(text, tokens, from, to);
    }

    /**
     * Whether [from, to) may be a name before a title: no word of the segmenter's crosses its ends (常务副市长 is one
     * title), and it does not end like a body's name (管委会主任, 文旅局局长).
     */
    private static boolean segmenterAllowsName(String text, List<Token> tokens, int from, int to) {
        return BODY_HEAD_ENDS.indexOf(text.charAt(to - 1)) < 0 && segmenterAllowsSpan(text, tokens, from, to);
    }

    private static boolean segmenterAllowsSpan(String text, List<Token> tokens, int from, int to) {
        for (Token t : Tokens.overlapping(tokens, from, to)) {
            boolean gluedParticle = t.start() == from - 1 && (text.charAt(from - 1) == '的' // 的寺 + 田和夫: the segmenter glues 的 to a rare first character
                    || RECIPIENT_MARKERS.indexOf(text.charAt(from - 1)) >= 0); // 予长 + 谷川某某: or the giving's preposition
            boolean gluedFormer = t.end() == to + 1 && text.startsWith(FORMER, to); // 某某一郎 + 前议长: or 前 to the given name's last one
            if ((t.start() < from && t.end() > from && !gluedParticle) || (t.start() < to && t.end() > to && !gluedFormer)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every token in [from, to) is a person-name token or a single character, and one is a name token. */
    private static boolean segmenterReadsAsName(List<Token> tokens, int from, int to) {
        boolean nameToken = false;
        for (Token t : Tokens.overlapping(tokens, from, to)) {
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
}
