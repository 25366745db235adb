package dev.newsie.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line lengths a cleaning rule can match at all, read from the rule's own leading length test
 * {@code ^(?=.{a,b}$)}: a third of the rules open with one, and a long prose line would otherwise pay for a matcher
 * and up to b steps of lookahead per rule only to fail. A rule that cannot be read safely admits every length.
 */
final class LengthGuard {
    static final LengthGuard ANY = new LengthGuard(0, Integer.MAX_VALUE);

    private static final Pattern LEADING_TEST = Pattern.compile("^\\^\\(\\?=\\.\\{(\\d{1,4}),(\\d{1,4})\\}\\$\\)");
    /** Without MULTILINE, $ also matches before one final line terminator, which may be two characters (\r\n). */
    static final int TERMINATOR_SLACK = 2;

    private final int min;
    private final int max;

    private LengthGuard(int min, int max) {
        this.min = min;
        this.max = max;
    }

    /** The guard of one rule's regex; {@link #ANY} unless the length test bounds every match. */
    static LengthGuard of(String regex) {
        Matcher m = LEADING_TEST.matcher(regex);
        // ^ and $ keep their whole-input meaning only without (?m); a top-level | would leave other branches unguarded
        if (!m.find() || regex.matches("(?s).*\\(\\?[a-zA-Z-]*m.*") || !noTopLevelAlternation(regex)) {
            return ANY;
        }
        return new LengthGuard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) + TERMINATOR_SLACK);
    }

    /** Whether a line of this many code points (as the regex's {@code .} counts them) can match. */
    boolean admits(int codePoints) {
        return codePoints >= min && codePoints <= max;
    }

    /** Whether no | sits outside every group and character class; false when the regex is too odd to tell. */
    static boolean noTopLevelAlternation(String regex) {
        if (regex.contains("\\Q")) {
            return false; // a quoted span would need its own reading
        }
        int groups = 0;
        int classes = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++; // an escaped character is a literal
            } else if (c == '[') {
                if (regex.startsWith("]", i + 1) || regex.startsWith("^]", i + 1)) {
                    return false; // a class opening with ] would need its own reading
                }
                classes++;
            } else if (c == ']' && classes > 0) {
                classes--;
            } else if (classes == 0 && c == '(') {
                groups++;
            } else if (classes == 0 && c == ')') {
                groups--;
            } else if (classes == 0 && groups == 0 && c == '|') {
                return false;
            }
        }
        return groups == 0 && classes == 0;
    }
}
