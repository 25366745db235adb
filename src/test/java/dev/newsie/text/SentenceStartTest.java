package dev.newsie.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up texts: the sentence start is found after the last mark that ends a sentence. */
class SentenceStartTest {
    @Test
    void theSentenceStartsAfterTheLastEndingMark() {
        String text = "青河市举行了会议。两市代表；随后签约";
        assertEquals(14, SentenceStart.before(text, text.length()));
        assertEquals(9, SentenceStart.before(text, 12));
        assertEquals(0, SentenceStart.before(text, 5));
    }

    @Test
    void aLineBreakEndsASentenceToo() {
        assertEquals(5, SentenceStart.before("会议结束\n青河", 6)); // after the break at 4
    }
}
