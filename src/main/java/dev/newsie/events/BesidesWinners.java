package dev.newsie.events;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 获颁“X”的外籍人士除甲外,还包括乙、丙等人: those who received the award, one named after 除…外 and the others after
 * 还包括 — every one of them a recipient, and 除…外 no part of a name.
 */
final class BesidesWinners {
    private BesidesWinners() {
    }

    private static final Pattern BESIDES = Pattern.compile(
            "(?:获颁|获得|获授|荣获)[^。;；]{0,30}?的[\\p{IsHan}]{0,10}?除([^。;；,，除外]{0,20}?Ⓡ)(?:先生|女士|博士|教授)?(?:以)?外[,，]?"
            + "(?:还|也)?(?:包括|有)[:：]?([^。;；]{1,200}?)(?:等(?:人|\\d+人|[一二三四五六七八九十]+人|\\d+名[\\p{IsHan}]{0,8}))?(?=[。;；]|$)");

    /** Where the winners' clause starts in the masked sentence, or -1 if the sentence holds none. */
    static int at(MaskedSentence ms) {
        Matcher b = BESIDES.matcher(ms.masked());
        return b.find() ? b.start() : -1;
    }

    /** The one named after 除 and those listed after 包括; empty unless the list after 包括 is all names. */
    static List<String> winners(MaskedSentence ms) {
        Matcher b = BESIDES.matcher(ms.masked());
        if (!b.find()) {
            return List.of();
        }
        List<MaskedSentence.Slot> first = ms.slots(b.start(1), b.end(1));
        MaskedSentence.Slot one = first.get(first.size() - 1);
        if (one.entity().type() != EntityType.PERSON) {
            return List.of();
        }
        List<String> rest = WinnersList.enumerationBefore(ms, b.start(2), b.end(2));
        if (rest.isEmpty() || rest.size() != WinnersList.itemCount(b.group(2))) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        out.add(one.entity().name());
        out.addAll(rest);
        return out;
    }
}
