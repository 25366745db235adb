package dev.newsie.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 颁发表扬状给甲, 为甲颁发纪念证书, 赠与甲荣誉市民: a commendation named by the object handed over
 * alone, unquoted, right after the verb of handing it over (or after the one honoured, for a verb that takes two
 * objects). The words are {@code models/events/commendation-tokens.tsv}. Such an object is an award only on a page that
 * names no award otherwise; where one is named, the certificate is that award's token ({@link AwardExtractor}).
 */
final class HandedOverCommendation {
    private static HandedOverCommendation shared;

    private final Pattern pattern;

    private HandedOverCommendation(RoleWords words) {
        String token = "(?:" + words.alternation("PRAISE") + words.alternation("DOCUMENT") + "|" + words.alternation("TITLE") + ")";
        // the verb, then the object (的 may stand between: 为他颁发的奖状); or a two-object verb, the one honoured,
        // then the object
        this.pattern = Pattern.compile("(?:" + words.alternation("DOUBLE") + "了?" + MaskedSentence.PERSON
                + "|" + words.alternation("VERB") + "了?的?)(" + token + ")"
                // the object ends there: 给/予 and the one honoured, a mark, 并 and the next verb, or the line's end
                // (颁发荣誉市民证书 is a certificate of another honour, named whole elsewhere)
                + "(?=给|予|并|[,，。;；、:：)）!！\\s]|$)");
    }

    static synchronized HandedOverCommendation get() {
        if (shared == null) {
            shared = new HandedOverCommendation(RoleWords.read("events/commendation-tokens.tsv"));
        }
        return shared;
    }

    /** The commendations the sentence names by what is handed over, as the text writes them. */
    List<String> commendations(MaskedSentence ms) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(ms.masked());
        while (m.find()) {
            int from = ms.textOffset(m.start(1)) - ms.sentence().start();
            int to = ms.textOffset(m.end(1) - 1) - ms.sentence().start() + 1;
            String name = ms.sentence().text().substring(from, to);
            if (!out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }
}
