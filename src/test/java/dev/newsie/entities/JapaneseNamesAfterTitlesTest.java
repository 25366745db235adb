package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences naming the holder of an office in a Japanese place, in Han characters, the Japanese way. */
class JapaneseNamesAfterTitlesTest {
    @Test
    void aFamilyNameThatOpensAChineseNameToo() {
        Set<String> p = MadeUpSentences.persons("日本留萌市市长堀川英树多次访问我市。");
        assertTrue(p.contains("堀川英树"), p.toString());
    }

    @Test
    void aFamilyNameThatIsNoChineseOne() {
        Set<String> p = MadeUpSentences.persons("日本砂川町长柴野孝夫签订友好交流协定。");
        assertTrue(p.contains("柴野孝夫"), p.toString());
    }

    @Test
    void aGivenNameWritten和() {
        Set<String> p = MadeUpSentences.persons("日本留萌市长内野和树表示欢迎。");
        assertTrue(p.contains("内野和树"), p.toString());
    }

    @Test
    void aGivenNameEndingIn也AfterAnotherTitledName() {
        Set<String> p = MadeUpSentences.persons("日本留萌市市长堀川英树、议长中野胜也出席。");
        assertTrue(p.contains("中野胜也"), p.toString());
    }

    @Test
    void aWordThatFollowsNamesIsNoName() {
        Set<String> p = MadeUpSentences.persons("日本砂川市议长大野致词中特别感谢了市民。");
        assertFalse(p.stream().anyMatch(n -> n.startsWith("致词")), p.toString());
    }

    @Test
    void aGivenNameOpenedBy将IsNoFutureMarker() {
        Set<String> p = MadeUpSentences.persons("日本旭川市长西川将人共同签署友好交流协议。");
        assertTrue(p.contains("西川将人"), p.toString());
    }

    @Test
    void theFuture将AfterAFamilyNameStillEndsTheName() {
        Set<String> p = MadeUpSentences.persons("日本留萌市长堀川将出席开幕式。");
        assertTrue(p.contains("堀川"), p.toString());
    }

    @Test
    void 也BeforePunctuationClosesAGivenNameOfOneCharacterAfterAOneCharacterFamilyName() {
        Set<String> p = MadeUpSentences.persons("日本松本市议长田村英二、副议长楠健也、教育长出席了仪式。");
        assertTrue(p.contains("楠健也"), p.toString());
    }

    @Test
    void aJapaneseNameAfterARoleWordInASentenceThatNamedJapan() {
        Set<String> p = MadeUpSentences.persons("日本横滨的青年协会派出代表中村晴出席本次论坛。");
        assertTrue(p.contains("中村晴"), p.toString());
    }

    @Test
    void aJapaneseAthleteNamedAfterTheSportsRoleWord() {
        Set<String> p = MadeUpSentences.persons("来自日本大阪的游泳运动员高桥礼参加了友城运动会。");
        assertTrue(p.contains("高桥礼"), p.toString());
    }

    @Test
    void aRoleWordBeforeAVerbStillNamesNoOne() {
        Set<String> p = MadeUpSentences.persons("日本羽毛球运动员参加了本届友城运动会。");
        assertTrue(p.isEmpty(), p.toString());
    }
}
