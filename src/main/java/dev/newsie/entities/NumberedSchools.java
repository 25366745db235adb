package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 甲地三中, 甲地一中: a city or province followed by a numeral and 中 is the usual short form of that place's numbered
 * middle school (第三中学), a named school and so an organisation (GOLD.md §2), the place part of its name. Words that
 * open with 中 after the numeral (三中全会, 一中原则, 十一中心, 二中院) are listed in {@code models/numbered-school-guards.tsv}.
 */
final class NumberedSchools {
    /** A school's number, one to ninety-nine in Chinese numerals (三中, 十中, 十一中, 二十三中), and 中, of 中学. */
    private static final Pattern NUMBER_AND_SCHOOL = Pattern.compile("(?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])中");
    private static final List<String> GUARDS = ModelFile.read("numbered-school-guards.tsv", 1).stream()
            .map(r -> r.get(0)).toList();

    private NumberedSchools() {
    }

    /** A school candidate for each city or province followed right away by a numeral and 中. */
    static List<Candidate> recognize(String text, List<Candidate> places) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate p : places) {
            if (p.type() != EntityType.CITY && p.type() != EntityType.PROVINCE || p.name().length() < 2
                    || p.end() >= text.length()) {
                continue;
            }
            Matcher m = NUMBER_AND_SCHOOL.matcher(text).region(p.end(), text.length());
            if (!m.lookingAt()) {
                continue;
            }
            int end = m.end();
            if (GUARDS.stream().anyMatch(g -> text.startsWith(g, end))) {
                continue; // 甲地十一中心, 三中全会: a word that opens with 中, no school
            }
            out.add(new Candidate(p.start(), m.end(), EntityType.ORGANIZATION, text.substring(p.start(), m.end()), null,
                    Candidate.Source.PATTERN));
        }
        return out;
    }
}
