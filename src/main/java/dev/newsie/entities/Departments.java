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
     * 甲州政府商务厅, 乙市政府交通局: a government (政府) has departments, bureaus and divisions of its own, and a
     * Japanese city's government its sections (某市政府观光课); its rooms (会议室) and a Chinese body's sections (科)
     * are not written after it as units, so only these suffixes follow it.
     */
    static final String GOVERNMENT_UNITS = "厅局处课";

    /**
     * 新闻及国际关系处, 政制及内地事务局, 行政暨国际处: one conjunction may join two fields inside a unit's name, each of at
     * least {@link #MIN_FIELD} characters, when no place opens the second field (甲市政府与乙市外事局 joins two bodies);
     * a Japanese unit's name joins its fields with an interpunct instead (环境・文化课, 观光·交流课).
     */
    static final String FIELD_JOINS = "及暨与和·・";
    /** Characters that end a body or a unit, which no field before a joining conjunction holds (政府, 办公室, 委员会). */
    private static final String UNIT_ENDS = "司局处厅室科会市省县区州";
    /** Shortest field on either side of a conjunction inside a unit's name. */
    static final int MIN_FIELD = 2;

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
            // 甲地商务及经济发展局: a place right before two joined fields and a unit's suffix names that place's unit
            boolean placeOfJoinedUnit = (org.type().isPlace() || org.type() == EntityType.COUNTRY) && org.name().length() >= 2
                    && org.end() < text.length();
            if (!placeOfJoinedUnit && (org.type() != EntityType.ORGANIZATION || org.end() >= text.length()
                    || BODY_ENDS.indexOf(text.charAt(org.end() - 1)) < 0)) {
                continue;
            }
            if (PlaceRecognizer.STOP.indexOf(text.charAt(org.end())) >= 0) {
                continue; // 甲区文化局与乙市文旅局: a conjunction right after the body joins a second body, it opens no department
            }
            int joined = -1;
            for (int j = org.end() + 2; j < Math.min(text.length(), org.end() + MAX_STEM + 1); j++) {
                char c = text.charAt(j - 1);
                if (joined < 0 && joinsFields(text, org.end(), j - 1, organisations)) {
                    joined = j - 1;
                    continue; // 甲市政府新闻及国际关系处: the conjunction joins two fields of one unit
                }
                if (joined >= 0 && j - joined - 1 < MIN_FIELD) {
                    continue; // the second field's first characters: no suffix ends it yet
                }
                if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN || PlaceRecognizer.STOP.indexOf(c) >= 0
                        || c == '长' || verbInside(tokens, org.end(), joined < 0 ? j : joined)
                        || joined >= 0 && verbInside(tokens, joined + 1, j) && !verbBeforeSuffix(tokens, joined + 1, j)) {
                    break; // 商务部部长出席会议室: a title or a verb ends the noun phrase before any suffix
                }
                if (placeOfJoinedUnit && joined < 0) {
                    continue; // a place's own bodies without a joined field are the head-noun reader's (甲市商务局)
                }
                boolean governmentUnit = text.charAt(org.end() - 1) != '府' || GOVERNMENT_UNITS.indexOf(text.charAt(j)) >= 0;
                if (suffixes.indexOf(text.charAt(j)) >= 0 && governmentUnit && !titleFollows(text, j + 1) && !insideWord(text, tokens, j)) {
                    out.add(new Candidate(org.start(), j + 1, EntityType.ORGANIZATION, text.substring(org.start(), j + 1),
                            null, Candidate.Source.PATTERN));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Whether the conjunction at {@code at} joins two fields of a unit's name: a field of {@link #MIN_FIELD} characters or
     * more after the body and no kind of people, and Han characters after it that no place or person found opens.
     */
    private static boolean joinsFields(String text, int from, int at, List<Candidate> found) {
        if (FIELD_JOINS.indexOf(text.charAt(at)) < 0 || at - from < MIN_FIELD || at + MIN_FIELD >= text.length()) {
            return false;
        }
        String field = text.substring(from, at);
        if (CoordinatedBodies.endsWithKindOfPeople(field) || !field.codePoints().allMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN)
                || field.codePoints().anyMatch(ch -> BODY_ENDS.indexOf(ch) >= 0 || UNIT_ENDS.indexOf(ch) >= 0)) {
            return false; // 甲市政府及…, 某办公室与…: a body or a unit before the conjunction, no field of one
        }
        if (found.stream().anyMatch(c -> c.start() >= from && c.start() < at)) {
            return false; // 甲国乙省及丙省…: a place or a name inside the first "field"
        }
        for (int k = at + 1; k <= at + MIN_FIELD; k++) {
            char ch = text.charAt(k);
            if (Character.UnicodeScript.of(ch) != Character.UnicodeScript.HAN || PlaceRecognizer.STOP.indexOf(ch) >= 0) {
                return false;
            }
        }
        // a place or a person opening the second part joins a second side (甲市政府官员与乙市商务局); a body read there
        // from its head noun alone (经济发展局 of 商务及经济发展局) is the second field's own reading
        return found.stream().noneMatch(c -> c.start() == at + 1 && c.type() != EntityType.ORGANIZATION);
    }

    /**
     * Whether a verb token lies between {@code from} and {@code to}. A one-character "verb" right after a one-character
     * token that opens the run is half of a word the segmenter split (政/ng 制/v of 政制), no verb of a clause.
     */
    private static boolean verbInside(List<dev.newsie.nlp.Token> tokens, int from, int to) {
        List<dev.newsie.nlp.Token> inside = dev.newsie.nlp.Tokens.overlapping(tokens, from, to);
        for (int k = 0; k < inside.size(); k++) {
            dev.newsie.nlp.Token t = inside.get(k);
            boolean splitHalf = k == 1 && t.word().length() == 1 && inside.get(0).word().length() == 1
                    && inside.get(0).start() == from && !inside.get(0).tag().startsWith("v") && !inside.get(0).tag().startsWith("w");
            if (t.start() >= from && t.end() <= to && t.tag().startsWith("v") && !splitHalf) {
                return true;
            }
        }
        return false;
    }

    /**
     * 商务及经济发展/v 局: in a second field the segmenter may read the field's words as one verb; the field is one word
     * ending right at the suffix, no verb of a clause, when it is the only token between the conjunction and the suffix.
     */
    private static boolean verbBeforeSuffix(List<dev.newsie.nlp.Token> tokens, int from, int suffix) {
        List<dev.newsie.nlp.Token> inside = dev.newsie.nlp.Tokens.overlapping(tokens, from, suffix);
        return inside.size() == 1 && inside.get(0).start() == from && inside.get(0).end() == suffix;
    }

    /**
     * 首席科学家: a suffix character inside a longer word (科学家) ends no department's name. The segmenter's word of
     * the suffix written twice before 长 (观光课课长, 友城处处长) is no longer word: the unit ends at the first, its head's
     * title opens with the second.
     */
    private static boolean insideWord(String text, List<dev.newsie.nlp.Token> tokens, int suffix) {
        boolean unitThenTitle = suffix + 2 < text.length() && text.charAt(suffix + 1) == text.charAt(suffix) && text.charAt(suffix + 2) == '长';
        return dev.newsie.nlp.Tokens.overlapping(tokens, suffix, suffix + 1).stream()
                .anyMatch(t -> t.end() > suffix + 1 && !(unitThenTitle && t.start() == suffix && t.end() == suffix + 2));
    }

    /** 外交部亚洲司司长 is fine; 科长, 处长 right at the suffix means the character began a title, not a unit. */
    private static boolean titleFollows(String text, int pos) {
        return pos < text.length() && text.charAt(pos) == '长';
    }
}
