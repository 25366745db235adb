package dev.newsie.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GluedPunctuationTest {
    private static String cut(String word) {
        List<int[]> pieces = GluedPunctuation.pieces(word);
        return pieces.stream().map(p -> word.substring(p[0], p[1])).collect(Collectors.joining("|"));
    }

    @Test
    void cutsABracketOrQuoteGluedToAWord() {
        assertEquals("〕|嘉义", cut("〕嘉义"));
        assertEquals("“|甲乙|”", cut("“甲乙”"));
        assertEquals("【|某地|】", cut("【某地】"));
    }

    @Test
    void keepsAWordWithoutBracketsWhole() {
        assertEquals("约翰·史密斯", cut("约翰·史密斯"));
        assertEquals("外资企业,合资公司", cut("外资企业,合资公司"));
        assertEquals("嘉", cut("嘉"));
        assertEquals("苏州)有限公司", cut("苏州)有限公司"));
    }
}
