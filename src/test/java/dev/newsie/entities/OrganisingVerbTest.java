package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.entities.MadeUpSentences.organizations;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up clauses where 组织 after a body's head is the verb "to organise". */
class OrganisingVerbTest {
    @Test
    void theBodyOfAClauseWith由EndsBeforeTheVerb() {
        Set<String> n = organizations("昨天由日本山川青少年协会组织的学生团抵达。");
        assertTrue(n.contains("日本山川青少年协会"), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.endsWith("协会组织")), n.toString());
    }

    @Test
    void aBodyNamedOrganisationStaysWhole() {
        Set<String> n = organizations("世界卫生组织代表出席了会议。");
        assertTrue(n.contains("世界卫生组织"), n.toString());
    }

    @Test
    void theVerbAfterABodyFollowedByAnotherVerbIsCut() {
        Set<String> n = organizations("昆山市侨联组织归侨参观新城,嘉定区总工会组织开展劳动竞赛。");
        assertTrue(n.contains("昆山市侨联"), n.toString());
        assertTrue(n.contains("嘉定区总工会"), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.endsWith("组织")), n.toString());
    }

    @Test
    void aPlaceAloneBeforeTheVerbNamesNoBody() {
        Set<String> n = organizations("这次书法交流由日本熊本市组织,共有二十人参加。");
        assertTrue(n.stream().noneMatch(x -> x.endsWith("组织")), n.toString());
    }

    @Test
    void anAdverbOfJointActionBetweenTheBodyAndTheVerbWithAnAspectMarker() {
        Set<String> n = organizations("今年春天,松江区文化局联合组织了一场书画展。");
        assertTrue(n.contains("松江区文化局"), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.endsWith("组织")), n.toString());
    }

    @Test
    void aBodyNamedJointOrganisationStaysWhole() {
        Set<String> n = organizations("世界城市和地方政府联合组织秘书长出席,上海合作组织代表也到场。");
        assertTrue(n.contains("上海合作组织"), n.toString());
        assertTrue(n.stream().anyMatch(x -> x.endsWith("地方政府联合组织")), n.toString());
    }

    @Test
    void aNegatedHeadBeforeOrganisationNamesAKindOfBody() {
        Set<String> n = organizations("两市的企业和非政府组织积极参与了抗疫合作。");
        assertTrue(n.stream().noneMatch(x -> x.equals("非政府")), n.toString());
    }

    @Test
    void anAdverbOfFrequencyBeforeTheVerbLeavesNoBodyNamedOrganisation() {
        Set<String> n = organizations("青河村今年多次组织村民清理河道。");
        assertTrue(n.stream().noneMatch(x -> x.endsWith("组织")), n.toString());
    }

    @Test
    void aBodyBeforeAnAdverbOfDurationEndsBeforeTheAdverb() {
        Set<String> n = organizations("温州市青年企业家协会连续三年组织会员赴欧洲考察。");
        assertTrue(n.contains("温州市青年企业家协会"), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.endsWith("组织")), n.toString());
    }
}
