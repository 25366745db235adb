package dev.newsie.clean;

import dev.newsie.canon.ModelFile;
import dev.newsie.canon.ScriptConverter;
import dev.newsie.text.CharacterPresence;
import dev.newsie.text.RequiredCharacters;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies lines with the patterns of {@code models/cleaning-rules.tsv} and one structural test for
 * prose. Shared by the text-dump and HTML cleaners so both drop the same junk.
 */
public final class LineClassifier {
    /** A line is prose when it has this many Han characters and sentence punctuation. */
    static final int MIN_PROSE_HAN = 15;
    private static final Pattern SENTENCE_PUNCT = Pattern.compile("[。!?!?;;,,:]");

    /** The rules in the order they are tried: every END (and DISCLAIMER) rule, then JUNK, then LAST. */
    private final List<Rule> rules = new ArrayList<>();
    /**
     * Each thread's matchers, one per rule, reset onto each line: a fresh matcher per rule and line cost a quarter
     * of classification (allocating and clearing its group arrays), and the classifier is shared by the threads.
     */
    private final ThreadLocal<Matcher[]> matchers;

    /** One rule: its pattern, the kind it gives a line and the line lengths it can match at all. */
    private record Rule(LineKind kind, Pattern pattern, LengthGuard guard, RequiredCharacters required) {
        Rule(LineKind kind, Pattern pattern, LengthGuard guard) {
            this(kind, pattern, guard, RequiredCharacters.of(pattern));
        }
    }

    public LineClassifier(List<ModelFile.Row> rows) {
        List<Rule> end = new ArrayList<>();
        List<Rule> junk = new ArrayList<>();
        List<Rule> last = new ArrayList<>();
        for (ModelFile.Row r : rows) {
            String regex = OutletHeads.expand(r.get(1));
            Pattern p = r.pattern(regex, Pattern.CASE_INSENSITIVE);
            LengthGuard guard = LengthGuard.of(regex);
            switch (r.get(0)) {
                case "END", "DISCLAIMER" -> end.add(new Rule(LineKind.END, p, guard));
                case "JUNK" -> junk.add(new Rule(LineKind.JUNK, p, guard));
                case "LAST" -> last.add(new Rule(LineKind.LAST, p, guard));
                default -> throw r.error("unknown rule kind '" + r.get(0) + "' (END, DISCLAIMER, LAST or JUNK)");
            }
        }
        rules.addAll(end);
        rules.addAll(junk);
        rules.addAll(last);
        matchers = ThreadLocal.withInitial(() -> rules.stream().map(rule -> rule.pattern().matcher("")).toArray(Matcher[]::new));
    }

    public static LineClassifier load() {
        return new LineClassifier(ModelFile.read("cleaning-rules.tsv", 2));
    }

    public LineKind classify(String line) {
        // an annotated page's lines are read without their pinyin (關(guān)閉窗口 is 關閉窗口 to the rules)
        String s = ScriptConverter.foldFullWidth(ScriptConverter.toSimplified(PinyinAnnotationRemover.withoutMarked(line.strip())));
        Matcher[] m = matchers.get();
        int codePoints = s.codePointCount(0, s.length());
        // ~200 rules per line: a rule whose required characters the line lacks cannot match it, so it is not run
        CharacterPresence present = new CharacterPresence(s);
        for (int i = 0; i < m.length; i++) {
            Rule rule = rules.get(i);
            // the length test is cheaper than the lookahead that most long lines would fail
            if (rule.guard().admits(codePoints) && rule.required().mayOccurIn(present) && m[i].reset(s).find()) {
                return rule.kind();
            }
        }
        return isProse(s) ? LineKind.PROSE : LineKind.OTHER;
    }

    static boolean isProse(String s) {
        return hanCount(s) >= MIN_PROSE_HAN && SENTENCE_PUNCT.matcher(s).find();
    }

    public static int hanCount(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                n++;
            }
        }
        return n;
    }
}
