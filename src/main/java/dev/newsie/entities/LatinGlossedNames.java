package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A transliterated name glossed by its original in brackets: 某某(Given Family). Reports write a foreigner's name in
 * transliteration characters and add the Latin original, a given name and a family name, right after it; so the run of
 * transliteration characters before such a gloss is the person, whatever stands before it (a city, a title) and
 * whatever ordinary word or place the characters also spell. A gloss of one word (a place, Pierrefonds) or a run that
 * a non-transliteration character cuts (某某市(Temple City), 某某会(… Summit)) is no person's.
 */
final class LatinGlossedNames {
    private static final String UP = "[\\p{IsLatin}&&\\p{Lu}]";
    private static final String LO = "[\\p{IsLatin}&&\\p{Ll}]";
    /** A given name and one to three more capitalised words or initials, in brackets of either width. */
    private static final Pattern GLOSS = Pattern.compile("[(（]" + UP + LO + "+(?:[ \\-]" + UP + "(?:" + LO + "+|\\.))+ ?[)）]");
    /** Fewest and most characters of a one-part transliterated name. */
    private static final int MIN = 2, MAX = 5;

    private final Set<Character> transliteration;

    LatinGlossedNames(Set<Character> transliteration) {
        this.transliteration = transliteration;
    }

    /** Adds the glossed names not already read (by their start) to {@code out}. */
    void find(String text, List<Candidate> out) {
        Matcher m = GLOSS.matcher(text);
        while (m.find()) {
            int end = m.start(), start = end;
            while (start > 0 && end - start <= MAX && transliteration.contains(text.charAt(start - 1))
                    && NameShapes.NAME_END.indexOf(text.charAt(start - 1)) < 0) {
                start--;
            }
            final int s = start;
            if (end - start < MIN || end - start > MAX || out.stream().anyMatch(c -> c.start() < end && s < c.end())) {
                continue;
            }
            out.add(new Candidate(start, end, EntityType.PERSON, text.substring(start, end), null, Candidate.Source.PATTERN));
        }
    }
}
