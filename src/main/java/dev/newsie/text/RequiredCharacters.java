package dev.newsie.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What every match of a regular expression must hold: groups of characters, at least one of each group in any match
 * (for {@code (Ⓟ+)(?:与|和)(Ⓟ+)是友好城市}: Ⓟ, one of 与和, 是, 友, 好…). A text lacking one group cannot match, so a
 * caller that runs hundreds of patterns over every sentence skips the patterns a sentence cannot hold without running
 * them: the answer is the same, the scan at every position is saved.
 * <p>
 * The groups are read from the pattern's own syntax, conservatively: a construct this reader does not know (inline
 * flags, {@code \Q}, hexadecimal escapes, nested or intersected classes, any flag but CASE_INSENSITIVE alone, which
 * folds ASCII letters only) makes the pattern require nothing, so it always runs. Zero-width parts (lookarounds, anchors) and optional parts require nothing; an
 * alternation requires one character of the smallest group of each branch.
 */
public final class RequiredCharacters {
    /** The object for patterns that require nothing: every text may match. */
    public static final RequiredCharacters NOTHING = new RequiredCharacters(List.of());

    /** An array, not a list: {@link #mayOccurIn} runs for hundreds of patterns per sentence or line. */
    private final char[][] groups;

    private RequiredCharacters(List<char[]> groups) {
        this.groups = groups.toArray(new char[0][]);
    }

    /** What every match of {@code p} must hold; {@link #NOTHING} when its syntax is beyond this reader. */
    public static RequiredCharacters of(Pattern p) {
        int flags = p.flags();
        boolean asciiCaseFolded = flags == Pattern.CASE_INSENSITIVE; // without UNICODE_CASE only ASCII letters fold
        if (flags != 0 && flags != Pattern.UNICODE_CASE && !asciiCaseFolded) {
            return NOTHING; // Unicode case folding, comments, literal…: the syntax reads otherwise
        }
        try {
            Parser parser = new Parser(p.pattern(), asciiCaseFolded);
            List<char[]> groups = parser.alternation();
            if (parser.pos != parser.re.length()) {
                return NOTHING;
            }
            return groups.isEmpty() ? NOTHING : new RequiredCharacters(List.copyOf(groups));
        } catch (Unknown e) {
            return NOTHING;
        }
    }

    /** Whether a text whose characters are {@code present} may hold a match (false: it cannot). */
    public boolean mayOccurIn(CharacterPresence present) {
        for (char[] group : groups) {
            if (!present.anyOf(group)) {
                return false;
            }
        }
        return true;
    }

    /** The groups, for tests: each a string of characters, one of which every match holds. */
    public List<String> groups() {
        List<String> out = new ArrayList<>();
        for (char[] g : groups) {
            out.add(new String(g));
        }
        return out;
    }

    /** A construct this reader does not know: the pattern then requires nothing. */
    private static final class Unknown extends RuntimeException {
        Unknown() {
            super(null, null, false, false);
        }
    }

    /** A recursive reader of the regular-expression syntax, returning each part's required groups. */
    private static final class Parser {
        final String re;
        final boolean asciiCaseFolded;
        int pos;

        Parser(String re, boolean asciiCaseFolded) {
            this.re = re;
            this.asciiCaseFolded = asciiCaseFolded;
        }

        /** A literal character as a group: with ASCII letters in either case when the pattern ignores their case. */
        char[] literal(char c) {
            if (asciiCaseFolded && c < 0x80 && Character.isLetter(c)) {
                return new char[] {Character.toLowerCase(c), Character.toUpperCase(c)};
            }
            return new char[] {c};
        }

        /** branch ('|' branch)*: one character of each branch's smallest group, or nothing if a branch requires nothing. */
        List<char[]> alternation() {
            List<List<char[]>> branches = new ArrayList<>();
            branches.add(sequence());
            while (pos < re.length() && re.charAt(pos) == '|') {
                pos++;
                branches.add(sequence());
            }
            if (branches.size() == 1) {
                return branches.get(0);
            }
            StringBuilder union = new StringBuilder();
            for (List<char[]> b : branches) {
                if (b.isEmpty()) {
                    return List.of();
                }
                char[] smallest = b.get(0);
                for (char[] g : b) {
                    if (g.length < smallest.length) {
                        smallest = g;
                    }
                }
                for (char c : smallest) {
                    if (union.indexOf(String.valueOf(c)) < 0) {
                        union.append(c);
                    }
                }
            }
            return List.of(union.toString().toCharArray());
        }

        /** atom quantifier? …, up to '|' or ')': every group of every part that must occur at least once. */
        List<char[]> sequence() {
            List<char[]> out = new ArrayList<>();
            while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
                List<char[]> atom = atom();
                if (quantifierMinimum() > 0) {
                    out.addAll(atom);
                }
            }
            return out;
        }

        /** The least number of times the quantifier after an atom lets it occur (1 when none follows). */
        int quantifierMinimum() {
            if (pos >= re.length()) {
                return 1;
            }
            int min;
            char c = re.charAt(pos);
            if (c == '?' || c == '*') {
                pos++;
                min = 0;
            } else if (c == '+') {
                pos++;
                min = 1;
            } else if (c == '{') {
                int close = re.indexOf('}', pos);
                if (close < 0) {
                    throw new Unknown();
                }
                String body = re.substring(pos + 1, close);
                if (!body.matches("\\d+(,\\d*)?")) {
                    throw new Unknown();
                }
                min = Integer.parseInt(body.split(",", -1)[0]);
                pos = close + 1;
            } else {
                return 1;
            }
            if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
                pos++; // lazy or possessive: the same least count
            }
            return min;
        }

        List<char[]> atom() {
            char c = re.charAt(pos);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return characterClass();
                case '\\':
                    return escape();
                case '.', '^', '$':
                    pos++;
                    return List.of();
                case '*', '+', '?', '{', ']', '}':
                    throw new Unknown(); // a quantifier or bracket with nothing before it: not the syntax read here
                default:
                    pos++;
                    if (Character.isHighSurrogate(c) && pos < re.length() && Character.isLowSurrogate(re.charAt(pos))) {
                        pos++; // one code point: its high surrogate is in any text holding it
                    }
                    return List.of(literal(c));
            }
        }

        List<char[]> group() {
            pos++; // (
            boolean zeroWidth = false;
            if (re.startsWith("?:", pos) || re.startsWith("?>", pos)) {
                pos += 2;
            } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
                pos += 2;
                zeroWidth = true;
            } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
                pos += 3;
                zeroWidth = true;
            } else if (re.startsWith("?<", pos)) {
                int close = re.indexOf('>', pos);
                if (close < 0 || !re.substring(pos + 2, close).matches("[a-zA-Z][a-zA-Z0-9]*")) {
                    throw new Unknown();
                }
                pos = close + 1;
            } else if (re.startsWith("?", pos)) {
                throw new Unknown(); // inline flags and other constructs
            }
            List<char[]> inside = alternation();
            if (pos >= re.length() || re.charAt(pos) != ')') {
                throw new Unknown();
            }
            pos++;
            return zeroWidth ? List.of() : inside;
        }

        /** [abc] of plain characters: one of them; a negated class, a range or an escape inside: nothing. */
        List<char[]> characterClass() {
            int start = ++pos;
            StringBuilder chars = new StringBuilder();
            boolean plain = true;
            if (pos < re.length() && re.charAt(pos) == '^') {
                plain = false;
                pos++;
            }
            while (true) {
                if (pos >= re.length()) {
                    throw new Unknown();
                }
                char c = re.charAt(pos);
                if (c == ']') {
                    if (chars.length() == 0 && plain) {
                        throw new Unknown(); // []…] or an empty class: read no further
                    }
                    pos++;
                    break;
                }
                if (c == '[' || (c == '&' && re.startsWith("&&", pos))) {
                    throw new Unknown(); // nested classes and intersections
                }
                if (c == '\\') {
                    if (pos + 1 >= re.length()) {
                        throw new Unknown();
                    }
                    char e = re.charAt(pos + 1);
                    if (e == 'p' || e == 'P') {
                        skipProperty();
                        plain = false;
                        continue;
                    }
                    if ("dDwWsSvVhH".indexOf(e) >= 0) {
                        plain = false;
                    } else if (!isEscapedPunctuation(e)) {
                        throw new Unknown();
                    } else {
                        chars.append(e);
                    }
                    pos += 2;
                    continue;
                }
                if (c == '-' && chars.length() > 0 && pos + 1 < re.length() && re.charAt(pos + 1) != ']') {
                    plain = false; // a range
                }
                chars.append(c);
                pos++;
            }
            if (!plain || chars.length() == 0) {
                return List.of();
            }
            StringBuilder folded = new StringBuilder();
            for (int i = 0; i < chars.length(); i++) {
                folded.append(literal(chars.charAt(i)));
            }
            return List.of(folded.toString().toCharArray());
        }

        List<char[]> escape() {
            if (pos + 1 >= re.length()) {
                throw new Unknown();
            }
            char e = re.charAt(pos + 1);
            if (e == 'p' || e == 'P') {
                skipProperty();
                return List.of();
            }
            pos += 2;
            if ("dDwWsSvVhHbBAzZGR".indexOf(e) >= 0) {
                return List.of(); // classes and anchors
            }
            if (e == 't') {
                return List.of(new char[] {'\t'});
            }
            if (e == 'n') {
                return List.of(new char[] {'\n'});
            }
            if (isEscapedPunctuation(e)) {
                return List.of(literal(e));
            }
            throw new Unknown(); // back references, quoting, hexadecimal and Unicode escapes, control characters
        }

        /** Past a Unicode property, {@code \p{IsHan}} or {@code \P{…}}, at pos: it may hold any of many characters. */
        private void skipProperty() {
            int close = re.indexOf('}', pos);
            if (close < 0 || pos + 2 >= re.length() || re.charAt(pos + 2) != '{') {
                throw new Unknown();
            }
            pos = close + 1;
        }

        private static boolean isEscapedPunctuation(char e) {
            return "\\.[]{}()<>*+-=!?^$|/:,'\"#%&~@`_;".indexOf(e) >= 0 || e > 0x7f;
        }
    }
}
