package dev.newsie.events;

import java.util.ArrayList;
import java.util.List;

/** A sentence of the normalised text: its span and text. Split at 。!? and line breaks. */
public record Sentence(int start, int end, String text) {
    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '。' || c == '!' || c == '?' || c == '！' || c == '？' || c == '\n'
                    || ((c == '）' || c == ')') && closesDateline(text, i));
            if (end) {
                // keep a closing quote with its sentence
                int e = i + 1;
                while (e < text.length() && (text.charAt(e) == '”' || text.charAt(e) == '」')) {
                    e++;
                }
                add(out, text, start, e);
                start = e;
                i = e - 1;
            }
        }
        add(out, text, start, text.length());
        return out;
    }

    private static final java.util.regex.Pattern DATELINE_BRACKET =
            java.util.regex.Pattern.compile("[（(][^（()）]{0,30}(?:\\d{1,2}日)?(?:电|讯)$"
                    // 本报讯(记者 王明): the reporters after an outlet's 讯 sign nothing the lead then tells
                    + "|讯\\s*[（(]\\s*(?:记者|通讯员|实习生|见习记者)[^（()）]{0,30}$");

    /**
     * （中央社记者王小明台北3日电）, 本报讯(记者 王明): a bracketed dateline stands alone, so the reporter it names is
     * never read as an actor of the sentence it opens.
     */
    private static boolean closesDateline(String text, int close) {
        return DATELINE_BRACKET.matcher(text.substring(Math.max(0, close - 32), close)).find();
    }

    private static void add(List<Sentence> out, String text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Sentence(s, e, text.substring(s, e)));
        }
    }
}
