package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences naming Japanese people in Han characters with no title of a Japanese office before them. */
class JapaneseNamesByGivenNameTest {
    @Test
    void afterAnOccupationAndBeforeAnAdverb() {
        Set<String> p = MadeUpSentences.persons("来自日本金泽市的漆器匠人石井健司悉心讲解了工艺。");
        assertTrue(p.contains("石井健司"), p.toString());
    }

    @Test
    void afterASectionOfABodyAndBeforeABracket() {
        Set<String> p = MadeUpSentences.persons("日本金泽市观光课的藤井美穗(左二)介绍了当地景点。");
        assertTrue(p.contains("藤井美穗"), p.toString());
    }

    @Test
    void afterAGenericRoleWordAndBeforeAVerb() {
        Set<String> p = MadeUpSentences.persons("日本某商会的会员代表小野正一随后发言,回顾了两地往来。");
        assertTrue(p.contains("小野正一"), p.toString());
    }

    @Test
    void aFamilyNameThatAlsoNamesAChinesePlaceBeforeATitle() {
        Set<String> p = MadeUpSentences.persons("市长会见了日本富山县盐田健司知事一行。");
        assertTrue(p.contains("盐田健司"), p.toString());
    }

    @Test
    void aSignatureWithASpaceBetweenTheParts() {
        Set<String> p = MadeUpSentences.persons("日本青森县弘前市市长\n细川 幸夫\n");
        assertTrue(p.contains("细川 幸夫"), p.toString());
    }

    @Test
    void noJapaneseNameOnAPageThatNamesNoPlaceInJapan() {
        Set<String> p = MadeUpSentences.persons("南京市的陶艺家石井健司精心制作了一只茶碗。");
        assertFalse(p.contains("石井健司"), p.toString());
    }

    @Test
    void aGivenNameThatIsAlsoAWordIsNotListed() {
        Set<String> p = MadeUpSentences.persons("日本久留米市的山田和平公园里种满了樱花。");
        assertFalse(p.contains("山田和平"), p.toString());
    }
}
