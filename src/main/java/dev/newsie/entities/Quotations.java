package dev.newsie.entities;

/**
 * The short quotations of a text: from an opening mark to the first of its closing marks, within one paragraph and
 * with no second opening mark between (an unclosed quotation gives way to the next one). The readers of quoted names
 * ({@link QuotedPhrases}, {@link DocumentTitles}) walk the text this one way, so they agree on where a quotation is.
 */
final class Quotations {
    /** What is done with each quotation: {@code open} and {@code close} are the offsets of its two marks. */
    interface Visitor {
        void visit(int open, int close);
    }

    private Quotations() {
    }

    /** Visits each quotation of {@code text} opened by {@code opening}, closed by a mark of {@code closings}, at most {@code maxLength} from mark to mark. */
    static void each(String text, char opening, String closings, int maxLength, Visitor visitor) {
        for (int open = text.indexOf(opening); open >= 0; open = text.indexOf(opening, open + 1)) {
            int close = open + 1;
            while (close < text.length() && close - open <= maxLength && closings.indexOf(text.charAt(close)) < 0
                    && text.charAt(close) != opening && text.charAt(close) != '\n') {
                close++;
            }
            if (close < text.length() && close - open <= maxLength && closings.indexOf(text.charAt(close)) >= 0) {
                visitor.visit(open, close);
            }
        }
    }
}
