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
    private static final String CLAUSE_CHARS = "的在于将为是和与及并由到从向以至起前后底初末了已被获颁授";
    /** Verbs that never stand inside a name ({@code NAME_BREAK} of models/events/lexicon.tsv: 举办, 出席 …). */
    private static volatile List<String> breaks;
    /** Heads of gatherings held after the year they are named for (2030年会 reviews 2030). */
    private static final List<String> HELD_AFTER_ITS_YEAR = List.of("年会");
    private static volatile Pattern named;
    private static volatile List<String> gatheringHeads;

    /** The year an edition is named with, and whether the name is a gathering's (论坛, 大会) rather than an honour's. */
    record Edition(int year, boolean gathering) {
    }

    private NamedEditionYear() {
    }

    private static Pattern named() {
        if (named == null) {
            EventLexicon lexicon = EventLexicon.load();
            List<String> heads = new ArrayList<>(lexicon.words(EventLexicon.Role.FORUM_HEAD));
            gatheringHeads = List.copyOf(heads);
            breaks = List.copyOf(lexicon.words(EventLexicon.Role.NAME_BREAK));
            heads.addAll(lexicon.words(EventLexicon.Role.AWARD_HEAD));
            heads.removeIf(HELD_AFTER_ITS_YEAR::contains);
            heads.sort((a, b) -> b.length() - a.length());
            named = Pattern.compile("(?<![\\d年—–\\-])((?:19|20)\\d{2})(?!年度)年?(?![\\d—–\\-至])(?=\\p{IsHan})([^，。,；;：:、!！?？\\s]{1,"
                    + MAX_NAME + "}?)(" + String.join("|", heads.stream().map(Pattern::quote).toList()) + ")");
        }
        return named;
    }

    /** The one edition's year the year-named gatherings and honours of {@code text} are written with, or null (none, or two). */
    static Edition in(String text) {
        Edition found = null;
        Matcher m = named().matcher(text);
        while (m.find()) {
            if (isClause(m.group(2)) || HELD_AFTER_ITS_YEAR.stream().anyMatch(h -> text.startsWith(h, m.end(1)))) {
                continue;
            }
            int y = Integer.parseInt(m.group(1));
            if (found != null && found.year() != y) {
                return null;
            }
            boolean gathering = gatheringHeads.contains(m.group(3)) || found != null && found.gathering();
            found = new Edition(y, gathering);
        }
        return found;
    }

    private static boolean isClause(String run) {
        for (int i = 0; i < run.length(); i++) {
            if (CLAUSE_CHARS.indexOf(run.charAt(i)) >= 0) {
                return true;
            }
        }
        return breaks.stream().anyMatch(run::contains);
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
