package dev.newsie.entities;

import dev.newsie.model.EntityType;
import dev.newsie.text.WordEndBeforeMark;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The honours lists that governments publish (Hong Kong's and Macau's 授勋名单, a city's list of honorary citizens):
 * a heading that ends in a colon, then one recipient per line — a name alone, or a name and the decoration after
 * it (某某 金莲花荣誉勋章) — or the decoration, a colon and the names in a 、-list (银莲花荣誉勋章:某某、某某). There the
 * list's frame says each entry is a recipient, so a name-shaped entry (a family name and one or two characters) is
 * a person; an entry that ends in an organisation's head is a body and is left to the organisation patterns.
 */
final class HonoursLists {
    /** The words a decoration's name ends in. */
    private static final List<String> DECORATION_WORDS = List.of("勋章", "奖章", "星章", "奖状", "勋衔", "勋绩", "嘉许状");
    /** What a decoration's name ends in. */
    private static final String DECORATION = "(?:" + String.join("|", DECORATION_WORDS) + ")";
    /** A line of one entry: a name alone, or a name, spaces and a decoration. */
    private static final Pattern ENTRY_LINE = Pattern.compile("(?m)^[ \\t\\u3000]*(\\p{IsHan}{2,4})(?:[ \\t\\u3000]+\\p{IsHan}{2,12}" + DECORATION + ")?[ \\t\\u3000]*$");
    /** A decoration, a colon and a 、-list of entries up to the sentence's end. */
    private static final Pattern DECORATION_LIST = Pattern.compile("\\p{IsHan}{2,12}" + DECORATION + "[:：]([^。\\n]+)");
    /**
     * Where a {@link #DECORATION_LIST} can be: a decoration word's last character before a colon, half- or full-width.
     * Its name run (two to twelve Han characters, backtracking for a decoration) was tried at every Han character of
     * every page, and almost no page holds a decoration.
     */
    private static final List<WordEndBeforeMark> DECORATION_BEFORE_COLON = List.of(
            new WordEndBeforeMark(DECORATION_WORDS, ':'), new WordEndBeforeMark(DECORATION_WORDS, '：'));
    /** A line that heads a list: it ends in a colon. */
    private static final Pattern HEADING = Pattern.compile("[:：][ \\t\\u3000]*$");

    private final NameShapes shapes;

    HonoursLists(NameShapes shapes) {
        this.shapes = shapes;
    }

    void find(String text, List<Candidate> out) {
        Matcher m = ENTRY_LINE.matcher(text);
        while (m.find()) {
            boolean decorated = m.end(1) < m.end() && text.substring(m.end(1), m.end()).strip().length() > 0;
            if (isName(text, m.start(1), m.end(1)) && (decorated || underHeadingAmongNames(text, m.start()))) {
                out.add(person(text, m.start(1), m.end(1)));
            }
        }
        if (DECORATION_BEFORE_COLON.stream().noneMatch(gate -> gate.mayOccurIn(text))) {
            return;
        }
        Matcher d = DECORATION_LIST.matcher(text);
        while (d.find()) {
            int s = d.start(1);
            for (String entry : d.group(1).split("[、,，]", -1)) {
                int e = s + entry.length();
                String trimmed = entry.strip();
                int from = s + entry.indexOf(trimmed.isEmpty() ? entry : trimmed);
                if (!trimmed.isEmpty() && isName(text, from, from + trimmed.length())) {
                    out.add(person(text, from, from + trimmed.length()));
                }
                s = e + 1;
            }
        }
    }

    /** Whether the characters are exactly a family name and one or two characters. */
    private boolean isName(String text, int start, int end) {
        String s = text.substring(start, end);
        return NameShapes.allHan(text, start, end) && shapes.opensWithSurname(s)
                && exactName(s);
    }

    /** A family name (one or two characters) and a one- or two-character given name, and nothing more. */
    private boolean exactName(String s) {
        for (int surname = 1; surname <= 2; surname++) {
            int given = s.length() - surname;
            if (given >= 1 && given <= 2 && shapes.surnames.contains(s.substring(0, surname))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the line at {@code lineStart} is in a block of entry lines under a heading that ends in a colon,
     * with another name-shaped line in the block: a lone short line is too weak a sign.
     */
    private boolean underHeadingAmongNames(String text, int lineStart) {
        List<String> before = new ArrayList<>();
        int i = lineStart;
        while (i > 0) {
            int prevEnd = i - 1, prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
            String line = text.substring(prevStart, prevEnd).strip();
            i = prevStart;
            if (line.isEmpty()) {
                continue;
            }
            if (HEADING.matcher(line).find()) {
                return !before.isEmpty() || nextLineIsName(text, lineStart);
            }
            if (line.length() > 12) {
                return false; // a paragraph: no list runs past it
            }
            before.add(line);
        }
        return false;
    }

    private boolean nextLineIsName(String text, int lineStart) {
        int i = text.indexOf('\n', lineStart);
        while (i >= 0 && i + 1 < text.length()) {
            int end = text.indexOf('\n', i + 1);
            String line = text.substring(i + 1, end < 0 ? text.length() : end).strip();
            if (!line.isEmpty()) {
                return line.length() <= 4 && NameShapes.allHan(line, 0, line.length()) && exactName(line);
            }
            i = end;
        }
        return false;
    }

    private static Candidate person(String text, int start, int end) {
        return new Candidate(start, end, EntityType.PERSON, text.substring(start, end), null, Candidate.Source.PATTERN);
    }
}
