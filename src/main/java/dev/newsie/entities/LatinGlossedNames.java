package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;
import dev.newsie.nlp.Token;
import dev.newsie.nlp.Tokens;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A transliterated name glossed by its original in brackets: 某某(Given Family). Reports write a foreigner's name in
 * transliteration characters and add the Latin original, a given name and a family name, right after it; so the run of
 * transliteration characters before such a gloss is the person, whatever stands before it (a city, a title) and
 * whatever ordinary word the characters also spell. A gloss of one word (a place, 某某(Westbrook)), a gloss with a word
 * of a place's or a body's name (某某(San Felipe), 某某(Halden University): {@code models/latin-gloss-place-words.tsv}),
 * a run inside a place already read, and a run that a non-transliteration character cuts (某某市(Riverton City),
 * 某某会(… Forum)) are no person's. Reads the text and the place candidates; adds to the person candidates.
 * <p>
 * The gloss's words may stand run together where a page lost the space (GivenFamily). A foreigner of Chinese descent,
 * or a diplomat posted to a Chinese-speaking place, goes by a Chinese name: a listed family name and two characters
 * right before a gloss of a given and a family name are that person's name too, where a word for a person stands
 * before them as it stands before a name (a title, an occupation, 人士): 某籍人士施某某(Given Family).
 */
final class LatinGlossedNames {
    private static final String UP = "[\\p{IsLatin}&&\\p{Lu}]";
    private static final String LO = "[\\p{IsLatin}&&\\p{Ll}]";
    /**
     * A given name and one or more capitalised words or initials, in brackets of either width; a word may follow the one
     * before it with no space (GivenFamily), as a page that lost the space writes it.
     */
    private static final Pattern GLOSS = Pattern.compile("[(（]" + UP + LO + "+(?:[ \\-]?" + UP + "(?:" + LO + "+|\\.))+ ?[)）]");
    /** Characters of a Chinese name read before a gloss: a one-character family name and a two-character given name. */
    private static final int CHINESE_NAME = 3;
    /** Most characters of a title looked for before the family name. */
    private static final int MAX_TITLE = 6;
    /** The generic noun for a person of some standing, which the segmenter tags as a plain noun (外籍人士, 知名人士). */
    private static final String PERSON_NOUN = "人士";
    /** Where a gloss's words part: spaces, hyphens and brackets, and a capital right after a small letter (GivenFamily). */
    private static final Pattern WORD_BREAK = Pattern.compile("[ \\-()（）]+|(?<=" + LO + ")(?=" + UP + ")");
    /** Fewest and most characters of a one-part transliterated name. */
    private static final int MIN = 2, MAX = 5;

    private final NameShapes shapes;
    private final Set<String> placeOpenings = new HashSet<>();
    private final Set<String> placeHeads = new HashSet<>();
    private final Set<String> surnameParticles = new HashSet<>();

    LatinGlossedNames(NameShapes shapes) {
        this.shapes = shapes;
        for (ModelFile.Row r : ModelFile.read("latin-gloss-place-words.tsv", 2)) {
            switch (r.get(0)) {
                case "OPENING" -> placeOpenings.add(r.get(1));
                case "HEAD" -> placeHeads.add(r.get(1));
                case "PARTICLE" -> surnameParticles.add(r.get(1));
                default -> throw r.error("unknown kind " + r.get(0) + ": expected OPENING, HEAD or PARTICLE");
            }
        }
    }

    /** Adds the glossed names that overlap no person already read and no place to {@code out}. */
    void find(String text, List<Candidate> places, List<Candidate> out, List<Token> tokens) {
        Matcher m = GLOSS.matcher(text);
        while (m.find()) {
            int end = m.start();
            int start = NameShapes.transliteratedRunStart(text, end, end - MAX - 1, shapes.transliteration);
            int tableRunStart = start;
            start = withRareSyllable(text, start, end, places, tokens);
            boolean rare = start < tableRunStart;
            boolean chinese = !rare && end - start < CHINESE_NAME && chineseNameBefore(text, end) && personWordBefore(text, tokens, end - CHINESE_NAME);
            if (chinese) {
                start = end - CHINESE_NAME; // 某籍人士施某某(Given Family): the person's Chinese name
            }
            final int s = start;
            // a shorter reading of a Chinese name's given name as a transliterated name (人士某+某某) gives way to it, but
            // only once the Chinese name is kept
            // so does a reading of a part of a run that holds a rarer syllable (市长甲乙+丙丁: a title's name rule took its start)
            Predicate<Candidate> shorterReading = c -> c.type() == EntityType.PERSON
                    && ((chinese && s < c.start() && c.end() == end) || (rare && s <= c.start() && c.end() <= end));
            if (end - start < MIN || end - start > MAX || namesAPlace(m.group()) || oneWord(m.group())
                    || out.stream().anyMatch(c -> c.start() < end && s < c.end() && !shorterReading.test(c))
                    || places.stream().anyMatch(c -> c.start() < end && s < c.end())) {
                continue;
            }
            out.removeIf(shorterReading);
            out.add(new Candidate(start, end, EntityType.PERSON, text.substring(start, end), null, Candidate.Source.PATTERN));
        }
    }

    /**
     * The start of a transliterated name before a gloss whose run of table characters ({@code [start, end)}, two at least)
     * a character outside the table cuts: the table holds the commonest syllables only, and a name's rarer one (a
     * syllable written with 蔻, as in a made-up 蔻莫尼) stops the run there, leaving a tail of the name. The rarer
     * character and the table characters before it belong to the name when the whole is no longer than a one-part name,
     * is no title's end (市长), starts where the segmenter starts a word (not inside 欢迎), and runs into no place read
     * ({@code start} otherwise). A rarer character that the segmenter reads as a word of its own of a common kind (a verb
     * or a preposition: 请 in 请莫尼卡(Given Family)致辞, {@link PersonRecognizer#COMMON_WORD_TAGS}) is the clause's, no
     * syllable.
     */
    private int withRareSyllable(String text, int start, int end, List<Candidate> places, List<Token> tokens) {
        int cut = start - 1;
        if (end - start < MIN || cut < 0 || !NameShapes.allHan(text, cut, start) || NameShapes.NAME_END.indexOf(text.charAt(cut)) >= 0
                || oneCommonWord(tokens, cut)) {
            return start;
        }
        final int from = NameShapes.transliteratedRunStart(text, cut, end - MAX - 1, shapes.transliteration);
        boolean fits = end - from <= MAX
                && shapes.titleEndingIn(text, Math.max(0, from - MAX_TITLE), from + 1) != from + 1
                && Tokens.overlapping(tokens, from, from + 1).stream().noneMatch(t -> t.start() < from && t.end() > from)
                && places.stream().noneMatch(c -> c.start() < end && from < c.end());
        return fits ? from : start;
    }

    /**
     * Whether the segmenter reads the character at {@code at} as a one-character word of a common kind (a verb, a
     * preposition). The tag must be one of {@link PersonRecognizer#COMMON_WORD_TAGS} exactly, not start with one: a
     * prefix would take the name tags too (nr, nrf begin with n), and a rarer syllable the segmenter reads as a name is
     * the name's, not the clause's.
     */
    private static boolean oneCommonWord(List<Token> tokens, int at) {
        return Tokens.overlapping(tokens, at, at + 1).stream()
                .anyMatch(t -> t.start() == at && t.end() == at + 1 && PersonRecognizer.COMMON_WORD_TAGS.contains(t.tag()));
    }

    /**
     * Whether a listed family name and a given name of two characters, all Han, end at {@code end}: the gloss of a given
     * and a family name right after them is the evidence, so a given name's character that also ends names (大为) stays.
     * The family name's character is neither a word that ends names (a preposition) nor the last character of a title.
     */
    private boolean chineseNameBefore(String text, int end) {
        int start = end - CHINESE_NAME;
        return start >= 0 && NameShapes.allHan(text, start, end) && shapes.listedSurnames.contains(text.substring(start, start + 1))
                && NameShapes.NAME_END.indexOf(text.charAt(start)) < 0 // (向某某(Given Family): a preposition, no family name)
                && shapes.titleEndingIn(text, Math.max(0, start - MAX_TITLE), start + 1) != start + 1; // (主席某某: the title's 席)
    }

    /**
     * Whether a word for a person ends at {@code start}: a title, the segmenter's title or occupation noun (nnt, nnd:
     * 大使, 企业家), or {@link #PERSON_NOUN} (纪念某某(Given Family) after a verb is left to the other name rules).
     */
    private boolean personWordBefore(String text, List<Token> tokens, int start) {
        return text.startsWith(PERSON_NOUN, start - PERSON_NOUN.length())
                || shapes.titleEndingIn(text, Math.max(0, start - MAX_TITLE), start) == start
                || Tokens.overlapping(tokens, start - 1, start).stream()
                .anyMatch(t -> t.end() == start && (t.tag().equals("nnt") || t.tag().equals("nnd")));
    }

    /**
     * Whether the gloss is one word once a family name's particle is joined to the word it is written into (McLaren,
     * DiCaprio): a family name or a place's name alone, as a one-word gloss is, though its capitals read as GivenFamily.
     */
    private boolean oneWord(String gloss) {
        String[] words = WORD_BREAK.split(gloss.strip());
        int count = 0;
        for (int i = 0; i < words.length; i++) {
            boolean joined = i > 0 && surnameParticles.contains(words[i - 1]) && !gloss.contains(words[i - 1] + " ");
            if (!words[i].isEmpty() && !joined) {
                count++;
            }
        }
        return count < 2;
    }

    /** Whether the gloss opens with a word that opens place names or holds a head of a place's or a body's name. */
    private boolean namesAPlace(String gloss) {
        String[] words = WORD_BREAK.split(gloss.strip());
        int first = words.length > 0 && words[0].isEmpty() ? 1 : 0;
        if (first < words.length && placeOpenings.contains(words[first])) {
            return true;
        }
        for (String w : words) {
            if (placeHeads.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
