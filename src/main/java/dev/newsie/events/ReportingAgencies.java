package dev.newsie.events;

import java.util.regex.Pattern;

/**
 * 据甲社乙地3月10日电 / (甲报记者乙) / 甲网讯: the outlet a report is filed by, named in its dateline or byline.
 * It reports the sentence's acts and takes part in none of them, so it is no award's giver.
 */
final class ReportingAgencies {
    private ReportingAgencies() {
    }

    /** After the outlet: a dateline's place and day ending in 电, or the words of a byline. */
    private static final Pattern AFTER = Pattern.compile("^Ⓟ*(?:\\d{1,2}月)?\\d{1,2}日(?:专)?电|^(?:讯|记者|消息|报道)");

    /** Whether the organisation at {@code slot} is the outlet of the sentence's dateline or byline. */
    static boolean files(MaskedSentence ms, MaskedSentence.Slot slot) {
        String m = ms.masked();
        int after = slot.maskedPos() + 1;
        return after <= m.length() && AFTER.matcher(m.substring(after)).find();
    }
}
