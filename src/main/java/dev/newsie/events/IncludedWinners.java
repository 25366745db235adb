package dev.newsie.events;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 包括甲、乙在内的50名外国专家获得“X奖” / 包括甲在内,今年共有30名专家荣获“X奖”: the winners named inside 包括…在内, in the
 * clause that then says how many received the award named after the verb. Those named are among the winners; the
 * counted rest are not named and give nothing.
 */
final class IncludedWinners {
    private IncludedWinners() {
    }

    /** 包括 + names + 在内(的/,) + the counted group + a verb of receiving, then at most a year or a mark before the award. */
    private static final Pattern INCLUDED = Pattern.compile(
            "包括([^。;；在]{1,200}?)在内[的,，][^。;；ⓅⓄⓇ]{0,40}?(?:获得|荣获|获颁|获授|荣膺|获)了?[^。;；,，ⓅⓄⓇ]{0,12}$");

    /** The names inside 包括…在内 that end right before the award's position {@code award}; empty if none or not all are names. */
    static List<String> before(MaskedSentence ms, int clause, int award) {
        String m = ms.masked();
        Matcher inc = INCLUDED.matcher(m);
        inc.region(clause, award);
        if (!inc.find()) {
            return List.of();
        }
        List<String> listed = WinnersList.enumerationBefore(ms, inc.start(1), inc.end(1));
        return listed.size() == WinnersList.itemCount(inc.group(1)) ? listed : List.of();
    }
}
