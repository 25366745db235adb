package dev.newsie.events;

/**
 * Web pages often set numbers apart from the Chinese words around them with blanks (自 1995 年起, 2012 年4 月,
 * 已有37 年, the "spacing between CJK and half-width digits" habit of web typography). Such a blank is no word
 * boundary, so the mask drops it and every rule reading a year (自\d{4}年) or a count of years reads the text as if
 * it were written solid. Only a blank run between a Han character and a digit (either order) is dropped; blanks
 * between two numbers, or around Latin words, stay.
 */
final class HanDigitSpacing {
    private HanDigitSpacing() {
    }

    /** Whether the character at {@code i} of {@code text} is a blank between a Han character and a digit. */
    static boolean at(CharSequence text, int i) {
        if (!blank(text.charAt(i))) {
            return false;
        }
        int b = i - 1;
        while (b >= 0 && blank(text.charAt(b))) {
            b--;
        }
        int a = i + 1;
        while (a < text.length() && blank(text.charAt(a))) {
            a++;
        }
        if (b < 0 || a >= text.length()) {
            return false;
        }
        char before = text.charAt(b), after = text.charAt(a);
        return (digit(before) && han(after)) || (han(before) && digit(after));
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u3000' || c == '\t';
    }

    private static boolean digit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
