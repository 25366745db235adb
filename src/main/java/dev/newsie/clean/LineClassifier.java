package dev.newsie.clean;

import dev.newsie.canon.ModelFile;
import dev.newsie.canon.ScriptConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Classifies lines with the patterns of {@code models/cleaning-rules.tsv} and one structural test for
 * prose. Shared by the text-dump and HTML cleaners so both drop the same junk.
 */
public final class LineClassifier {
    /** A line is prose when it has this many Han characters and sentence punctuation. */
    static final int MIN_PROSE_HAN = 15;
    private static final Pattern SENTENCE_PUNCT = Pattern.compile("[。!?!?;;,,:]");

    private final List<Pattern> end = new ArrayList<>();
    private final List<Pattern> junk = new ArrayList<>();
    private final List<Pattern> last = new ArrayList<>();

    public LineClassifier(List<ModelFile.Row> rules) {
        for (ModelFile.Row r : rules) {
            Pattern p;
            try {
                p = Pattern.compile(r.get(1), Pattern.CASE_INSENSITIVE);
            } catch (PatternSyntaxException e) {
                throw r.error("bad regex: " + e.getDescription());
            }
            switch (r.get(0)) {
                case "END", "DISCLAIMER" -> end.add(p);
                case "JUNK" -> junk.add(p);
                case "LAST" -> last.add(p);
                default -> throw r.error("unknown rule kind '" + r.get(0) + "' (END, DISCLAIMER, LAST or JUNK)");
            }
        }
    }

    public static LineClassifier load() {
        return new LineClassifier(ModelFile.read("cleaning-rules.tsv", 2));
    }

    public LineKind classify(String line) {
        // an annotated page's lines are read without their pinyin (關(guān)閉窗口 is 關閉窗口 to the rules)
        String s = ScriptConverter.foldFullWidth(ScriptConverter.toSimplified(PinyinAnnotationRemover.withoutMarked(line.strip())));
        for (Pattern p : end) {
            if (p.matcher(s).find()) {
                return LineKind.END;
            }
        }
        for (Pattern p : junk) {
            if (p.matcher(s).find()) {
                return LineKind.JUNK;
            }
        }
        for (Pattern p : last) {
            if (p.matcher(s).find()) {
                return LineKind.LAST;
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
