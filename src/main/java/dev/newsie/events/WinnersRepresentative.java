package dev.newsie.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 获奖专家代表、甲国专家乙发言 / 乙教授代表获奖者致辞: the one who speaks for the winners of the award just named is one
 * of them, so a recipient.
 */
final class WinnersRepresentative {
    private WinnersRepresentative() {
    }

    private static final String WINNERS = "(?:获奖|受表彰|获表彰)(?:的)?(?:外国专家|专家|者|人士|友人|代表)?";

    /** 获奖专家代表(、美国专家)乙: the representative named after the words for the winners' representative. */
    private static final Pattern NAMED_AFTER = Pattern.compile(WINNERS + "代表[、,，]?[ⓅⓄ]*[\\p{IsHan}]{0,6}?(Ⓡ)");

    /** 乙(教授)代表获奖者: the person speaking for the winners, named before 代表. */
    private static final Pattern NAMED_BEFORE = Pattern.compile("(Ⓡ)(?:先生|女士|博士|教授|院士)?(?:作为|代表)(?:全体|所有)?" + WINNERS + "(?![\\p{IsHan}]{0,2}城市)");

    /** The persons the sentence names as speaking for the winners; empty if none. */
    static List<String> representatives(MaskedSentence ms) {
        List<String> out = new ArrayList<>();
        for (Pattern p : List.of(NAMED_AFTER, NAMED_BEFORE)) {
            Matcher r = p.matcher(ms.masked());
            while (r.find()) {
                for (MaskedSentence.Slot s : ms.slots(r.start(1), r.end(1))) {
                    if (s.entity().type() == dev.newsie.model.EntityType.PERSON && !out.contains(s.entity().name())) {
                        out.add(s.entity().name());
                    }
                }
            }
        }
        return out;
    }
}
