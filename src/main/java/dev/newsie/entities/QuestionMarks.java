package dev.newsie.entities;

import dev.newsie.canon.ModelFile;

import java.util.ArrayList;
import java.util.List;

/**
 * 为何选择甲市?记者了解到: a scraper writes ? for an interpunct it could not encode (卡洛斯?某某), and the cleaned text
 * writes a question mark as ? too. A ? that ends a sentence holding an interrogative word or question particle
 * ({@code models/question-words.tsv}) is the question's mark: it joins no parts of a name.
 */
final class QuestionMarks {
    private static final List<String> WORDS = ModelFile.read("question-words.tsv", 1).stream().map(r -> r.get(0)).toList();
    /** Marks that end the sentence before a question (the ? of an earlier question among them). */
    private static final String SENTENCE_ENDS = "。!！？?\n";

    private QuestionMarks() {
    }

    /** The runs of [start, end) between the question marks in it; the whole run when it holds none. */
    static List<int[]> splitAtQuestions(String text, int start, int end) {
        List<int[]> out = new ArrayList<>();
        int from = start;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '?' && closesQuestion(text, i)) {
                if (i > from) {
                    out.add(new int[] {from, i});
                }
                from = i + 1;
            }
        }
        if (end > from) {
            out.add(new int[] {from, end});
        }
        return out;
    }

    /** Whether the ? at {@code at} ends a sentence that holds an interrogative word. */
    static boolean closesQuestion(String text, int at) {
        int s = at - 1;
        while (s >= 0 && SENTENCE_ENDS.indexOf(text.charAt(s)) < 0) {
            s--;
        }
        String sentence = text.substring(s + 1, at);
        return WORDS.stream().anyMatch(sentence::contains);
    }
}
