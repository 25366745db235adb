package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 外交部亚东太平洋司: a short run of characters right after an organisation's name and ending in a department
 * suffix ({@code models/department-suffixes.tsv}) names a department of that organisation; places inside the
 * run (亚东) are part of the department's name, not mentions.
 */
final class Departments {
    /** Longest department name between the body's name and the suffix (亚东太平洋 is five). */
    static final int MAX_STEM = 8;
    /** Characters that end a body's name that has departments: ministries, commissions, bureaus, offices. */
    static final String BODY_ENDS = "部委局厅署院办府";
    /**
     * 甲州政府商务厅, 乙市政府交通局: a government (政府) has departments, bureaus and divisions of its own; its
     * rooms (会议室) and sections are not written after it as units, so only these suffixes follow it.
     */
    static final String GOVERNMENT_UNITS = "厅局处";

    private final String suffixes;

    Departments(String suffixes) {
        this.suffixes = suffixes;
    }

    static Departments load() {
        return new Departments(ModelFile.read("department-suffixes.tsv", 1).stream().map(r -> r.get(0))
                .collect(Collectors.joining()));
    }

    /** A department candidate for each organisation followed by a department's name. */
    List<Candidate> recognize(String text, List<Candidate> organisations, List<dev.newsie.nlp.Token> tokens) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate org : organisations) {
            if (org.type() != EntityType.ORGANIZATION || org.end() >= text.length()
                    || BODY_ENDS.indexOf(text.charAt(org.end() - 1)) < 0) {
                continue;
            }
            if (PlaceRecognizer.STOP.indexOf(text.charAt(org.end())) >= 0) {
                continue; // 甲区文化局与乙市文旅局: a conjunction right after the body joins a second body, it opens no department
            }
            for (int j = org.end() + 2; j < Math.min(text.length(), org.end() + MAX_STEM + 1); j++) {
                char c = text.charAt(j - 1);
                if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN || PlaceRecognizer.STOP.indexOf(c) >= 0
                        || c == '长' || verbInside(tokens, org.end(), j)) {
                    break; // 商务部部长出席会议室: a title or a verb ends the noun phrase before any suffix
                }
                boolean governmentUnit = text.charAt(org.end() - 1) != '府' || GOVERNMENT_UNITS.indexOf(text.charAt(j)) >= 0;
                if (suffixes.indexOf(text.charAt(j)) >= 0 && governmentUnit && !titleFollows(text, j + 1) && !insideWord(tokens, j)) {
                    out.add(new Candidate(org.start(), j + 1, EntityType.ORGANIZATION, text.substring(org.start(), j + 1),
                            null, Candidate.Source.PATTERN));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean verbInside(List<dev.newsie.nlp.Token> tokens, int from, int to) {
        for (dev.newsie.nlp.Token t : dev.newsie.nlp.Tokens.overlapping(tokens, from, to)) {
            if (t.start() >= from && t.end() <= to && t.tag().startsWith("v")) {
                return true;
            }
        }
        return false;
    }

    /** 首席科学家: a suffix character inside a longer word (科学家) ends no department's name. */
    private static boolean insideWord(List<dev.newsie.nlp.Token> tokens, int suffix) {
        return dev.newsie.nlp.Tokens.overlapping(tokens, suffix, suffix + 1).stream().anyMatch(t -> t.end() > suffix + 1);
    }

    /** 外交部亚洲司司长 is fine; 科长, 处长 right at the suffix means the character began a title, not a unit. */
    private static boolean titleFollows(String text, int pos) {
        return pos < text.length() && text.charAt(pos) == '长';
    }
}
