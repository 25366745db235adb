package dev.newsie.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An event named with its year or its ordinal and no quotation marks (2030甲国国际友城大会, 2030年甲乙国际交流大会,
 * 第六届甲乙友城论坛, 第三届甲国(乙市)国际博览会, 2030(甲国·乙省·丙市)友城交流会): the name runs from the year or ordinal to the first gathering head noun
 * ({@code FORUM_HEAD} of models/events/lexicon.tsv, or an exposition's or festival's of models/event-name-heads.tsv),
 * and a place inside it is no mention of the place (GOLD.md §7). The same name written again without its year (in the
 * headline, or 甲国国际友城大会由…主办) is the same event's name. A run holding a verb that never stands inside a
 * name ({@code NAME_BREAK}: 出席, 举办) or a clause's function word (的, 在, 将) is a sentence, not a name: 2030年甲市
 * 代表团出席大会 keeps 甲市.
 */
final class YearNamedEvents {
    /** The longest name kept between a year and its head noun; a longer run is a clause. */
    private static final int MAX_NAME = 24;
    /** Function words that end a name: a run holding one is a clause (…的大会, 在…举行的论坛). */
    private static final String CLAUSE_CHARS = "的在于将为是和与及并由到从向";
    private final Pattern named;
    private final List<String> breaks;

    YearNamedEvents(List<String> heads, List<String> breaks) {
        List<String> sorted = new ArrayList<>(new LinkedHashSet<>(heads));
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.named = Pattern.compile("(?:(?<!\\d)(?:19|20)\\d{2}年?(?:第[\\d一二三四五六七八九十]+届)?|第[\\d一二三四五六七八九十]+届)[“「\"(（]?(\\p{IsHan}[\\p{IsHan}—–\\-·()（）]{0,"
                + (MAX_NAME - 2) + "}?(?:" + String.join("|", sorted.stream().map(Pattern::quote).toList()) + "))");
        this.breaks = List.copyOf(breaks);
    }

    static YearNamedEvents load() {
        EventNameWords words = EventNameWords.loaded();
        return new YearNamedEvents(words.heads(), words.breaks());
    }

    /** Marks in {@code inName} every character of each year-named event's name and of the same name written again. */
    void mark(String text, boolean[] inName) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = named.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (isClause(name)) {
                continue;
            }
            Arrays.fill(inName, m.start(1), m.end(1), true);
            names.add(name);
        }
        for (String name : names) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
                Arrays.fill(inName, at, at + name.length(), true);
            }
        }
    }

    /** Which characters of {@code text} lie inside a year-named event's name (for tests and callers with no mask). */
    boolean[] markedFor(String text) {
        boolean[] inName = new boolean[text.length()];
        mark(text, inName);
        return inName;
    }

    private boolean isClause(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (CLAUSE_CHARS.indexOf(name.charAt(i)) >= 0) {
                return true;
            }
        }
        return breaks.stream().anyMatch(name::contains);
    }
}
