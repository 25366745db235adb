package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 */
final class LatinGlossedNames {
    private static final String UP = "[\\p{IsLatin}&&\\p{Lu}]";
    private static final String LO = "[\\p{IsLatin}&&\\p{Ll}]";
    /** A given name and one or more capitalised words or initials, in brackets of either width. */
    private static final Pattern GLOSS = Pattern.compile("[(（]" + UP + LO + "+(?:[ \\-]" + UP + "(?:" + LO + "+|\\.))+ ?[)）]");
    private static final Pattern WORD_BREAK = Pattern.compile("[ \\-()（）]+");
    /** Fewest and most characters of a one-part transliterated name. */
    private static final int MIN = 2, MAX = 5;

    private final Set<Character> transliteration;
    private final Set<String> placeOpenings = new HashSet<>();
    private final Set<String> placeHeads = new HashSet<>();

    LatinGlossedNames(Set<Character> transliteration) {
        this.transliteration = transliteration;
        for (ModelFile.Row r : ModelFile.read("latin-gloss-place-words.tsv", 2)) {
            switch (r.get(0)) {
                case "OPENING" -> placeOpenings.add(r.get(1));
                case "HEAD" -> placeHeads.add(r.get(1));
                default -> throw r.error("unknown kind " + r.get(0) + ": expected OPENING or HEAD");
            }
        }
    }

    /** Adds the glossed names that overlap no person already read and no place to {@code out}. */
    void find(String text, List<Candidate> places, List<Candidate> out) {
        Matcher m = GLOSS.matcher(text);
        while (m.find()) {
            int end = m.start(), start = end;
            while (start > 0 && end - start <= MAX && transliteration.contains(text.charAt(start - 1))
                    && NameShapes.NAME_END.indexOf(text.charAt(start - 1)) < 0) {
                start--;
            }
            final int s = start;
            if (end - start < MIN || end - start > MAX || namesAPlace(m.group())
                    || out.stream().anyMatch(c -> c.start() < end && s < c.end())
                    || places.stream().anyMatch(c -> c.start() < end && s < c.end())) {
                continue;
            }
            out.add(new Candidate(start, end, EntityType.PERSON, text.substring(start, end), null, Candidate.Source.PATTERN));
        }
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
