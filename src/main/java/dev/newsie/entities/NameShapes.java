package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.nlp.Token;
import dev.newsie.nlp.Tokens;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a person's name looks like in the text: the lexicons of titles, family names, transliteration characters,
 * verbs of speaking and words after names, and the tests of a name's shape and ends that all of
 * {@link PersonRecognizer}'s rules share.
 */
final class NameShapes {
    /** Characters that end a name: verbs, prepositions, particles and punctuation that follow names in news. */
    static final String NAME_END = "表说在的对致介认看等和与举还则是了为以将也都向就从被把给及并告称指到于即率陪谈访共摄报今昨";
    /**
     * Characters of {@link #NAME_END} that also end given names (林明介, 张淑和, 佐藤英介): as a name's last character
     * one is taken only where a clear boundary follows it ({@link #closesName}).
     */
    static final String GIVEN_FINALS = "介和";
    /**
     * Characters of {@link #NAME_END} that as words are prepositions, conjunctions or adverbs: one always leads the
     * words after it, so where punctuation or a bracket follows it directly it is no word of its own but a given
     * name's last character (书记甲乙则，, 某某人士甲乙为(Latin gloss)).
     */
    static final String LEADING_WORDS = "在对和与为以将向从被把给及并于则即也都就还";
    /** Punctuation that no preposition, conjunction or adverb stands right before. */
    private static final String CLOSING_MARKS = "，,、。；;：:（(）)！!？?”\n";
    /** Words that may follow a conjunction or particle and so do not show that a name ended before them (与会, 和在场). */
    private static final String FOLLOWS_JOIN = "在对向从为将把被给于";
    /** Byline roles ({@code models/person-title-kinds.tsv} byline): the names after them need not start with a listed family name. */
    static final Set<String> BYLINE_TITLES;
    /** Role words that also stand before verbs and prepositions ({@code models/person-title-kinds.tsv} generic). */
    static final Set<String> GENERIC_TITLES;

    static {
        Set<String> byline = new HashSet<>(), generic = new HashSet<>();
        for (ModelFile.Row r : ModelFile.read("person-title-kinds.tsv", 2)) {
            switch (r.get(1)) {
                case "byline" -> byline.add(r.get(0));
                case "generic" -> generic.add(r.get(0));
                default -> throw r.error("kind must be byline or generic, not '" + r.get(1) + "'");
            }
        }
        BYLINE_TITLES = Set.copyOf(byline);
        GENERIC_TITLES = Set.copyOf(generic);
    }

    /**
     * Whether a title found is an office's (市长, 议长), which a name follows or precedes without doubt: a byline role
     * heads a credit line and a generic role word may be a verb or an address, so neither is one.
     */
    static boolean isOfficeTitle(String title) {
        return title != null && !BYLINE_TITLES.contains(title) && !GENERIC_TITLES.contains(title);
    }

    final List<String> titles;
    /** The titles by their first character, longest first: every position of every sentence is tried, so the lookup is by index. */
    private final Map<Character, List<String>> titlesByFirst;
    final Set<String> surnames;
    final Set<String> listedSurnames;
    final Set<Character> transliteration;
    /**
     * {@link #transliteration} and the characters of HanLP's transliterated-name dictionary: the syllables of Slavic,
     * Central Asian and African names use characters outside the hand table ({@link ForeignHeadsNamedInOnePart}).
     */
    final Set<Character> transliterationWithHanLp;
    /** Verbs whose subject is often a bare name (models/person-context.tsv SPEECH_VERB). */
    final List<String> speechVerbs;
    /** Words that mark where a name ends (models/person-context.tsv AFTER_NAME). */
    final List<String> afterNameWords;
    /**
     * Credit words written after a name (王芳摄, 李明供稿): models/person-context.tsv CREDIT and PHOTO_CREDIT (the photo's
     * credit words, also in {@link #photoCreditWords}).
     */
    final List<String> creditWords;
    /** The credit words of a photo (摄, 供图), which may close a caption's sentence (models/person-context.tsv PHOTO_CREDIT). */
    final Set<String> photoCreditWords;
    /** Ordinary words that open with a family name's character (包括, 曾在, 余名) (models/person-context.tsv COMMON_WORD). */
    final Set<String> commonWords;
    /** Words of the way someone takes part (线上, 视频) written right after a name (models/person-context.tsv MANNER_WORD). */
    final List<String> mannerWords;
    /**
     * One-character suffixes that make a title a noun of its group or body (代表团, 议员们, 董事会; models/person-context.tsv
     * TITLE_SUFFIX): right after a title, no name opens on one.
     */
    final String titleSuffixes;

    /**
     * @param surnames the listed family names
     * @param learntSurnames family names from HanLP's dictionary: names starting with one are taken only where
     *                       the segmenter does not read them as an ordinary word (领事官员 is no 官员)
     */
    NameShapes(List<String> titles, Set<String> surnames, Set<String> learntSurnames, Set<Character> transliteration,
               List<String> speechVerbs, List<String> afterNameWords) {
        this(titles, surnames, learntSurnames, transliteration, speechVerbs, afterNameWords, List.of());
    }

    NameShapes(List<String> titles, Set<String> surnames, Set<String> learntSurnames, Set<Character> transliteration,
               List<String> speechVerbs, List<String> afterNameWords, List<String> creditWords) {
        this(titles, surnames, learntSurnames, transliteration, speechVerbs, afterNameWords, creditWords, Set.of());
    }

    NameShapes(List<String> titles, Set<String> surnames, Set<String> learntSurnames, Set<Character> transliteration,
               List<String> speechVerbs, List<String> afterNameWords, List<String> creditWords, Set<String> commonWords) {
        this(titles, surnames, learntSurnames, transliteration, withHanLp(transliteration), speechVerbs, afterNameWords,
                creditWords, Set.of(), commonWords, List.of(), "");
    }

    private NameShapes(List<String> titles, Set<String> surnames, Set<String> learntSurnames, Set<Character> transliteration,
               Set<Character> transliterationWithHanLp, List<String> speechVerbs, List<String> afterNameWords,
               List<String> creditWords, Set<String> photoCreditWords, Set<String> commonWords, List<String> mannerWords,
               String titleSuffixes) {
        this.titleSuffixes = titleSuffixes;
        this.photoCreditWords = Set.copyOf(photoCreditWords);
        this.commonWords = Set.copyOf(commonWords);
        this.mannerWords = List.copyOf(mannerWords);
        List<String> t = new ArrayList<>(titles);
        t.sort(Comparator.comparingInt(String::length).reversed());
        this.titles = List.copyOf(t);
        Map<Character, List<String>> byFirst = new HashMap<>();
        for (String title : this.titles) {
            if (!title.isEmpty()) {
                byFirst.computeIfAbsent(title.charAt(0), c -> new ArrayList<>()).add(title);
            }
        }
        byFirst.replaceAll((c, list) -> List.copyOf(list));
        this.titlesByFirst = Map.copyOf(byFirst);
        this.listedSurnames = Set.copyOf(surnames);
        Set<String> all = new HashSet<>(surnames);
        all.addAll(learntSurnames);
        this.surnames = Set.copyOf(all);
        this.transliteration = Set.copyOf(transliteration);
        this.transliterationWithHanLp = Set.copyOf(transliterationWithHanLp);
        this.speechVerbs = List.copyOf(speechVerbs);
        this.afterNameWords = List.copyOf(afterNameWords);
        List<String> c = new ArrayList<>(creditWords);
        c.sort(Comparator.comparingInt(String::length).reversed());
        this.creditWords = List.copyOf(c);
    }

    static NameShapes load() {
        List<String> titles = new ArrayList<>(ModelFile.read("person-titles.tsv", 1).stream().map(r -> r.get(0)).toList());
        Set<String> surnames = new HashSet<>();
        ModelFile.read("surnames.tsv", 1).forEach(r -> surnames.add(r.get(0)));
        Set<Character> chars = dev.newsie.canon.TransliterationCharacters.load();
        List<String> speech = new ArrayList<>(), after = new ArrayList<>(), credit = new ArrayList<>(), manner = new ArrayList<>();
        Set<String> common = new HashSet<>(), photo = new HashSet<>();
        StringBuilder suffixes = new StringBuilder();
        for (ModelFile.Row r : ModelFile.read("person-context.tsv", 2)) {
            switch (r.get(0)) {
                case "SPEECH_VERB" -> speech.add(r.get(1));
                case "AFTER_NAME" -> after.add(r.get(1));
                case "CREDIT" -> credit.add(r.get(1));
                case "PHOTO_CREDIT" -> {
                    credit.add(r.get(1));
                    photo.add(r.get(1));
                }
                case "COMMON_WORD" -> common.add(r.get(1));
                case "MANNER_WORD" -> manner.add(r.get(1));
                case "QUOTE_LEAD" -> { } // a word that leads only a quotation: read by QuotedPhrases
                case "TITLE_SUFFIX" -> {
                    if (r.get(1).length() != 1) {
                        throw r.error("a TITLE_SUFFIX is one character, not '" + r.get(1) + "'");
                    }
                    suffixes.append(r.get(1));
                }
                default -> throw r.error("unknown role '" + r.get(0) + "' (SPEECH_VERB, AFTER_NAME, CREDIT, PHOTO_CREDIT, COMMON_WORD, MANNER_WORD, QUOTE_LEAD or TITLE_SUFFIX)");
            }
        }
        return new NameShapes(titles, surnames, dev.newsie.nlp.HanLpSurnames.characters(), chars, withHanLp(chars), speech, after,
                credit, photo, common, manner, suffixes.toString());
    }

    private static Set<Character> withHanLp(Set<Character> transliteration) {
        Set<Character> all = new HashSet<>(dev.newsie.nlp.HanLpTransliterationCharacters.characters());
        all.addAll(transliteration);
        return all;
    }

    /**
     * The end of the run from {@code p} of at most {@code max} characters of {@code characters}, stopped by a
     * character that ends names (表, 说, 今): where a transliterated name may end, before its boundary is checked.
     */
    static int transliteratedRunEnd(String text, int p, int max, Set<Character> characters) {
        int e = p;
        while (e < text.length() && e - p < max && characters.contains(text.charAt(e)) && NAME_END.indexOf(text.charAt(e)) < 0) {
            e++;
        }
        return e;
    }

    /**
     * The start of the run of characters of {@code characters} that ends at {@code p}, reaching back no further than
     * {@code lowest} and stopped by a character that ends names: {@link #transliteratedRunEnd} read backwards, where a
     * transliterated name before a gloss or a suffix may start.
     */
    static int transliteratedRunStart(String text, int p, int lowest, Set<Character> characters) {
        int s = p;
        while (s > Math.max(0, lowest) && characters.contains(text.charAt(s - 1)) && NAME_END.indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        return s;
    }

    boolean allTransliteration(String text, int from, int to) {
        return to > from && allOf(text, from, to, transliteration);
    }

    /** Whether every character of [from, to) is one of {@code characters} (an empty range is). */
    static boolean allOf(String text, int from, int to, Set<Character> characters) {
        for (int i = from; i < to; i++) {
            if (!characters.contains(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The end of the last title that ends inside [from, to), or -1. */
    int titleEndingIn(String text, int from, int to) {
        int best = -1;
        for (int i = from; i < to; i++) {
            for (String t : titlesStartingAt(text, i)) {
                if (text.startsWith(t, i) && i + t.length() <= to) {
                    best = Math.max(best, i + t.length());
                }
            }
        }
        return best;
    }

    private List<String> titlesStartingAt(String text, int i) {
        return i >= 0 && i < text.length() ? titlesByFirst.getOrDefault(text.charAt(i), List.of()) : List.of();
    }

    /** The titles that end right at {@code i} (市长 and 副市长 before a name at 副市长某某), by where they start. */
    List<String> titlesEndingAt(String text, int i) {
        List<String> out = new ArrayList<>();
        int longest = titles.isEmpty() ? 0 : titles.get(0).length();
        for (int s = Math.max(0, i - longest); s < i; s++) {
            for (String t : titlesStartingAt(text, s)) {
                if (s + t.length() == i && text.startsWith(t, s)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    String titleAt(String text, int i) {
        for (String t : titlesStartingAt(text, i)) {
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
                if (end > text.length() || !allHan(text, p, end)) {
                    continue;
                }
                if (containsEnd(text, p + surnameLen, end)) {
                    if (given == 2 && !containsEnd(text, p + surnameLen, end - 1) && endsGivenName(text, end)) {
                        return end;
                    }
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
     * Whether the name-ending character before {@code end} is instead a two-character given name's last one: 林明介，
     * (介 ends the given name when punctuation or a verb follows), 甲乙则， (no 则 stands before a comma).
     */
    private boolean endsGivenName(String text, int end) {
        char last = text.charAt(end - 1);
        return GIVEN_FINALS.indexOf(last) >= 0 && closesName(text, end)
                || LEADING_WORDS.indexOf(last) >= 0 && end < text.length() && CLOSING_MARKS.indexOf(text.charAt(end)) >= 0;
    }

    /**
     * A boundary strong enough to close a name whose last character is also a particle ({@link #GIVEN_FINALS}):
     * punctuation or a non-Han character, a verb of speaking or a word after names, or a conjunction (与, 及, 等) —
     * but not a word a conjunction may open (张三和在场嘉宾).
     */
    boolean closesName(String t, int i) {
        if (i >= t.length() || Character.UnicodeScript.of(t.charAt(i)) != Character.UnicodeScript.HAN) {
            return true;
        }
        if (FOLLOWS_JOIN.indexOf(t.charAt(i)) >= 0 || t.startsWith("与会", i)) {
            return false;
        }
        return "与及等".indexOf(t.charAt(i)) >= 0 || speechVerbs.stream().anyMatch(w -> t.startsWith(w, i))
                || afterNameWords.stream().anyMatch(w -> t.startsWith(w, i));
    }

    static boolean containsEnd(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (NAME_END.indexOf(t.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Longest Chinese name: a two-character family name and a two-character given name. */
    static final int MAX_CHINESE_NAME = 4;

    /**
     * Whether the characters [s, e), at least two, are few enough for a Chinese name whose family name is one of
     * {@code families}: four only where its first two are a family name.
     */
    static boolean fitsChineseName(String text, int s, int e, Set<String> families) {
        return e - s <= (families.contains(text.substring(s, s + 2)) ? MAX_CHINESE_NAME : MAX_CHINESE_NAME - 1);
    }

    /** Whether {@code name} opens with a family name of one or two characters. */
    boolean opensWithSurname(String name) {
        return !name.isEmpty() && (surnames.contains(name.substring(0, 1))
                || name.length() >= 2 && surnames.contains(name.substring(0, 2)));
    }

    /** Whether a character is of the Han script. */
    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean allHan(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isHan(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a name may end at {@code i}: at a boundary, or where the segmenter's verb or adverb of two characters
     * begins (the clause's predicate follows its subject: 市长某某首先, 会长某某致辞).
     */
    boolean nameMayEndAt(String text, int i, List<Token> tokens) {
        return isBoundary(text, i) || Tokens.wordStartsAt(tokens, i, "v") || Tokens.wordStartsAt(tokens, i, "d");
    }

    boolean isBoundary(String t, int i) {
        if (i >= t.length()) {
            return true;
        }
        char c = t.charAt(i);
        return Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN || NAME_END.indexOf(c) >= 0
                || afterNameWords.stream().anyMatch(w -> t.startsWith(w, i)) || SpeechesAfterNames.startsAt(t, i);
    }
}
