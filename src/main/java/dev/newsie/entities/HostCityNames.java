package dev.newsie.entities;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * China's international fairs, zones and bodies are named 中国 + host city + 国际… (中国甲市国际经济贸易洽谈会,
 * 中国(甲市)国际技术转移中心, 中国(甲市)自由贸易试验区): that 中国 opens a name and is no mention of the country
 * (GOLD.md §7). A bracketed host always opens a name; a bare one needs 国际 right after it, and a generic word
 * (中国城市国际化) is no host.
 */
final class HostCityNames {
    private static final Pattern PREFIX = Pattern.compile("中国(?:[(（](?!含|大陆|内地)\\p{IsHan}{2,5}[)）]|(?!城市|各地|地方)\\p{IsHan}{2,3}国际)");

    private HostCityNames() {
    }

    /** Marks in {@code inName} the 中国 that opens each such name. */
    static void mark(String text, boolean[] inName) {
        Matcher m = PREFIX.matcher(text);
        while (m.find()) {
            inName[m.start()] = true;
            inName[m.start() + 1] = true;
        }
    }
}
