package dev.newsie.clean;

import dev.newsie.text.TrackedText;

import java.util.ArrayList;
import java.util.List;

/** Joins kept lines into a body: paragraphs separated by one blank line, each line stripped of blanks and bullets. */
final class BodyAssembler {
    private final List<TrackedText> lines = new ArrayList<>();

    /** Adds characters [from, to) of the source as one paragraph, trimmed of blanks and leading bullets. */
    void add(TrackedText source, int from, int to) {
        String t = source.text();
        while (from < to && (Character.isWhitespace(t.charAt(from)) || t.charAt(from) == '\u00a0' || t.charAt(from) == '\u3000'
                || t.charAt(from) == '•' || t.charAt(from) == '●' || t.charAt(from) == '■')) {
            from++;
        }
        while (to > from && (Character.isWhitespace(t.charAt(to - 1)) || t.charAt(to - 1) == '\u00a0' || t.charAt(to - 1) == '\u3000')) {
            to--;
        }
        if (to > from) {
            lines.add(source.slice(from, to));
        }
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    List<String> texts() {
        return lines.stream().map(TrackedText::text).toList();
    }

    TrackedText build() {
        TrackedText.Builder b = TrackedText.builder();
        for (int i = 0; i < lines.size(); i++) {
            TrackedText l = lines.get(i);
            if (i > 0) {
                b.appendSynthetic("\n\n", l.length() > 0 ? l.rawStart(0) : 0);
            }
            b.append(l);
        }
        return b.build();
    }
}
