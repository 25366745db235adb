package dev.newsie.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 荣获“X奖”的甲国专家乙表示 / “X奖”获得者、甲国专家乙发言 / 乙是此次获得“X奖”的专家之一: people described by the award
 * they won — a relative clause, an apposition or a predicate — are its recipients, wherever the sentence goes on (a speech, a thanks), since the report names
 * them as its winners.
 */
final class WinnersNamedByAward {
    private WinnersNamedByAward() {
    }

    /** A verb of winning written right before the award (荣获“, 获得了). */
    private static final Pattern WON_BEFORE = Pattern.compile("(?:荣获|获得|获颁|荣膺|摘得)(?:了)?(?:本届|本年度|今年的?)?[“\"「『]?$");

    /** One person, after a calling of up to six characters and the places or bodies it names (美国专家, 甲大学教授). */
    // 荣获“X”证书的越南公民 乙: a caption or a quoted speaker's line may put a space between the calling and the name
    private static final String PERSON = "[ⓅⓄ]*[\\p{IsHan}]{0,6}?\\s?Ⓡ(?:先生|女士|博士|教授)?";

    private static final String PEOPLE = "((?:" + PERSON + "(?:、|和|与|及))*" + PERSON + ")";

    /** The certificate or medal that stands for the honour won (荣获“X”证书的乙). */
    private static final String TOKEN = "(?:证书|证章|奖牌|奖章|奖杯)?";

    /** After the award won: 的 + the people it describes. */
    private static final Pattern WHO_WON = Pattern.compile("^[”\"」』]?(?:称号|奖项|荣誉)?" + TOKEN + "的" + PEOPLE);

    /** After the award: its winner (获得者, 得主) in apposition with the people named. */
    private static final Pattern WINNER_NOUN = Pattern.compile("^[”\"」』]?(?:称号)?(?:获得者|获奖者|得主)[、,，]?" + PEOPLE);

    /** 乙是此次荣获“X奖”的…: the subject said to be one who won, the verb of winning right before the award. */
    private static final Pattern SUBJECT_IS = Pattern.compile(
            PEOPLE + "(?:也|则|就)?是(?:此次|本次|本届|今年|首批|第一位|首位)?(?:荣获|获得|获颁|荣膺|摘得)(?:了)?(?:本届|本年度|今年的?)?[“\"「『]?$");

    /** After the award: 的, the predicate's noun (…的专家) to follow. */
    private static final Pattern OF_WHICH = Pattern.compile("^[”\"」』]?(?:称号|奖项|荣誉)?" + TOKEN + "的");

    /** The people the sentence describes as winners of {@code award}; empty if it names none so. */
    static List<String> winners(MaskedSentence ms, String award) {
        String text = ms.sentence().text();
        int inText = text.indexOf(award);
        if (inText < 0) {
            return List.of();
        }
        String m = ms.masked();
        int at = Math.min(ms.maskedPos(ms.sentence().start() + inText), m.length());
        int after = Math.min(ms.maskedPos(ms.sentence().start() + inText + award.length() - 1) + 1, m.length());
        String rest = m.substring(after);
        Matcher subject = SUBJECT_IS.matcher(m.substring(0, at));
        if (subject.find() && OF_WHICH.matcher(rest).find()) {
            return persons(ms, subject.start(1), subject.end(1));
        }
        Matcher who = WON_BEFORE.matcher(m.substring(0, at)).find() ? WHO_WON.matcher(rest) : null;
        if (who == null || !who.find()) {
            who = WINNER_NOUN.matcher(rest);
            if (!who.find()) {
                return List.of();
            }
        }
        return persons(ms, after + who.start(1), after + who.end(1));
    }

    private static List<String> persons(MaskedSentence ms, int from, int to) {
        List<String> out = new ArrayList<>();
        for (MaskedSentence.Slot s : ms.slots(from, to)) {
            if (s.entity().type() == dev.newsie.model.EntityType.PERSON) {
                out.add(s.entity().name());
            }
        }
        return out;
    }
}
