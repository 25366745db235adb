package dev.newsie.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * 联合会于2016年3月9日在甲市成立, 代表团在2007年11月2日抵达: a full date right after the preposition 于 (於) or 在
 * is the time of an act the story tells, not the day the page was written. When the opening lines of a body are
 * searched for a publication date, such dates are taken out first, so that the page stays undated rather than
 * dated by an event of its background (which would push the events it reports into the "future").
 * Stateless and thread-safe.
 */
final class ActDates {
    /** Not after 发布/发表/更新/刊登 (发布于2024年5月3日): that is the page's own stamp, which dates it. */
    private static final Pattern AFTER_PREPOSITION = Pattern.compile(
            "(?<!发布|发表|更新|刊登)[于於在]\\s*(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]?");

    private ActDates() {
    }

    /** The lines with every date that follows 于/於/在 removed; other dates stay. */
    static List<String> withoutActDates(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            out.add(AFTER_PREPOSITION.matcher(l).replaceAll("于"));
        }
        return out;
    }
}
