package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal names left in Latin script in Chinese text (众议员Mark Sanders, 议员 Anna Berg): two or three capitalised
 * words right after a person's title (models/person-titles.tsv). Without a title a Latin phrase may be a company,
 * a programme or a place, so none is taken.
 */
final class LatinNames {
    /** Latin capitals and small letters, accented ones too: Portuguese, Spanish and French names keep them (Mané, Conceição). */
    private static final String UP = "[\\p{IsLatin}&&\\p{Lu}]";
    private static final String LO = "[\\p{IsLatin}&&\\p{Ll}]";
    /** A given name and one or two more capitalised words (with an initial, a hyphen or an apostrophe inside). */
    private static final Pattern NAME = Pattern.compile(" ?(" + UP + LO + "+(?:-" + UP + LO + "+)?(?: " + UP + "\\.)?(?: (?:"
            + UP + "(?:'|" + LO + ")*" + LO + "|Mc" + UP + LO + "+)(?:-" + UP + LO + "+)?){1,2})(?![\\p{IsLatin}&&\\p{L}])");

    private final NameShapes shapes;

    LatinNames(NameShapes shapes) {
        this.shapes = shapes;
    }

    void afterTitles(String text, List<Candidate> out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && !(Character.isUpperCase(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)) {
                continue;
            }
            if (!titleEndsAt(text, i)) {
                continue;
            }
            Matcher m = NAME.matcher(text).region(i, text.length());
            if (m.lookingAt()) {
                out.add(new Candidate(m.start(1), m.end(1), EntityType.PERSON, m.group(1), null, Candidate.Source.PATTERN));
                i = m.end() - 1;
            }
        }
    }

    /** A level before a title (州众议员, 市议员): the title of that level's body. */
    private static final String LEVELS = "州市省县";

    /** Where a 、-list goes on after an item, and where it ends. */
    private static final String LIST_NEXT = "、,，及和与等";

    /**
     * Names in Latin script written before a title (Mark Sanders州众议员) or inside a 、-list of people right after a
     * name already found (王某、Ingay Tali、李某): the title or the list is the evidence.
     * @param found the people found so far
     */
    void beforeTitlesAndInLists(String text, List<Candidate> out, List<Candidate> found) {
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            int start = m.start(1), end = m.end(1);
            if (start > 0 && Character.isLetter(text.charAt(start - 1)) && text.charAt(start - 1) < 0x80) {
                continue;
            }
            boolean titled = titleStartsAt(text, end)
                    || (end + 1 < text.length() && LEVELS.indexOf(text.charAt(end)) >= 0 && titleStartsAt(text, end + 1)); // 州众议员
            boolean listed = start > 0 && text.charAt(start - 1) == '、' && end < text.length() && LIST_NEXT.indexOf(text.charAt(end)) >= 0
                    && found.stream().anyMatch(c -> c.type() == EntityType.PERSON && c.end() == start - 1);
            if ((titled || listed) && out.stream().noneMatch(c -> c.start() == start)) {
                out.add(new Candidate(start, end, EntityType.PERSON, m.group(1), null, Candidate.Source.PATTERN));
            }
        }
    }

    private boolean titleStartsAt(String text, int i) {
        for (String t : shapes.titles) {
            if (text.startsWith(t, i) && !NameShapes.GENERIC_TITLES.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private boolean titleEndsAt(String text, int i) {
        return shapes.titlesEndingAt(text, i).stream().anyMatch(t -> !NameShapes.GENERIC_TITLES.contains(t));
    }
}
