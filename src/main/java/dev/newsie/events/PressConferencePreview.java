package dev.newsie.events;

import java.util.regex.Pattern;

/**
 * A page whose lead reports a press conference (记者从甲市政府新闻发布会上获悉, 10日上午甲办举行新闻发布会,介绍大会筹备情况)
 * is a preview: the press conference is the act it reports, and the forum it introduces is still to come, however
 * its later sentences word it (大会有来自23个国家的代表参加, 论坛10月15日至20日在甲市举行). Planned events are not
 * events (GOLD.md §7), so such a page holds no forum. A results release (成果发布会) or a closing press conference
 * (闭幕新闻发布会) tells of a forum held, and is no preview.
 */
final class PressConferencePreview {
    private PressConferencePreview() {
    }

    /** How many of the lead's sentences may tell of the press conference. */
    private static final int LEAD_SENTENCES = 3;
    /** A sentence shorter than this is a header line or junk, not the lead. */
    private static final int LEAD_SENTENCE_MIN = 20;
    /**
     * The press conference, not preceded by a word making it a forum's release of results or its close, nor the verb
     * 发布 before 会议 (大会发布会议成果文件: the forum issued its papers).
     */
    private static final Pattern PRESS_CONFERENCE = Pattern.compile(
            "(?<!成果|签约|签字|闭幕|总结|颁奖|发布|结果)(?:新闻发布会|新闻通气会|媒体通气会|发布会)(?!议)");

    /** Whether the page's lead reports a press conference. */
    static boolean previews(DocumentContext ctx) {
        int seen = 0;
        for (Sentence s : ctx.sentences) {
            if (s.text().length() < LEAD_SENTENCE_MIN) {
                continue;
            }
            if (PRESS_CONFERENCE.matcher(s.text()).find()) {
                return true;
            }
            if (++seen >= LEAD_SENTENCES) {
                return false;
            }
        }
        return false;
    }
}
