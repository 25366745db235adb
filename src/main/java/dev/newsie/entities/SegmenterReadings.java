package dev.newsie.entities;

import dev.newsie.nlp.Token;

import java.util.List;

/** How the segmenter reads a span around a place: as a name, as a stem of one, or as a word running through it. */
final class SegmenterReadings {
    private SegmenterReadings() {
    }

    /**
     * 旧金山报道: a word that starts after the name and takes in the suffix character (报道, 街道, 知道) means the
     * character is no suffix there.
     */
    static boolean wordRunsIntoSuffix(List<Token> tokens, int from, int suffixAt) {
        for (Token t : dev.newsie.nlp.Tokens.overlapping(tokens, from, suffixAt + 1)) {
            if (t.start() >= from && t.start() < suffixAt && t.end() > suffixAt) {
                return true;
            }
        }
        return false;
    }

    /**
     * 德国新闻电视频道: a common word the segmenter begins inside an unlisted stem and closes with the suffix character
     * (频道 channel, 街道 street, 渠道 channel) means that character may end a word there, not a name (the caller
     * asks this of 道 only). Returns where
     * that word starts, or -1; a word begun at the stem's start (京畿道) or a proper name's says nothing. The caller
     * still weighs the word's first character: in a transliteration (卡尔米 + 市, read 米市) it is the name's.
     */
    static int commonWordThroughSuffix(List<Token> tokens, int stemStart, int suffixAt) {
        for (Token t : dev.newsie.nlp.Tokens.overlapping(tokens, suffixAt, suffixAt + 1)) {
            if (t.start() > stemStart && t.start() < suffixAt && t.end() == suffixAt + 1 && common(t.tag())) {
                return t.start();
            }
        }
        return -1;
    }

    private static boolean common(String tag) {
        boolean proper = tag.startsWith("ns") || tag.startsWith("nr") || tag.startsWith("nt") || tag.startsWith("nz")
                || tag.startsWith("nx") || tag.equals("j");
        return !proper && COMMON_TAGS.stream().anyMatch(tag::startsWith);
    }

    /**
     * Whether the segmenter reads [start, end) as a name: no word crosses its start, and none runs out of it —
     * from inside it (大 + 城市), or, for a bare name, from its start (下龙湾). A suffix may share a word with
     * the name (科克市); a Chinese name may begin a longer word (广州越秀…), which the segmenter's lexicon allows.
     * A preposition read into the name (于宁波/ns, 于宁/nr 波) does not cross it.
     */
    static boolean segmentedAsName(List<Token> tokens, int start, int end, boolean bare, boolean foreign) {
        for (Token t : dev.newsie.nlp.Tokens.overlapping(tokens, start, end)) {
            boolean crossesStart = t.start() < start && t.end() > start && !prepositionReadAsName(t, start, end);
            boolean runsOut = foreign && t.end() > end && t.start() < end && (t.start() > start || bare);
            if (crossesStart || runsOut) {
                return false;
            }
        }
        return true;
    }

    /** One-character prepositions before a place they govern ({@code models/prepositions-before-places.tsv}, reader segmenter-place). */
    private static final java.util.Set<Character> PREPOSITIONS = PrepositionsBeforePlaces.of("segmenter-place").chars()
            .mapToObj(c -> (char) c).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * 会议于宁波举行 read 于宁波/ns, 向常州/ns or 于宁/nr 波: the segmenter's place or person reader took the preposition
     * into the name after it (a place's reader grows names leftwards; 于 and 向 are also family names). A name token
     * that starts with such a preposition one character before the name and ends inside the name or with it.
     */
    static boolean prepositionReadAsName(Token t, int start, int end) {
        return t.start() == start - 1 && t.end() > start && t.end() <= end
                && (t.tag().startsWith("nr") || t.tag().startsWith("ns")) && PREPOSITIONS.contains(t.word().charAt(0));
    }

    /**
     * Whether the segmenter only joined a name's last character to the suffix written after it (甲/b + 州市/nz for
     * 甲州 + 市), which says nothing against the name: no word crosses the name's start, and the one word that runs
     * out of it starts at its last character, ends with the suffix and is no place name of its own (780万福州: 福州/ns
     * is a city, and 万福 no place).
     */
    static boolean onlySuffixJoined(List<Token> tokens, int start, int nameEnd, int end) {
        if (end <= nameEnd) {
            return false;
        }
        for (Token t : dev.newsie.nlp.Tokens.overlapping(tokens, start, end)) {
            if (t.start() < start && t.end() > start) {
                return false;
            }
            if (t.start() < nameEnd && t.end() > nameEnd
                    && (t.start() != nameEnd - 1 || t.end() != end || t.tag().startsWith("ns"))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a title word (tag nnt) begins before {@code pos} and runs past it. */
    static boolean titleRunsIn(List<Token> tokens, int pos) {
        for (Token t : dev.newsie.nlp.Tokens.overlapping(tokens, pos, pos + 1)) {
            if (t.start() < pos && t.end() > pos && t.tag().equals("nnt")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a common word (not a proper noun) begins before {@code pos} and takes in two or more characters after
     * it: those belong to that word (市中心, 县城里), not to the next place's name. A word that takes in only one
     * (道义 across 京畿道 + 义王市) is a chance reading of the segmenter's and proves nothing.
     */
    static boolean commonWordRunsIn(List<Token> tokens, int pos) {
        for (Token t : dev.newsie.nlp.Tokens.overlapping(tokens, pos, pos + 1)) {
            if (t.start() < pos && t.end() >= pos + 2 && COMMON_TAGS.stream().anyMatch(t.tag()::startsWith)
                    && !(t.tag().startsWith("n") && (t.tag().startsWith("ns") || t.tag().startsWith("nr") || t.tag().startsWith("nt")
                    || t.tag().startsWith("nz") || t.tag().startsWith("nx")))) {
                return true;
            }
        }
        return false;
    }

    /** Tag prefixes of common words that cannot be part of an unlisted place name. */
    static final List<String> COMMON_TAGS = List.of("n", "v", "a", "d", "m", "q", "p", "c", "u", "f", "t", "s", "r", "b");

    /**
     * China's prefectures are all listed, so an unlisted Chinese stem is a county or district: the segmenter
     * must read it as a place name or as single characters, not as an abbreviation or word (南沙 + 自贸区).
     */
    static boolean chineseStem(List<Token> tokens, int from, int to) {
        for (Token t : dev.newsie.nlp.Tokens.overlapping(tokens, from, to)) {
            if (t.end() <= from || t.start() >= to) {
                continue;
            }
            boolean place = t.tag().startsWith("ns") || t.tag().startsWith("nr");
            if (!place && t.end() - t.start() >= 2) {
                return false;
            }
        }
        return true;
    }

    static boolean plausibleStem(List<Token> tokens, int from, int to) {
        for (Token t : dev.newsie.nlp.Tokens.overlapping(tokens, from, to)) {
            if (t.start() < from || t.end() > to || t.end() - t.start() < 2) {
                continue;
            }
            String tag = t.tag();
            boolean proper = tag.startsWith("ns") || tag.startsWith("nr") || tag.startsWith("nt") || tag.startsWith("nz")
                    || tag.startsWith("nx") || tag.equals("j");
            if (!proper && COMMON_TAGS.stream().anyMatch(tag::startsWith)) {
                return false;
            }
        }
        return true;
    }
}
