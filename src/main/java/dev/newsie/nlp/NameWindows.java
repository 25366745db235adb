package dev.newsie.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * The stretches of a text worth a statistical NER's time: each word a segmenter tags as a person's name
 * (HanLP's {@code nr*} natures) and that {@link NotNames} does not rule out, with {@value #BEFORE} characters before
 * it and {@value #AFTER} after it, kept inside its clause (ended by 。！？；， or a line break), overlapping stretches
 * merged. The title or body just before a name and the neighbours after it in a 、-list (which the segmenter often
 * fails to tag) lie within that reach; clauses with no such word hold no name the gazetteers do not already read
 * (README, Analysis backends: CoreNLP's labels on these stretches score as on whole pages, on a fifth of the
 * characters).
 */
public final class NameWindows {
    /** Characters read before a name: a title or body ending right there (a shorter reach lost people, ±12 nothing). */
    static final int BEFORE = 6;
    /** Characters read after a name: the rest of a 、-list of people, a title after the name. */
    static final int AFTER = 12;

    /** A stretch [start, end) of the text. */
    public record Window(int start, int end) {
    }

    private final NotNames notNames;

    public NameWindows(NotNames notNames) {
        this.notNames = notNames;
    }

    public static NameWindows load() {
        return new NameWindows(NotNames.load());
    }

    public List<Window> of(String text, List<Token> tokens) {
        List<Window> windows = new ArrayList<>();
        for (Token t : tokens) {
            if (!t.tag().startsWith("nr") || notNames.holds(t.word())) {
                continue;
            }
            int start = clauseStart(text, t.start(), t.start() - BEFORE);
            int end = clauseEnd(text, t.end(), t.end() + AFTER);
            Window last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
            if (last != null && last.end() > start) {
                windows.set(windows.size() - 1, new Window(last.start(), Math.max(last.end(), end)));
            } else {
                windows.add(new Window(start, end));
            }
        }
        return windows;
    }

    /** Where the clause holding {@code at} starts, or {@code limit} if that is later (the walk stops there). */
    private static int clauseStart(String text, int at, int limit) {
        int i = at;
        while (i > Math.max(0, limit) && !endsClause(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /**
     * Just after the mark ending the clause that holds {@code at}, or {@code limit} if that is sooner; walking no further
     * keeps a long page without punctuation linear in its names.
     */
    private static int clauseEnd(String text, int at, int limit) {
        int stop = Math.min(text.length(), limit);
        int i = at;
        while (i < stop && !endsClause(text.charAt(i))) {
            i++;
        }
        return i < stop ? i + 1 : i;
    }

    private static boolean endsClause(char c) {
        // a comma or semicolon ends the clause: a name's title and its 、-list neighbours lie inside it
        return c == '。' || c == '！' || c == '？' || c == '\n' || c == '；' || c == ';' || c == '，' || c == ',';
    }
}
