package dev.newsie.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's date-and-source bar above its article prints the page's buttons and counters after the article's own
 * fields (日期:… 来源:某报 发表评论 【字体:大 小】, 时间:… 供稿单位:某会 打印, 日期:… 浏览:12): the date, author and
 * source belong to the article (GOLD.md §1), the widgets are the page's. The widgets are told by the same rules that
 * judge whole lines ({@link LineClassifier}), so a widget the rules know as a line is known in a bar too.
 */
final class MetadataBar {
    /** A field with a date or a clock in it is the article's time, whatever else the rules think of it. */
    private static final Pattern TIME = LineShapes.standard().get("BAR_TIME");
    /** A field that names who wrote or supplied the article is the article's. */
    private static final Pattern CREDIT = LineShapes.standard().get("BAR_CREDIT");
    private static final Pattern FIELD_START = Pattern.compile("\\s+(?=\\S)");
    /** Separators left at the end once the widgets after them are cut (来源:某报 | 分享). */
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s|｜/]+$");
    /** A label with nothing after it (来源:, 编辑:). */
    private static final Pattern LABEL_END = Pattern.compile("[:：]\\s*$");

    private final LineClassifier classifier;

    MetadataBar(LineClassifier classifier) {
        this.classifier = classifier;
    }

    /**
     * Where the bar's own fields end in {@code line}: widget fields at its end, set apart by blanks, are cut one
     * after another from the right, the shortest that the rules know as a widget first (a font-size bar, then the
     * comment link before it). A field that follows a label is the label's value and stays, and so does an empty label
     * of the bar (编辑:). The whole line when nothing is cut.
     */
    int end(String line) {
        int end = line.stripTrailing().length();
        while (end > 0) {
            int cut = lastWidget(line, end);
            if (cut < 0) {
                return end;
            }
            end = cut;
        }
        return end;
    }

    /** Where the shortest run of widget fields ending at {@code end} starts (with the blanks before it), or -1. */
    private int lastWidget(String line, int end) {
        Matcher f = FIELD_START.matcher(line).region(0, end);
        List<int[]> starts = new ArrayList<>();
        while (f.find()) {
            starts.add(new int[]{f.start(), f.end()});
        }
        for (int k = starts.size() - 1; k >= 0; k--) {
            String tail = line.substring(starts.get(k)[1], end);
            if (TIME.matcher(tail).find() || CREDIT.matcher(tail).find() || LABEL_END.matcher(tail).find()) {
                return -1;
            }
            if (widgets(tail)) {
                // the head ends in the blank before the field, so there is always a run of separators to cut back over
                Matcher sep = TRAILING_SEPARATORS.matcher(line.substring(0, starts.get(k)[0] + 1));
                int cut = sep.find() ? sep.start() : starts.get(k)[0];
                return LABEL_END.matcher(line.substring(0, cut)).find() ? -1 : cut;
            }
        }
        return -1;
    }

    /** Called only on a tail {@link #lastWidget} found free of a time, a credit and an open label. */
    private boolean widgets(String tail) {
        LineKind k = classifier.classify(tail);
        return k == LineKind.JUNK || k == LineKind.END || k == LineKind.LAST;
    }
}
