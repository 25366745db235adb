package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.canon.ScriptConverter;
import dev.newsie.model.EntityType;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Japanese personal names written in Han characters (铃木一郎, 中村健太郎): a listed Japanese family name of two or
 * three characters and a given name of one to three. They do not start with a Chinese family name, so the
 * Chinese name pattern misses them. Family names from {@code models/japanese-surnames.tsv} (the commonest, by hand)
 * and {@code models/japanese-surnames-ipadic.tsv} (IPADIC's commoner ones, generated).
 */
final class JapaneseNames {
    /** Longest given name: 健太郎, 由纪子. */
    static final int MAX_GIVEN = 3;

    private final Set<String> surnames;
    /** Family names left out of {@link #surnames} because they also name places (盐田, 成田): read only with a given name. */
    private final Set<String> placeSurnames;
    /** Place gazetteers whose names a generated family name must not be. */
    private static final java.util.List<String> PLACE_GAZETTEERS = java.util.List.of("gazetteer/china-divisions.tsv",
            "gazetteer/world-places.tsv", "gazetteer/countries.tsv");

    /** Whether the place is Japan or lies in it: only there is a name read the Japanese way. */
    static boolean inJapan(Candidate place) {
        return place.type() == EntityType.COUNTRY ? "日本".equals(place.name()) : "日本".equals(place.country());
    }

    JapaneseNames(Set<String> surnames) {
        this(surnames, Set.of());
    }

    JapaneseNames(Set<String> surnames, Set<String> placeSurnames) {
        this.surnames = Set.copyOf(surnames);
        this.placeSurnames = Set.copyOf(placeSurnames);
    }

    static JapaneseNames load() {
        Set<String> names = ModelFile.read("japanese-surnames.tsv", 1).stream().map(r -> r.get(0))
                .collect(Collectors.toCollection(java.util.HashSet::new));
        // the dictionary's names are in Japanese kanji (高橋, 渡辺): read as the page text is, in mainland Simplified;
        // one that is also a place's name (成都, 山西, 宫城) is left out, as the page far more often means the place
        Set<String> places = new java.util.HashSet<>();
        for (String gazetteer : PLACE_GAZETTEERS) {
            ModelFile.read(gazetteer, 1).forEach(r -> places.add(r.get(0)));
        }
        Set<String> placeNames = new java.util.HashSet<>();
        ModelFile.read("japanese-surnames-ipadic.tsv", 1).stream().map(r -> ScriptConverter.toSimplified(r.get(0)))
                .forEach(n -> (places.contains(n) ? placeNames : names).add(n));
        placeNames.removeAll(names);
        return new JapaneseNames(names, placeNames);
    }

    /**
     * The end of a Japanese name starting at {@code p}, or -1: the shortest given name after which
     * {@code boundary} holds, so 中村健太郎表示 ends before 表示.
     */
    /**
     * Joins and particles that also write given names (美和子, 英介): a boundary there is taken only when no longer
     * name ends cleanly.
     */
    static final String GIVEN_NAME_JOINS = NameShapes.GIVEN_FINALS;

    /** Particles that also close Japanese given names of two or three characters (和也, 拓也). */
    static final String GIVEN_NAME_CLOSERS = "也";

    /** Words after which nothing is predicated of a name: the end of a clause's subject (一行, 等, 率, 先生). */
    private static final java.util.List<String> AFTER_SUBJECT = java.util.List.of("一行", "等", "率", "先生", "女士", "夫妇");

    /**
     * Whether a closer (也) at {@code at} ends the given name: the adverb 也 is followed by a predicate, never by
     * punctuation or by 一行/等/率 closing a subject.
     */
    private static boolean closesGivenName(String text, int at) {
        if (at >= text.length() || GIVEN_NAME_CLOSERS.indexOf(text.charAt(at)) < 0) {
            return false;
        }
        int next = at + 1;
        return next == text.length() || !Character.isLetterOrDigit(text.charAt(next)) || AFTER_SUBJECT.stream().anyMatch(w -> text.startsWith(w, next));
    }

    /** The end of the given name from {@code fromGiven} characters on after a family name, at a boundary that is no join. */
    private int end(String text, int p, int surnameLen, int fromGiven, java.util.function.IntPredicate boundary) {
        for (int given = fromGiven; given <= MAX_GIVEN; given++) {
            int e = p + surnameLen + given;
            if (e > text.length() || Character.UnicodeScript.of(text.charAt(e - 1)) != Character.UnicodeScript.HAN) {
                return -1;
            }
            if (boundary.test(e) && (e == text.length() || GIVEN_NAME_JOINS.indexOf(text.charAt(e)) < 0)) {
                return e;
            }
        }
        return -1;
    }

    /** The length of the listed family name (three or two characters) a name opens with, or 0. */
    int surnameLength(String name) {
        return surnameLength(name, false);
    }

    /**
     * The length of the family name a name opens with, or 0, counting also those that name places: a caller that
     * requires a listed given name after it and no place read there may take them (某某县盐田某某知事).
     */
    int surnameLengthWithPlaceNames(String name) {
        return surnameLength(name, true);
    }

    private int surnameLength(String name, boolean withPlaceNames) {
        for (int len = 3; len >= 2; len--) {
            String head = name.length() >= len ? name.substring(0, len) : null;
            if (head != null && (surnames.contains(head) || (withPlaceNames && placeSurnames.contains(head)))) {
                return len;
            }
        }
        return 0;
    }

    /** Whether a name opens with a listed family name of two or three characters. */
    boolean startsWithSurname(String name) {
        return surnameLength(name) > 0;
    }

    int end(String text, int p, java.util.function.IntPredicate boundary) {
        for (int surnameLen = 3; surnameLen >= 2; surnameLen--) {
            if (p + surnameLen > text.length() || !surnames.contains(text.substring(p, p + surnameLen))) {
                continue;
            }
            int g = p + surnameLen;
            if (boundary.test(g) && (g >= text.length() || GIVEN_NAME_JOINS.indexOf(text.charAt(g)) < 0)) {
                continue; // 高山 + 会见, 金田 + 出席: the name ends where it stands (a Chinese name alike); no given name runs on
            }
            for (int given = 1; given <= MAX_GIVEN; given++) {
                int e = p + surnameLen + given;
                if (e > text.length() || Character.UnicodeScript.of(text.charAt(e - 1)) != Character.UnicodeScript.HAN) {
                    break;
                }
                if (NameShapes.NAME_END.indexOf(text.charAt(e - 1)) >= 0) {
                    if (given < MAX_GIVEN && GIVEN_NAME_JOINS.indexOf(text.charAt(e - 1)) >= 0) {
                        continue; // 平山 + 和宏: a join that opens a given name
                    }
                    if (!(given >= 2 && GIVEN_NAME_CLOSERS.indexOf(text.charAt(e - 1)) >= 0 && boundary.test(e))) {
                        break;
                    } // 山田 + 和也: 也 closes many Japanese given names (哲也, 达也) when a boundary follows it
                }
                if (boundary.test(e)) {
                    if (given < MAX_GIVEN && closesGivenName(text, e)) {
                        return e + 1; // 中村胜 + 也一行: the adverb 也 needs a predicate after it, so here it ends the name
                    }
                    if (given < MAX_GIVEN && e < text.length() && GIVEN_NAME_JOINS.indexOf(text.charAt(e)) >= 0) {
                        int longer = end(text, p, surnameLen, given + 1, boundary);
                        if (longer > 0) {
                            return longer; // 山口美 + 和子: 和 also writes given names (美和子, 和也)
                        }
                    }
                    return e;
                }
            }
        }
        return -1;
    }
}
