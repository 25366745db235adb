package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * 甲地三中, 甲地一中: a city or province followed by a numeral and 中 is the usual short form of that place's numbered
 * middle school (第三中学), a named school and so an organisation (GOLD.md §2), the place part of its name. Words that
 * open with 中 after the numeral (三中全会, 一中原则, 一中心) are listed in {@code models/numbered-school-guards.tsv}.
 */
final class NumberedSchools {
    /** The numerals a school's number is written in (一中 to 十中). */
    private static final String NUMERALS = "一二三四五六七八九十";
    /** The character that follows the number: 中, of 中学. */
    private static final char SCHOOL = '中';
    private static final List<String> GUARDS = ModelFile.read("numbered-school-guards.tsv", 1).stream()
            .map(r -> r.get(0)).toList();

    private NumberedSchools() {
    }

    /** A school candidate for each city or province followed right away by a numeral and 中. */
    static List<Candidate> recognize(String text, List<Candidate> places) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate p : places) {
            int at = p.end();
            if (p.type() != EntityType.CITY && p.type() != EntityType.PROVINCE || p.name().length() < 2
                    || at + 2 > text.length() || NUMERALS.indexOf(text.charAt(at)) < 0 || text.charAt(at + 1) != SCHOOL) {
                continue;
            }
            if (at >= 1 && NUMERALS.indexOf(text.charAt(at - 1)) >= 0) {
                continue;
            }
            String after = text.substring(at + 2);
            if (GUARDS.stream().anyMatch(after::startsWith)) {
                continue; // 甲地十一中心, 三中全会: a word that opens with 中, no school
            }
            out.add(new Candidate(p.start(), at + 2, EntityType.ORGANIZATION, text.substring(p.start(), at + 2), null,
                    Candidate.Source.PATTERN));
        }
        return out;
    }
}
