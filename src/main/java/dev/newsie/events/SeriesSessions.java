package dev.newsie.events;

import dev.newsie.text.WordAlternation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a session's name adds to the name of the series it belongs to (甲论坛第八次会议, 甲论坛第五届部长级会议,
 * 甲论坛全体会议): an ordinal with a short rank and head, or a rank of session (plenary, ministerial, senior
 * officials', leaders') with its head. The whole is the session's one name; the series' name inside it is no forum
 * held of its own, and the series' name alone met elsewhere in the report speaks of the session's series.
 * Immutable and thread-safe once built from the lexicon.
 */
final class SeriesSessions {
    /**
     * 甲论坛(AF): a series' Latin abbreviation in brackets right after its name, glossing the series; before the session's
     * words it stands inside the session's name without being part of it.
     */
    private static final Pattern LATIN_GLOSS = Pattern.compile("[（(][A-Za-z][A-Za-z .&'-]{0,15}[）)]");

    /**
     * An ordinal (第八次, 第五届), at most three characters of rank (部长级) and a forum's or session's head (会议,
     * 峰会, 全会: FORUM_HEAD or SESSION_RANK); or, with no ordinal, a session named by its rank (SESSION_RANK, a
     * closed class: 全体会议, 高官会议).
     */
    private final Pattern session;
    /** A session named by its ordinal (see {@link #session}). */
    private final Pattern ordinalSession;

    SeriesSessions(EventLexicon lexicon) {
        String ranks = WordAlternation.of(lexicon.words(EventLexicon.Role.SESSION_RANK));
        List<String> heads = new ArrayList<>(lexicon.words(EventLexicon.Role.FORUM_HEAD));
        heads.addAll(lexicon.words(EventLexicon.Role.SESSION_RANK));
        String ordinal = "第[0-9一二三四五六七八九十百]+[届次]\\p{IsHan}{0,3}" + WordAlternation.of(heads);
        this.session = Pattern.compile(ordinal + "|" + ranks);
        this.ordinalSession = Pattern.compile(ordinal);
    }

    /** Whether {@code bracket} is a Latin abbreviation in brackets, and nothing else. */
    static boolean latinGloss(String bracket) {
        return LATIN_GLOSS.matcher(bracket).matches();
    }

    /** {@code suffix} without the Latin gloss it opens with (see {@link #LATIN_GLOSS}), if any. */
    static String afterLatinGloss(String suffix) {
        Matcher m = LATIN_GLOSS.matcher(suffix);
        return m.lookingAt() ? suffix.substring(m.end()) : suffix;
    }

    /**
     * A session's name written with its series' Latin gloss inside (甲论坛(AF)第四次全体会议), without the gloss: the
     * gloss names the series, it is no word of the session's name. Other names are returned as they are.
     */
    String withoutInnerLatinGloss(String name) {
        Matcher m = LATIN_GLOSS.matcher(name);
        while (m.find()) {
            if (m.start() > 0 && session(name.substring(m.end()))) {
                return name.substring(0, m.start()) + name.substring(m.end());
            }
        }
        return name;
    }

    /** Whether {@code suffix}, what follows a series' name inside a longer name, names a session of the series. */
    boolean session(String suffix) {
        return session.matcher(suffix).matches();
    }

    /**
     * Whether {@code suffix} names a session by its ordinal. Only such a session is told apart from its series by the
     * name alone: a plenary (甲论坛全体会议) is often reported beside the series' own days, an event of its own.
     */
    boolean ordinalSession(String suffix) {
        return ordinalSession.matcher(suffix).matches();
    }
}
