package dev.newsie.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 甲市先后获得“X奖”、Y等荣誉: honours listed as a record — an adverb of succession or repetition before the verb of
 * receiving, the list closed by 等 and the class of what was won. The clause tells what the holder has won over the
 * years, a state, not an award conferred with a time of its own (GOLD.md §7, events in the past); a year written in the
 * clause (before the adverb too) makes it an act told with its time and leaves it to the other rules.
 */
final class RecordOfHonours {
    private RecordOfHonours() {
    }

    /**
     * 先后获得 / 相继荣获 / 多次被授予 … 等荣誉: the record, group 1 the list between the verb and 等; its adverbs and verbs
     * are {@code models/events/earlier-receipt.tsv}'s shared ones and its own.
     */
    private static final Pattern RECORD;

    static {
        RoleWords words = RoleWords.read("events/earlier-receipt.tsv");
        RECORD = Pattern.compile(words.alternation("ADVERB", "RECORD_ADVERB") + words.alternation("RECEIVE", "RECORD_RECEIVE")
                + "了?([^。;；!！?？]*?)等[^。;；,，!！?？]{0,4}(?:荣誉称号|荣誉|称号|奖项|殊荣|奖励)");
    }

    private static final Pattern YEAR = Pattern.compile("\\d{4}\\s*年|[〇○零一二三四五六七八九]{4}年");

    /** Whether {@code award} is named in such a record in {@code sentence}, with no year in the record. */
    static boolean listedInARecord(String sentence, String award) {
        Matcher r = RECORD.matcher(sentence);
        while (r.find()) {
            int clause = SigningExtractor.clauseStart(sentence, r.start());
            if (r.group(1).contains(award) && !YEAR.matcher(sentence.substring(clause, r.end())).find()) {
                return true;
            }
        }
        return false;
    }
}
