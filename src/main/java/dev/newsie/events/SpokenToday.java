package dev.newsie.events;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * 今天 in reported speech (郭某在签约仪式上致辞表示,…今天两市正式缔结…): the speaker's today is the day of the
 * speech, the day the report has just told, not the day the report was published (a ceremony is often reported the
 * next morning). Reads the sentence before the word and the last full date told; writes nothing.
 */
final class SpokenToday {
    private SpokenToday() {
    }

    /**
     * A verb of saying and the comma or colon that opens the words said, before 今天 in its sentence or in the one
     * before (X致辞表示,…。今天…: the words said go on), with no full stop of a new speaker's sentence after it.
     */
    private static final Pattern SAID = Pattern.compile("(?:表示|说|指出|强调|致辞|讲话|称)[,，:：]");
    /** How many days before the anchor the day just told may lie and still be the day of the speech. */
    private static final int REACH_DAYS = 3;

    /**
     * The day 今天/今日 means when it stands in words said after a verb of saying, or null to read it as the
     * report's own day.
     */
    static String day(String word, String before, String previous, LocalDate anchor) {
        if (previous == null || anchor == null || !(word.equals("今天") || word.equals("今日")) || !SAID.matcher(before).find()) {
            return null;
        }
        LocalDate told = LocalDate.parse(previous);
        return !told.isAfter(anchor) && !told.isBefore(anchor.minusDays(REACH_DAYS)) ? previous : null;
    }
}
