package dev.newsie.entities;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.model.EntityType;
import dev.newsie.nlp.CoreWords;
import dev.newsie.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/** Foreign places no list knows, read from a run of transliteration characters before a suffix. */
final class TransliteratedPlaces {
    private final PlaceSuffixRules suffixes;
    private final java.util.Set<Character> transliteration;

    TransliteratedPlaces(PlaceSuffixRules suffixes, java.util.Set<Character> transliteration) {
        this.suffixes = suffixes;
        this.transliteration = java.util.Set.copyOf(transliteration);
    }

    /** Whether {@code c} is a character of transliterated foreign names (卡, 尔, 米). */
    boolean isTransliterationCharacter(char c) {
        return transliteration.contains(c);
    }

    /** The most transliteration characters read before a suffix, unless the run's whole edge can be read ({@link #wholeRun}). */
    static final int MAX_BEFORE_SUFFIX = 6;

    /** A run this long right after a country is a name even where the segmenter reads common words in it. */
    static final int MIN_AFTER_COUNTRY = 4;

    /**
     * 卡迪夫市, 布拉干萨市: a run of three to six transliteration characters before 市, 州, 省 or 郡 is a foreign place
     * even where no list knows it and no country precedes it (typed by the suffix as abroad; a county, 郡, is a CITY,
     * GOLD.md §2).
     * <p>
     * Right after a country or a foreign state, a run of four or more transliteration characters before 市长, 州长 or
     * 郡长 names the place whose head the title is (美国某州甲乙丙丁市长某某): the writer lets the place's suffix open the
     * title, as with a listed name (新竹市长); the place is the run, and the title keeps its suffix. Without the country
     * or state before it the run is left alone (a name or a word may stand there).
     */
    List<Candidate> find(String text, List<Token> tokens, List<Candidate> known) {
        List<Candidate> out = new ArrayList<>();
        if (transliteration.isEmpty()) {
            return out;
        }
        java.util.BitSet covered = new java.util.BitSet(text.length());
        for (Candidate c : known) {
            covered.set(c.start(), c.end());
        }
        for (int k = 3; k < text.length(); k++) {
            char suffix = text.charAt(k);
            boolean headsTitle = k + 1 < text.length() && text.charAt(k + 1) == '长';
            if ((suffix != '市' && suffix != '州' && suffix != '省' && suffix != '郡') || (PlaceRecognizer.startsTitle(text, k) && !headsTitle)) {
                continue;
            }
            int s = wholeRun(text, tokens, runLeftOf(text, k, k, 0, MAX_BEFORE_SUFFIX), k, covered);
            while (s < k && PlaceRecognizer.LEADING_VERBS.indexOf(text.charAt(s)) >= 0) {
                s++; // 有蒙特丽市: the verb before the name is no syllable of it
            }
            final int from = s, to = k + 1;
            int clash = covered.nextSetBit(from);
            // 美国圣克拉拉郡, 加州圣克拉拉郡: right after a country or a foreign state, a long run reads as a name whatever words
            // the segmenter makes of it (克拉)
            boolean afterCountry = k - s >= MIN_AFTER_COUNTRY
                    && known.stream().anyMatch(c -> c.end() == from && (c.type() == EntityType.COUNTRY
                            || (c.type() == EntityType.PROVINCE && c.country() != null && !"中国".equals(c.country()))));
            if (k - s < 3 || (clash >= 0 && clash < to)
                    || !(afterCountry || (SegmenterReadings.plausibleStem(tokens, s, k) && SegmenterReadings.chineseStem(tokens, s, k)))) {
                continue;
            }
            if (headsTitle && !afterCountry) {
                continue; // 甲乙丙市长: without a foreign country or state before it, the run may be a name or a word
            }
            EntityType t = suffix == '市' || suffix == '郡' ? EntityType.CITY : EntityType.PROVINCE;
            // 美国某州甲乙丙丁市长: the suffix also opens the head's title, so the place ends before it
            int end = headsTitle ? k : k + 1;
            out.add(new Candidate(s, end, t, CanonicalNames.surfaceForm(text.substring(s, k)), null, Candidate.Source.WEAK));
        }
        out.addAll(hyphenated(text, known));
        return out;
    }

    /**
     * 德国巴登-巴登市, 毛里求斯瓦科阿-凤凰市: a foreign compound name joins its parts with a hyphen, which ends every
     * run of transliteration characters above; right after a country or a foreign state, a transliterated part, a
     * hyphen and a second part before 市, 郡 or 州 are one place (its name keeps the hyphen, as written).
     */
    private static final java.util.regex.Pattern HYPHENATED =
            java.util.regex.Pattern.compile("(\\p{IsHan}{2,6})[-－‐](\\p{IsHan}{1,6}?)([市郡州])");

    private List<Candidate> hyphenated(String text, List<Candidate> known) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : known) {
            boolean foreign = c.type() == EntityType.COUNTRY && !"中国".equals(c.name())
                    || c.type() == EntityType.PROVINCE && c.country() != null && !"中国".equals(c.country());
            if (!foreign || c.end() >= text.length()) {
                continue;
            }
            java.util.regex.Matcher m = HYPHENATED.matcher(text).region(c.end(), Math.min(text.length(), c.end() + 16));
            if (!m.lookingAt() || !m.group(1).chars().allMatch(ch -> transliteration.contains((char) ch))) {
                continue;
            }
            EntityType t = m.group(3).equals("州") ? EntityType.PROVINCE : EntityType.CITY;
            out.add(new Candidate(m.start(), m.end(), t, CanonicalNames.surfaceForm(text.substring(m.start(), m.end(3) - 1)),
                    null, Candidate.Source.WEAK));
        }
        return out;
    }

    /**
     * The fewest syllables a run must add before a listed name to make it a longer one: one character before it is
     * as often the last of an unread name before (马绍尔 + 马朱罗) or a compass word (南 + 加州) as a syllable.
     */
    static final int MIN_HEAD = 2;

    /** The most syllables a run may add before a listed name to make it a longer one. */
    static final int MAX_HEAD = 4;

    /** The longest run of transliteration characters read as one place's name. */
    static final int MAX_RUN = 10;

    /**
     * Where the run of transliteration characters that ends at {@code end} starts, scanning left from {@code from}
     * and stopping at {@code floor} (the end of the name before, or the text's start); -1 where its edge cannot be
     * read: the run goes on past {@link #MAX_RUN} characters, or a common word of the segmenter's crosses or fills it.
     */
    private int runStart(String text, List<Token> tokens, int from, int end, int floor) {
        int s = runLeftOf(text, from, end, floor, MAX_RUN);
        if (s > floor && transliteration.contains(text.charAt(s - 1))) {
            return -1;
        }
        return SegmenterReadings.plausibleStem(tokens, s, end) && SegmenterReadings.chineseStem(tokens, s, end) ? s : -1;
    }

    /**
     * Where the transliteration characters before {@code from} stop, going left no further than {@code floor} and
     * taking at most {@code most} characters before {@code end}.
     */
    private int runLeftOf(String text, int from, int end, int floor, int most) {
        int s = from;
        while (s > floor && end - s < most && transliteration.contains(text.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    /**
     * 甲乙丙丁戊己庚 + 市: a foreign name of seven or more syllables runs past the six characters read before a
     * suffix, and a cut there makes a false, shorter place; where the run's edge can be read, the run is the name,
     * else the six characters stay as they were read.
     */
    private int wholeRun(String text, List<Token> tokens, int s, int k, java.util.BitSet covered) {
        if (k - s < MAX_BEFORE_SUFFIX || s == 0 || !transliteration.contains(text.charAt(s - 1)) || covered.get(s - 1)) {
            return s;
        }
        int floor = Math.max(0, covered.previousSetBit(s - 1) + 1);
        int whole = runStart(text, tokens, s, k, floor);
        return whole >= 0 ? whole : s;
    }

    /**
     * 甲乙 + 丙丁戊 + 区: a listed foreign name that a run of transliteration characters runs into from the left is the
     * tail of a longer, unlisted name (the lists and the segmenter cut transliterations anywhere), and the whole run is
     * the place. Only where the run's left edge can be read (a character no transliteration uses, the end of the name
     * before, the text's start) and no common word crosses it; otherwise the listed name stays as it is.
     */
    Candidate withRunBefore(String text, List<Token> tokens, Candidate c, int floor) {
        if ((c.type() != EntityType.CITY && c.type() != EntityType.PROVINCE) || "中国".equals(c.country()) || c.name().length() < 2
                || c.start() <= floor || !transliteration.contains(text.charAt(c.start() - 1))
                || !text.startsWith(c.name(), c.start())) {
            return c;
        }
        int stemEnd = c.start() + c.name().length();
        if (!NameShapes.allOf(text, c.start(), stemEnd, transliteration)) {
            return c;
        }
        int s = runStart(text, tokens, c.start(), stemEnd, Math.max(floor, c.start() - MAX_HEAD));
        if (s < 0 || c.start() - s < MIN_HEAD || (s > floor && transliteration.contains(text.charAt(s - 1)))) {
            return c;
        }
        return new Candidate(s, c.end(), c.type(), text.substring(s, c.start()) + c.name(), c.country(), c.source());
    }

    /** How many transliteration characters may follow a listed name and still make one longer name with it. */
    static final int MAX_TAIL = 4;

    /**
     * Whether the name at [start, end), written wholly in transliteration characters, runs on through one to
     * {@link #MAX_TAIL} more of them into a suffix (甲乙丙 + 丁戊 + 市): the segmenter and the lists cut transliterated
     * names anywhere, and the whole run up to the suffix is the place.
     */
    boolean headOfLongerName(String text, int start, int end) {
        return headOfLongerName(text, start, end, false);
    }

    /**
     * As {@link #headOfLongerName(String, int, int)}; with {@code anyRunOn} a name that a transliteration character
     * follows is the head of a longer one, suffix or not (甲乙丙 + 丁 + 与): for names of the generated GeoNames
     * table, which transliterate places of every size, so a short one (埃尔蒙) is often the head of another's name.
     * A character that opens a common word with the next one does not run the name on: 华侨, 文化, 加强, 多年 and
     * 南部 are the words after a whole name.
     */
    boolean headOfLongerName(String text, int start, int end, boolean anyRunOn) {
        if (anyRunOn && end < text.length() && transliteration.contains(text.charAt(end))
                && !(end + 1 < text.length() && CoreWords.isWord(text.substring(end, end + 2)))) {
            return true;
        }
        if (!NameShapes.allOf(text, start, end, transliteration)) {
            return false;
        }
        int j = end;
        while (j < text.length() && j - end < MAX_TAIL && transliteration.contains(text.charAt(j))) {
            j++;
        }
        if (j == end || j >= text.length()) {
            return false;
        }
        PlaceSuffixRules.Suffix s = suffixes.at(text, j);
        return s != null && s.text().length() == 1 && !PlaceRecognizer.startsTitle(text, j) && "市州省郡县".indexOf(s.text().charAt(0)) >= 0;
    }

    /**
     * 有蒙特丽市: a leading verb followed only by transliteration characters up to the suffix is a verb before a
     * foreign name; before other characters it may begin a name (向日市, 与那国町 in Japan).
     */
    boolean verbBefore(String text, int pos) {
        if (PlaceRecognizer.LEADING_VERBS.indexOf(text.charAt(pos)) < 0) {
            return false;
        }
        int j = pos + 1;
        while (j < text.length() && transliteration.contains(text.charAt(j))) {
            j++;
        }
        return j - pos - 1 >= 2 && j < text.length() && suffixes.at(text, j) != null;
    }
}
