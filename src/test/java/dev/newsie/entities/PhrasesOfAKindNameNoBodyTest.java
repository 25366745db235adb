package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences where a phrase of scope and kind words before a head noun (省市政府, 国际友好城市组织) names a class
 * of bodies, not one: it is no organisation, though the segmenter reads it as one name.
 */
class PhrasesOfAKindNameNoBodyTest {

    @Test
    void levelPairBeforeGovernmentIsAClass() {
        Set<String> o = MadeUpSentences.organizations("来自五国的三十个省市政府、六个友好组织的代表出席了会议。");
        assertFalse(o.contains("省市政府"), o.toString());
    }

    @Test
    void scopeThenKindWordsBeforeAnAssociationIsAClass() {
        Set<String> o = MadeUpSentences.organizations("该组织的会员中，全国性地方政府协会占八十个。");
        assertFalse(o.contains("全国性地方政府协会"), o.toString());
        o = MadeUpSentences.organizations("论坛为地方政府、国际友好城市组织及各界人士提供交流平台。");
        assertFalse(o.contains("国际友好城市组织"), o.toString());
    }

    @Test
    void aNameGoingOnWithAScopeWordAfterKindWordsIsOneBody() {
        Set<String> o = MadeUpSentences.organizations("襄阳市于去年加入了地方政府国际联盟。");
        assertTrue(o.contains("地方政府国际联盟"), o.toString());
    }

    @Test
    void aNamedPlaceBeforeTheKindWordsMakesOneBody() {
        Set<String> o = MadeUpSentences.organizations("烟台市政府与松本市地方政府协会签署了合作备忘录。");
        assertTrue(o.stream().anyMatch(n -> n.startsWith("松本") && n.endsWith("地方政府协会")), o.toString());
    }
}
