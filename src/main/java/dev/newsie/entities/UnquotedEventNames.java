package dev.newsie.entities;

import java.util.List;

/**
 * A run of country abbreviations that opens an event's name written without quotation marks or year
 * (中乌两地友好交往三十周年图片展, 中日青少年友好交流周): GOLD.md §7, a country inside an event's name is no mention of
 * it. The name is read from the run to the first head noun of a gathering, exhibition or campaign
 * ({@code FORUM_HEAD} of models/events/lexicon.tsv and models/event-name-heads.tsv) within {@link #MAX_NAME}
 * characters; a run that meets a function word (的, 在, 将…), a verb that never stands inside a name
 * ({@code NAME_BREAK}: 举办, 出席…) or punctuation first is a clause (中日友好合作的新篇章), and its countries are named.
 */
final class UnquotedEventNames {
    /** How far after the run a head noun may end: names of the genre are short; longer runs are clauses. */
    static final int MAX_NAME = 16;
    /** Function words that never stand inside an unquoted event name. */
    private static final String CLAUSE_CHARS = "的在于将为是和与及并由到从向把被让给了着过也都就还又";

    private final List<String> heads;
    private final List<String> breaks;

    UnquotedEventNames(List<String> heads, List<String> breaks) {
        this.heads = EventNameWords.longestFirst(heads);
        this.breaks = List.copyOf(breaks);
    }

    /** The one table, read once per process: the place and country rules both ask it. */
    private static final UnquotedEventNames TABLE = load();

    static UnquotedEventNames table() {
        return TABLE;
    }

    static UnquotedEventNames load() {
        EventNameWords words = EventNameWords.loaded();
        return new UnquotedEventNames(words.heads(), words.breaks());
    }

    /** Whether the name that starts at {@code from} (right after a run of abbreviations) closes on an event's head noun. */
    boolean closesOnHead(String text, int from) {
        int limit = Math.min(text.length(), from + MAX_NAME);
        for (int i = from; i < limit; i++) {
            for (String h : heads) {
                if (text.startsWith(h, i) && i + h.length() <= from + MAX_NAME) {
                    return true;
                }
            }
            char c = text.charAt(i);
            boolean nameChar = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || Character.isDigit(c);
            if (!nameChar || CLAUSE_CHARS.indexOf(c) >= 0) {
                return false;
            }
            for (String b : breaks) {
                if (text.startsWith(b, i)) {
                    return false;
                }
            }
        }
        return false;
    }
}
