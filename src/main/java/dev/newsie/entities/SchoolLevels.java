package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.List;

/**
 * 甲市高中毕业生, 全省高中阶段: 高中 right after a bare place, or after a whole area (全省, 全市), is the level of schooling
 * of that place, no school; a senior middle school is named with a word of its own between its place and 高中
 * (甲市实验高中, 甲市第一高中), and only that name is an organisation (GOLD.md §2).
 */
final class SchoolLevels {
    /** The short form of 高级中学 that ends a school's name (models/org-suffixes.tsv). */
    private static final String SENIOR_SCHOOL = "高中";
    /** A whole area before the level (全国, 全省, 全市, 全县, 全区). */
    private static final java.util.regex.Pattern WHOLE_AREA = java.util.regex.Pattern.compile("全[国省市县区]");

    private SchoolLevels() {
    }

    /** Whether the organisation is 高中 after nothing but places or a whole area: a level of schooling, no school. */
    static boolean isLevel(Candidate org, List<Candidate> places) {
        String name = org.name();
        if (org.type() != EntityType.ORGANIZATION || !name.endsWith(SENIOR_SCHOOL) || name.length() != org.end() - org.start()) {
            return false;
        }
        int end = org.end() - SENIOR_SCHOOL.length();
        String before = name.substring(0, name.length() - SENIOR_SCHOOL.length());
        if (before.isEmpty() || WHOLE_AREA.matcher(before).matches()) {
            return true;
        }
        int at = org.start();
        for (boolean moved = true; moved && at < end; ) {
            moved = false;
            for (Candidate p : places) {
                if (p.start() == at && p.end() > at && p.end() <= end && p.type() != EntityType.ORGANIZATION
                        && p.type() != EntityType.PERSON) {
                    at = p.end(); // 甲国乙市 + 高中: places, one after another, up to the level
                    if (at < end && dev.newsie.canon.PlaceLevelWords.isCommon(name.charAt(at - org.start()))) {
                        at++; // 苏州 + 市: the place's own administrative word, outside its name
                    }
                    moved = true;
                    break;
                }
            }
        }
        return at == end;
    }
}
