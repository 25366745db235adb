package dev.newsie.events;

import java.util.regex.Pattern;

/**
 * A clause that only says how a signing was held — 以视讯方式, 透过越洋视讯, 通过视频连线的方式, 采线上形式 — set off by
 * commas between the sides and the verb (甲市长X与乙州州长,以视讯方式,共同签署). It names no one, so the sides are
 * the clause before it. Taiwan's press writes 视讯 and 透过 (after conversion: 视讯, 透过); video signings are common
 * since 2020.
 */
final class MannerClause {
    private static final Pattern MANNER = Pattern.compile("^(?:今天|今日|昨天|昨日|当天|当日)?(?:上午|下午|晚间|晚上)?"
            + "(?:通过|透过|经由|藉由|以|采|采取|利用)(?:越洋|跨海|跨国|远距|远程)?"
            + "(?:" + RemoteMedia.WORDS + ")(?:会议|连线|签约|签署)?(?:的)?(?:方式|形式)?(?:进行)?$");

    /**
     * A clause that sets the act's scene, a meeting or ceremony held at a venue no gazetteer names (在唐人街某会馆以视讯开会,
     * 在市府大厅举行仪式): it tells how the act was held, and names no side either.
     */
    private static final Pattern SCENE = Pattern.compile("^(?:今天|今日|昨天|昨日|当天|当日)?(?:上午|下午|晚间|晚上)?"
            + "在[^ⓅⓄⓇ,，。;；]{2,20}?(?:举行|召开|进行)(?:了)?(?:" + RemoteMedia.WORDS + ")?(?:会议|会谈|会晤|仪式|典礼|连线)$");

    private MannerClause() {
    }

    /** Whether the clause (masked or plain, without its commas) only tells the medium or the scene of the act. */
    static boolean isManner(String clause) {
        return MANNER.matcher(clause.strip()).matches() || SCENE.matcher(clause.strip()).matches();
    }
}
