package dev.newsie.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a gathering's or an honour's name is written with (2030甲乙市长论坛, 2030年甲市荣誉市民): the year of the
 * edition, which dates the month and day the same sentence gives it (11月19日,2030甲乙市长论坛在甲市举办) when the page
 * gives no year of its own, or when the page's own year is the one after (a repost's furniture dated a year later).
 * The name runs from the year to the first head noun of a gathering or an honour ({@code FORUM_HEAD} and
 * {@code AWARD_HEAD} of models/events/lexicon.tsv) with no clause word between (的, 在, 将 …: 2030年以来在甲市举办的论坛
 * is a clause). A year of account (2030年度, 2030—2031年) and an annual meeting (2030年会, held after its year) name no
 * edition's year.
 */
final class NamedEditionYear {
    /** The longest run kept between the year and the head noun; a longer one is a clause. */
    private static final int MAX_NAME = 24;
    /** Words that end a name: a run holding one is a clause, not a name. */
    private static final String CLAUSE_CHARS = "的在于将为是并由到从向以至起前后底初末了已被获颁授";
    /**
     * Coordinators (和, 与, 及): inside a gathering's name they join two subjects (2030甲乙合作与发展论坛); before an
     * honour's head they join a clause's parties.
     */
    private static final String COORDINATORS = "和与及";
    /** Words of a plan or an invitation before a name (将举办, 拟于, 邀请…出席): the edition is a coming one, not the day's. */
    private static final List<String> COMING = List.of("将", "拟", "邀请");
    /** What ends the clause before a name. */
    private static final String CLAUSE_END = "，。,；;：:!！?？ \n";
    /** Heads of gatherings held after the year they are named for (2030年会 reviews 2030). */
    private static final List<String> HELD_AFTER_ITS_YEAR = List.of("年会");

    /** The year an edition is named with, and whether the name is a gathering's (论坛, 大会) rather than an honour's. */
    record Edition(int year, boolean gathering) {
    }

    private NamedEditionYear() {
    }

    /** The lexicon's words, read once when the first page needs them. */
    private static final class Words {
        /** Verbs that never stand inside a name ({@code NAME_BREAK} of models/events/lexicon.tsv: 举办, 出席 …). */
        static final List<String> BREAKS;
        static final List<String> GATHERING_HEADS;
        static final Pattern NAMED;

        static {
            EventLexicon lexicon = EventLexicon.standard();
            List<String> heads = new ArrayList<>(lexicon.words(EventLexicon.Role.FORUM_HEAD));
            GATHERING_HEADS = List.copyOf(heads);
            BREAKS = List.copyOf(lexicon.words(EventLexicon.Role.NAME_BREAK));
            heads.addAll(lexicon.words(EventLexicon.Role.AWARD_HEAD));
            heads.removeIf(HELD_AFTER_ITS_YEAR::contains);
            heads.sort((a, b) -> b.length() - a.length());
            NAMED = Pattern.compile("(?<![\\d年—–\\-])((?:19|20)\\d{2})(?!年度)年?+(?![\\d—–\\-至])(?=\\p{IsHan})([^，。,；;：:、!！?？\\s]{1,"
                    + MAX_NAME + "}?)(" + String.join("|", heads.stream().map(Pattern::quote).toList()) + ")");
        }
    }

    /** The one edition's year the year-named gatherings and honours of {@code text} are written with, or null (none, or two). */
    static Edition in(String text) {
        Edition found = null;
        Matcher m = Words.NAMED.matcher(text);
        while (m.find()) {
            boolean gatheringHead = Words.GATHERING_HEADS.contains(m.group(3));
            if (isClause(m.group(2), gatheringHead) || HELD_AFTER_ITS_YEAR.stream().anyMatch(h -> text.startsWith(h, m.end(1)))
                    || coming(text, m.start())) {
                continue;
            }
            int y = Integer.parseInt(m.group(1));
            if (found != null && found.year() != y) {
                return null;
            }
            boolean gathering = gatheringHead || found != null && found.gathering();
            found = new Edition(y, gathering);
        }
        return found;
    }

    /** Whether the clause before {@code at} says the name is of a coming edition (甲市将于…举办2031…论坛). */
    private static boolean coming(String text, int at) {
        int k = at;
        while (k > 0 && CLAUSE_END.indexOf(text.charAt(k - 1)) < 0) {
            k--;
        }
        String clause = text.substring(k, at);
        return COMING.stream().anyMatch(clause::contains);
    }

    private static boolean isClause(String run, boolean gatheringHead) {
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (CLAUSE_CHARS.indexOf(c) >= 0 || !gatheringHead && COORDINATORS.indexOf(c) >= 0) {
                return true;
            }
        }
        return Words.BREAKS.stream().anyMatch(run::contains);
    }

    /**
     * The year a month and day of a sentence naming {@code named} lie in: the page's ({@code fromPage}, null when the
     * page gives none) unless the name's year fills its absence, or the name is a gathering's and the page's year is the
     * one after it (an honour may be handed over early in the year after the one it is named for).
     */
    static Integer yearOf(Integer fromPage, Edition named) {
        if (named == null) {
            return fromPage;
        }
        return fromPage == null || named.gathering() && fromPage == named.year() + 1 ? Integer.valueOf(named.year()) : fromPage;
    }
}
