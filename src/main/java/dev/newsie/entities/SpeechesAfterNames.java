package dev.newsie.entities;

import java.util.regex.Pattern;

/**
 * 某某作主旨演讲, 某某作视频致辞, 某某作了题为《…》的报告: the light verb 作 (or 做) before a speech noun within a few
 * characters is what the speaker does, not the last character of the speaker's name, though the segmenter and a
 * transliteration or Japanese given-name run may take it in.
 */
final class SpeechesAfterNames {
    /**
     * 作 + 了, an optional title given in book-title marks or quotes (题为《…》的), up to six characters of the talk's kind
     * (主旨, 视频, 交流, 专题, 大会) and a speech noun.
     */
    private static final Pattern LIGHT_VERB_SPEECH = Pattern.compile(
            "[作做]了?(?:(?:主题|题目|题)?为?[《“\"「][^》”\"」。]{1,80}[》”\"」]的?)?\\p{IsHan}{0,6}?(?:演讲|致辞|致词|发言|报告|讲话)");

    private SpeechesAfterNames() {
    }

    /** Whether the light verb of a speech starts at {@code pos}. */
    static boolean startsAt(String text, int pos) {
        if (pos >= text.length() || "作做".indexOf(text.charAt(pos)) < 0) {
            return false;
        }
        var m = LIGHT_VERB_SPEECH.matcher(text);
        m.region(pos, Math.min(text.length(), pos + 120));
        return m.lookingAt();
    }
}
