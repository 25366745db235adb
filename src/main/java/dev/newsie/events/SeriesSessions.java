package dev.newsie.events;

import java.util.regex.Pattern;

/**
 * What a session's name adds to the name of the series it belongs to (甲论坛第八次会议, 甲论坛第五届部长级会议,
 * 甲论坛全体会议): an ordinal with a short rank and head, or a rank of session (plenary, ministerial, senior
 * officials', leaders') with its head. The whole is the session's one name; the series' name inside it is no forum
 * held of its own, and the series' name alone met elsewhere in the report speaks of the session's series.
 * Stateless and thread-safe.
 */
final class SeriesSessions {
    /**
     * An ordinal (第八次, 第五届) then a short rank and a meeting's head (会议, 全体会议, 部长级会议) or at most four
     * characters of any head (第三届峰会); or, with no
     * ordinal, one of the ranks a series' sessions are held at, a closed class, before a meeting's head.
     */
    private static final Pattern SESSION = Pattern.compile(ordinalPattern() + "|(?:全体|部长级|高官|领导人|首脑)(?:会议|大会)|全会");
    /** A session named by its ordinal (see {@link #SESSION}). */
    private static final Pattern ORDINAL_SESSION = Pattern.compile(ordinalPattern());

    private static String ordinalPattern() {
        return "第[0-9一二三四五六七八九十百]+[届次](?:\\p{IsHan}{0,3}(?:会议|年会|大会|全会)|.{1,4})";
    }

    /**
     * 甲论坛(AF): a series' Latin abbreviation in brackets right after its name, glossing the series; before the session's
     * words it stands inside the session's name without being part of it.
     */
    private static final Pattern LATIN_GLOSS = Pattern.compile("[（(][A-Za-z][A-Za-z .&'-]{0,15}[）)]");

    private SeriesSessions() {
    }

    /** Whether {@code bracket} is a Latin abbreviation in brackets, and nothing else. */
    static boolean latinGloss(String bracket) {
        return LATIN_GLOSS.matcher(bracket).matches();
    }

    /** {@code suffix} without the Latin gloss it opens with (see {@link #LATIN_GLOSS}), if any. */
    static String afterLatinGloss(String suffix) {
        java.util.regex.Matcher m = LATIN_GLOSS.matcher(suffix);
        return m.lookingAt() ? suffix.substring(m.end()) : suffix;
    }

    /**
     * A session's name written with its series' Latin gloss inside (甲论坛(AF)第四次全体会议), without the gloss: the
     * gloss names the series, it is no word of the session's name. Other names are returned as they are.
     */
    static String withoutInnerLatinGloss(String name) {
        java.util.regex.Matcher m = LATIN_GLOSS.matcher(name);
        while (m.find()) {
            if (m.start() > 0 && session(name.substring(m.end()))) {
                return name.substring(0, m.start()) + name.substring(m.end());
            }
        }
        return name;
    }

    /** Whether {@code suffix}, what follows a series' name inside a longer name, names a session of the series. */
    static boolean session(String suffix) {
        return SESSION.matcher(suffix).matches();
    }

    /**
     * Whether {@code suffix} names a session by its ordinal. Only such a session is told apart from its series by the
     * name alone: a plenary (甲论坛全体会议) is often reported beside the series' own days, an event of its own.
     */
    static boolean ordinalSession(String suffix) {
        return ORDINAL_SESSION.matcher(suffix).matches();
    }
}
