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

    /** 先后获得 / 相继荣获 / 多次被授予 … 等荣誉: the record, group 1 the list between the verb and 等. */
    private static final Pattern RECORD = Pattern.compile(
            "(?:先后|相继|多次|屡次|屡屡|历年来?)(?:获得|荣获|获评|获颁|获|被授予|被评为)了?([^。;；!！?？]*?)等[^。;；,，!！?？]{0,4}"
            + "(?:荣誉称号|荣誉|称号|奖项|殊荣|奖励)");

    private static final Pattern YEAR = Pattern.compile("\\d{4}\\s*年|[一二三四五六七八九〇零]{4}年");

    /** Whether {@code award} is named in such a record in {@code sentence}, with no year in the record. */
    static boolean listedInARecord(String sentence, String award) {
        Matcher r = RECORD.matcher(sentence);
        while (r.find()) {
            int clause = r.start();
            while (clause > 0 && ",，;；。:：".indexOf(sentence.charAt(clause - 1)) < 0) {
                clause--;
            }
            if (r.group(1).contains(award) && !YEAR.matcher(sentence.substring(clause, r.end())).find()) {
                return true;
            }
        }
        return false;
    }
}
