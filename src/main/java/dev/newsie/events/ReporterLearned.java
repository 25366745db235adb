package dev.newsie.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 记者13日从甲市外办获悉, 12日,记者从甲办了解到: the clause that says when and how the report learned what it tells.
 * A date standing in or before it is the day of the learning, which a wire report files close to the act but never
 * is the act's own time; the act's date, if the sentence gives one, follows the clause. Reads a sentence; writes
 * nothing.
 */
final class ReporterLearned {
    /** 记者 and, within the clause, a verb of learning (获悉, 了解到, 得知, 获知). */
    private static final Pattern LEARNED = Pattern.compile("记者[^。;；,，]{0,20}?(?:获悉|了解到|得知|获知)");

    private ReporterLearned() {
    }

    /** Where the learning clause of a sentence's text ends (an offset into it), or -1 when the sentence has none. */
    static int end(String sentence) {
        Matcher m = LEARNED.matcher(sentence);
        return m.find() ? m.end() : -1;
    }
}
