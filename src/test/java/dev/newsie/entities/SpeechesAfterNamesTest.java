package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences where a speaker's name is followed by the light verb 作 of a speech (作主旨演讲, 作视频致辞). */
class SpeechesAfterNamesTest {

    @Test
    void theLightVerbIsNoPartOfAForeignName() {
        Set<String> e = MadeUpSentences.entityKeys("开幕式上，经济学家卡洛·贝尔托作主旨演讲。");
        assertTrue(e.contains("PERSON 卡洛·贝尔托"), e.toString());
        assertFalse(e.stream().anyMatch(k -> k.endsWith("作")), e.toString());
    }

    @Test
    void aTitledTalkStillEndsTheName() {
        Set<String> e = MadeUpSentences.entityKeys("随后，学者卡洛·贝尔托作主题为《河流与城市》的演讲。");
        assertTrue(e.contains("PERSON 卡洛·贝尔托"), e.toString());
    }

    @Test
    void theLightVerbIsNoPartOfAJapaneseGivenName() {
        Set<String> e = MadeUpSentences.entityKeys("日本留萌市市长堀川英一作视频演讲。");
        assertTrue(e.contains("PERSON 堀川英一"), e.toString());
    }

    @Test
    void onlyASpeechNounMakesItTheVerb() {
        assertTrue(SpeechesAfterNames.startsAt("作了题为“合作共赢”的报告", 0));
        assertFalse(SpeechesAfterNames.startsAt("作为主办方", 0));
    }
}
