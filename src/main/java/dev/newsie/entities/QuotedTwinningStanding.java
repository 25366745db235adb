package dev.newsie.entities;

import java.util.regex.Pattern;

/**
 * A quoted standing of twinned places written right before a body's name (访问「姊妹城市」某市政府, 拜会“友好城市”某市议会):
 * the quotes set off what the body's place is to the page's own, they open no part of the body's name.
 *
 * <p>Why: a quoted phrase right before a name is usually the name's own opening (“一带一路”建设工作委员会), and Taiwan's
 * press quotes the standing of a sister city that way; read as the name's opening, the body becomes 姊妹城市某市政府 and
 * the place's government is lost.
 */
final class QuotedTwinningStanding {
    private QuotedTwinningStanding() {
    }

    /** The standings of twinned places (GOLD.md §3), in Simplified characters as the entity stage sees them. */
    private static final Pattern STANDING = Pattern.compile(
            "(?:国际)?(?:姊妹|姐妹|友好|友谊)(?:城市|市|州|省|县|省州|交流城市|合作城市)|友城|友谊市");

    /** Whether the quoted phrase (without its quotes) is such a standing. */
    static boolean isStanding(String quoted) {
        return STANDING.matcher(quoted).matches();
    }
}
