package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import dev.newsie.nlp.Token;

import java.util.List;
import java.util.Set;

import static dev.newsie.entities.MadeUpSentences.organizations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences where a body is named right after a comma that ends a list item (a person and a title before
 * it): the segmenter's reading runs over the comma, and the name after the comma is still a body.
 */
class TokensAcrossPunctuationTest {
    @Test
    void aBodyNamedAfterACommaInAListOfGuests() {
        Set<String> n = organizations("省政协副主席李明,烟台市公共关系协会会长,烟台市委原常委王林出席。");
        assertTrue(n.contains("烟台市公共关系协会"), n.toString());
    }

    @Test
    void aTokenWithALongWordBeforeTheCommaIsLeftWhole() {
        java.util.function.Predicate<String> endsInHead = w -> w.endsWith("公司") || w.endsWith("协会") || w.endsWith("总部");
        List<Token> whole = List.of(new Token(0, 10, "甲类企业,乙类公司总部", "nt"));
        assertEquals(whole, TokensAcrossPunctuation.split(whole, endsInHead));
        List<Token> cut = TokensAcrossPunctuation.split(List.of(new Token(0, 8, "王明,甲市乙协会", "nt")), endsInHead);
        assertEquals(List.of("王明", ",", "甲市乙协会"), cut.stream().map(Token::word).toList());
        assertEquals("nt", cut.get(2).tag());
        assertEquals(3, cut.get(2).start());
    }
}
