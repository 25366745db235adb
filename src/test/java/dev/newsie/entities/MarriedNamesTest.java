package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences naming a married woman by her husband's family name and her own (冠夫姓): four characters, after a
 * title, in a list of names, or after a lone family-name character that the segmenter reads apart.
 */
class MarriedNamesTest {
    @Test
    void aMarriedNameAfterATitleIsReadWhole() {
        Set<String> p = MadeUpSentences.persons("驻港办事处首席代表彭邓佩玲,市议会议长罗伯茨出席。");
        assertTrue(p.contains("彭邓佩玲"), p.toString());
    }

    @Test
    void aMarriedNameInAListOfNamesIsOneItem() {
        Set<String> p = MadeUpSentences.persons("今天出席的议员包括张明华、吕陈秀莲、王志强、李国栋等人。");
        assertTrue(p.contains("吕陈秀莲"), p.toString());
        assertTrue(p.contains("王志强"), p.toString());
    }

    @Test
    void aLoneFamilyNameBeforeAThreeCharacterNameOpensIt() {
        Set<String> p = MadeUpSentences.persons("台湾乡亲周林美惠女士等10人获颁奖章。");
        assertTrue(p.contains("周林美惠"), p.toString());
    }

    @Test
    void aPredicateAfterTwoFamilyNamesIsNoGivenName() {
        Set<String> p = MadeUpSentences.persons("市长王林出席，并致辞。");
        assertFalse(p.contains("王林出席"), p.toString());
        p = MadeUpSentences.persons("副市长李明向林美惠女士颁奖。");
        assertFalse(p.contains("向林美惠"), p.toString());
    }
}
