package dev.newsie.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A portal's menu flattened to text: one short item a line, four or more lines in a row, no punctuation
 * (專題首頁 / 好店推薦 / 縣政府文化局 / 業配廠商). An article's own headlines above its text are at most a kicker,
 * a headline and a subtitle, and a dateline or byline separates them from the menu; so no line of such a run is
 * the article's title, even one that shares a place name with the lead.
 */
final class MenuBlocks {
    /** Menu items are this long at most. */
    static final int MAX_ITEM = 12;
    /** This many short lines in a row make a menu (one more than a kicker, headline and subtitle). */
    static final int MIN_ITEMS = 4;
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]");

    private MenuBlocks() {
    }

    /** The indices of the lines that stand in a menu run. */
    static Set<Integer> of(List<String> lines) {
        Set<Integer> out = new HashSet<>();
        int runStart = 0;
        for (int i = 0; i <= lines.size(); i++) {
            if (i < lines.size() && item(lines.get(i))) {
                continue;
            }
            if (i - runStart >= MIN_ITEMS) {
                for (int k = runStart; k < i; k++) {
                    out.add(k);
                }
            }
            runStart = i + 1;
        }
        return out;
    }

    private static boolean item(String line) {
        String s = line.strip();
        return !s.isEmpty() && s.length() <= MAX_ITEM && !PUNCTUATION.matcher(s).find();
    }
}
