package dev.newsie.events;

import dev.newsie.canon.ScriptConverter;

import java.util.regex.Pattern;

/**
 * A forum held by video or online (以视频方式召开, 采用线上方式举行, 在线上举行, 云端举办) takes place in no city: where
 * no sentence places it, none is inferred from its name, its hosts or the dateline (GOLD.md §3 `location`). A session
 * held both ways (线上线下相结合) has a hall, and is not one of these.
 */
final class OnlineSessions {
    private OnlineSessions() {
    }

    private static final String MEDIUM = "[“「\"']?(?:" + RemoteMedia.WORDS + ")[”」\"']?";
    /**
     * 以视频方式召开, 通过“云端”连线方式举行, 甲市与乙市“云端”连线,共同举办: the session itself held through a remote
     * medium. 进行 counts only when what is done is the session (以视频方式进行。, 以视频方式进行签约), not a speech given
     * by video at a session held in a hall (以视频方式进行致辞).
     */
    private static final Pattern ONLINE = Pattern.compile(
            "(?<!线下)(?:以|通过|透过|采用|采取)" + MEDIUM + "(?:会议)?(?:连线)?的?(?:方式|形式)(?:\\p{IsHan}{0,2}?)"
                    + "(?:举行|举办|召开|开幕|进行(?=[。,，;；!！]|$|签约|签署|仪式|活动|庆典))"
                    + "|(?<!线下)(?:在)?(?:线上|云端|云上)(?:举行|举办|召开|开幕)"
                    + "|" + MEDIUM + "(?:视频)?连线[,，]?(?:共同|同时|一同)?(?:举行|举办)");
    private static final Pattern BOTH_WAYS = Pattern.compile("线上线下|线下线上|线上与线下|线上和线下");

    /** Whether a sentence says the forum, ceremony or signing was held by video or online only. */
    static boolean heldOnline(String sentence) {
        String t = ScriptConverter.toSimplified(sentence);
        return ONLINE.matcher(t).find() && !BOTH_WAYS.matcher(t).find();
    }
}
