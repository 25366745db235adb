package dev.newsie.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Forums held within the forum being reported (大会期间,还举行了甲论坛和乙论坛): a sentence that opens on the
 * reported forum's time span and then reports forums held names its parts — sub-forums, whose titles are the
 * forum's topics (GOLD.md §3 `topics`: sub-forum titles) — not forums of their own. Thread-safe: stateless.
 */
final class ForumParts {
    /**
     * 期间/同期, after an optional pointer and forum head (本届大会期间, 论坛同期), then an optional adverb of addition
     * and a verb of holding: the opening of a sentence that lists what was held inside the forum.
     */
    private static final Pattern HELD_DURING = Pattern.compile(
            "^(?:在)?(?:本届|本次|此次|这次)?(?:论坛|大会|峰会|会议|年会|对话会|研讨会)?(?:期间|同期)[,，]?"
                    + "(?:[\\u4e00-\\u9fff]{0,6}?)(?:还|另|同时|并|也)?(?:相继|同期|分别)?(?:举行|举办|召开)(?:了)?");

    private ForumParts() {
    }

    /**
     * 等20多场重要活动, 等系列活动: a list closed by a count of activities — the forum's programme (round tables,
     * sub-forums, ceremonies side by side), which names neither forums of their own nor topics.
     */
    private static final Pattern COUNTED_ACTIVITIES = Pattern.compile(
            "等(?:\\d+|[一二两三四五六七八九十]+)?(?:余|多)?(?:场|项|个|次)?(?:重要|重大|系列|配套|精彩|主题|专题)?活动");

    /** Whether a sentence that opens on the reported forum's span lists its programme of activities. */
    static boolean programme(String sentence) {
        java.util.regex.Matcher m = HELD_DURING.matcher(sentence);
        return m.lookingAt() && COUNTED_ACTIVITIES.matcher(sentence).region(m.end(), sentence.length()).find();
    }

    /** What may join the names of parts after the verb: a list of forum names and nothing else. */
    private static final String JOINERS = "和与及、“”「」\"";

    /**
     * Whether the sentence opens on the reported forum's span and the verb of holding is followed directly by a
     * list of forum names and nothing else (还举行了甲论坛和乙论坛。). A verb followed by counted sub-forums and
     * side meetings (期间,举行“甲”等6个分论坛,“乙”2场边会) is left to the topic reader: the side meetings it counts
     * are gatherings of their own.
     */
    static boolean heldDuring(String sentence, List<int[]> spans) {
        java.util.regex.Matcher m = HELD_DURING.matcher(sentence);
        if (spans.isEmpty() || !m.lookingAt()) {
            return false;
        }
        int at = m.end();
        for (int[] sp : spans) {
            if (sp[0] < at || !onlyJoiners(sentence.substring(at, sp[0]))) {
                return false;
            }
            at = sp[1];
        }
        String rest = sentence.substring(at).replaceAll("[。!！;；\\s]+$", "");
        return onlyJoiners(rest);
    }

    private static boolean onlyJoiners(String s) {
        return s.chars().allMatch(c -> JOINERS.indexOf(c) >= 0);
    }

    /** The names in the sentence other than the reported forum's own, in order: its parts. */
    static List<String> parts(String sentence, List<int[]> spans, String reported) {
        List<String> out = new ArrayList<>();
        for (int[] sp : spans) {
            String name = sentence.substring(sp[0], sp[1]);
            if (!reported.contains(name) && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }
}
