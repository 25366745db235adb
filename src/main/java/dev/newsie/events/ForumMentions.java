package dev.newsie.events;

import dev.newsie.canon.CanonicalNames;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two mentions in one report name one forum (the same name, the same without its year, a shared
 * long description, a part of a name joined by 暨), and which of two names of it is the fuller.
 */
final class ForumMentions {
    static final Pattern YEAR_PREFIX = Pattern.compile("^(\\d{4})年?");
    private static final Pattern ANY_YEAR = Pattern.compile("\\d{4}");

    private ForumMentions() {
    }

    static boolean sameForum(ForumExtractor.Forum f, String name, List<String> places) {
        String b = key(name);
        List<String> known = new ArrayList<>(List.of(f.name));
        known.addAll(f.aliases);
        for (String k : known) {
            if (differentEdition(k, name)) {
                continue; // 2023甲论坛 and 2024甲论坛, 第三届 and 第四届: one series, two forums
            }
            String kk = key(k);
            // the same name, or one with a modifier in front (宁波国际友城市长对话会 / 国际友城市长对话会); a name
            // with more after it is a part of the forum (全球市长论坛全体大会), not the forum
            if (kk.equals(b) || (kk.length() >= 6 && b.length() >= 6 && (kk.endsWith(b) || b.endsWith(kk)))) {
                return true;
            }
            if (sharedDescription(kk, b, places) || sameEditionReordered(kk, b) || sidesSwapped(kk, b)) {
                return true;
            }
            if (k.contains("暨") && List.of(k.split("暨")).stream().map(ForumMentions::key).anyMatch(b::equals)) {
                return true;
            }
            if (name.contains("暨") && List.of(name.split("暨")).stream().map(ForumMentions::key).anyMatch(key(k)::equals)) {
                return true;
            }
        }
        return false;
    }

    /** 下届, 下一届, 上届, 上一次: an edition named by where it stands beside the reported one. */
    private static final Pattern NEIGHBOUR_EDITION = Pattern.compile("(?:\\d{4}年?)?[上下]一?[届次]");

    private static final Pattern EDITION = Pattern.compile("^(?:(\\d{4})年?)?(?:第([0-9一二三四五六七八九十百]+)[届次])?");

    /**
     * Whether a name's year in front (某年甲峰会) is later than the page's own year: told in a sentence that holds no
     * forum, or planned (争取, 申办), that edition is still to come; a name may also hold a target year (某年议程城市论坛),
     * so the caller weighs the sentence's verb. False when the page has no year.
     */
    static boolean yearAhead(String name, String reference) {
        Matcher m = YEAR_PREFIX.matcher(CanonicalNames.surfaceForm(name));
        Integer pageYear = DocumentContext.yearOf(reference);
        return m.find() && pageYear != null && Integer.parseInt(m.group(1)) > pageYear;
    }

    /**
     * Whether two names carry a year or an ordinal in front that differ: the editions of a series are
     * different forums even when the rest of their names is the same.
     */
    static boolean differentEdition(String a, String b) {
        if (NEIGHBOUR_EDITION.matcher(CanonicalNames.surfaceForm(a)).lookingAt() != NEIGHBOUR_EDITION.matcher(CanonicalNames.surfaceForm(b)).lookingAt()) {
            return true; // 下届甲论坛将于明年在乙市举行: the next (or last) edition is not the one reported
        }
        Matcher ma = EDITION.matcher(CanonicalNames.surfaceForm(a)), mb = EDITION.matcher(CanonicalNames.surfaceForm(b));
        ma.lookingAt();
        mb.lookingAt();
        for (int g = 1; g <= 2; g++) {
            if (ma.group(g) != null && mb.group(g) != null && !ma.group(g).equals(mb.group(g))) {
                return true;
            }
        }
        return false;
    }

    /** An edition word inside a name (首届, 首次, 第三届), with a place's 市 just before it (甲市首届乙大会). */
    private static final Pattern EDITION_WORD = Pattern.compile("市?(首[届次]|第[0-9一二三四五六七八九十百]+[届次])");

    /**
     * 甲市首届国际友城大会 and 首届甲国际友城大会: the edition word may stand before the place or after it (with
     * the place's 市), so two names of one edition that differ only in where it stands name one forum. Both must
     * give the edition, and the same one: 首届 and 首次 are one, 第二届 and 第三届 are two.
     */
    static boolean sameEditionReordered(String a, String b) {
        Matcher ma = EDITION_WORD.matcher(a), mb = EDITION_WORD.matcher(b);
        if (!ma.find() || !mb.find() || !edition(ma.group(1)).equals(edition(mb.group(1)))) {
            return false;
        }
        String ra = a.substring(0, ma.start()) + a.substring(ma.end()), rb = b.substring(0, mb.start()) + b.substring(mb.end());
        ra = ra.replaceFirst("^(.{2,4}?)市", "$1");
        rb = rb.replaceFirst("^(.{2,4}?)市", "$1");
        return ra.length() >= SHARED_TAIL && ra.equals(rb);
    }

    /** A one-character abbreviation of a country or place, as two of them open a bilateral name (中美, 俄中). */
    private static final Pattern TWO_SIDES = Pattern.compile("^\\p{IsHan}{2}");

    /**
     * 中美省州长对话 and 美中省州长对话: a bilateral forum is named with its two sides in either order, each side
     * putting itself first; with the rest of the name the same (four characters or more) it is one forum.
     */
    static boolean sidesSwapped(String a, String b) {
        if (a.length() != b.length() || a.length() < 6 || a.equals(b) || !TWO_SIDES.matcher(a).lookingAt()) {
            return false;
        }
        return a.charAt(0) == b.charAt(1) && a.charAt(1) == b.charAt(0) && a.substring(2).equals(b.substring(2));
    }

    private static String edition(String word) {
        return word.startsWith("首") ? "一" : word.substring(1, word.length() - 1).replace("1", "一");
    }

    /** How long a shared tail must be to say two names describe one event (地方领导人会议). */
    private static final int SHARED_TAIL = 6;

    /**
     * 第四次甲乙国家地方领导人会议 and 丙合作地方领导人会议: two names that end in the same description of six
     * characters or more, and whose fronts name no place, are two names of one event in one report. Fronts
     * that name places (2023甲市国际友城合作论坛, 2024乙市国际友城合作论坛) tell two events apart.
     */
    private static boolean sharedDescription(String a, String b, List<String> places) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        if (n < SHARED_TAIL || n == a.length() || n == b.length()) {
            return false;
        }
        int fa = a.length() - n, fb = b.length() - n;
        // a place that starts in a front names it, though its suffix falls in the shared tail (甲州市… / 乙州市…)
        return places.stream().noneMatch(p -> startsBefore(a, p, fa) || startsBefore(b, p, fb));
    }

    private static boolean startsBefore(String name, String place, int limit) {
        int at = name.indexOf(place);
        return at >= 0 && at < limit;
    }

    /**
     * A forum's name without quotes or a leading year, and with 友好城市 in its standard short form 友城, for
     * matching the mentions of one forum (2024中国国际友城大会 is 2024中国国际友好城市大会).
     */
    static String key(String name) {
        String k = YEAR_PREFIX.matcher(CanonicalNames.surfaceForm(name)).replaceFirst("").replace("友好城市", "友城");
        // 甲论坛(澳门): the bracketed place of an edition closing a name leaves the series' name to compare
        return PLACE_IN_BRACKETS_AT_END.matcher(k).replaceFirst("");
    }

    private static final Pattern PLACE_IN_BRACKETS_AT_END = Pattern.compile("(?<=.{4})[（(]\\p{IsHan}{2,4}[）)]$");

    /**
     * Whether a shorter mention is the full name without a place it holds (嘉义市举办国际姊妹市论坛 beside
     * 2025嘉义国际姊妹市论坛): a description of the event, not another name of it.
     */
    static boolean lacksAPlace(String full, String shorter, List<String> places) {
        int at = full.indexOf(shorter);
        String front = at >= 0 ? full.substring(0, at) : full;
        return places.stream().anyMatch(p -> front.contains(p) && !shorter.contains(p));
    }

    /** Edition words anywhere in a name (首届, 第三届, 第二次): an abbreviation may leave them out. */
    private static final Pattern ANY_EDITION = Pattern.compile("首[届次]|第[0-9一二三四五六七八九十百]+[届次]");

    /**
     * Whether a shorter name abbreviates a longer one the way Chinese shortens names: it keeps characters of the full
     * name in their order and drops the rest (甲乙港口论坛 for 第四届甲乙港口城市合作论坛, 丙市友城大会 for
     * 丙市第二届国际友城大会). Both start with the same character and end in the same two-character head, and the
     * shorter gives no edition the longer lacks; a year or ordinal in front is left aside, as 友好城市 is read 友城.
     */
    static boolean abbreviates(String full, String shorter) {
        String fullKey = key(full);
        String f = ANY_EDITION.matcher(fullKey).replaceAll(""), s = key(shorter);
        Matcher edition = ANY_EDITION.matcher(s);
        if (edition.find()) {
            if (!fullKey.contains(edition.group())) {
                return false; // 第五届甲论坛 shortens no name that does not say 第五届
            }
            s = edition.replaceAll("");
        }
        // the edition alone may be what it leaves out (甲论坛全体会议 for 甲论坛第四次全体会议), when it gives no year of its own
        boolean givesAYear = YEAR_PREFIX.matcher(CanonicalNames.surfaceForm(shorter)).find();
        if (s.length() < 4 || fullKey.length() <= s.length() || f.length() < s.length() || f.length() == s.length() && givesAYear
                || f.charAt(0) != s.charAt(0)
                || !f.endsWith(s.substring(s.length() - 2))) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < s.length(); i++) {
            at = f.indexOf(s.charAt(i), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    static boolean fuller(String a, String b) {
        boolean ay = ANY_YEAR.matcher(a).find(), by = ANY_YEAR.matcher(b).find();
        if (ay != by) {
            return ay;
        }
        return a.length() > b.length();
    }
}
