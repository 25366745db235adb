package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up runs that end in a conjunction and a bare head noun. */
class BareHeadJoinedToAnItemTest {
    private static final Predicate<String> BARE = Set.of("商会", "议会", "台办", "市议会", "委员会", "公司")::contains;

    private static Candidate org(String name) {
        return new Candidate(0, name.length(), EntityType.ORGANIZATION, name, null, Candidate.Source.PATTERN);
    }

    @Test
    void anItemJoinedToABareHeadIsNoBody() {
        assertTrue(BareHeadJoinedToAnItem.isOne(org("林振东及台办"), BARE));
        assertTrue(BareHeadJoinedToAnItem.isOne(org("当地侨界及商会"), BARE));
        assertTrue(BareHeadJoinedToAnItem.isOne(org("垃圾分类及市议会"), BARE));
        assertTrue(BareHeadJoinedToAnItem.isOne(org("青河市政府与议会"), BARE));
    }

    @Test
    void namesWithAConjunctionBeforeTheirOwnWordsOrAGovernmentKeepTheirReading() {
        assertFalse(BareHeadJoinedToAnItem.isOne(org("青河市与白沙市友好委员会"), BARE));
        assertFalse(BareHeadJoinedToAnItem.isOne(org("青河德和公司"), BARE));
        assertFalse(BareHeadJoinedToAnItem.isOne(org("学界及政府"), BARE));
        assertFalse(BareHeadJoinedToAnItem.isOne(org("及商会"), BARE));
        assertFalse(BareHeadJoinedToAnItem.isOne(new Candidate(0, 5, EntityType.CITY, "侨界及商会", null, Candidate.Source.PATTERN), BARE));
    }

    @Test
    void aPersonJoinedToABareOfficeNamesNoBody() {
        assertNoJoinedBody("县长刘文海也在林振东及台办人员陪同下参观了农场。");
    }

    @Test
    void aPersonJoinedToABareHouseNamesNoBody() {
        assertNoJoinedBody("驻外代表王明德及国会议员白丽出席了音乐会。");
    }

    @Test
    void aFieldJoinedToABareLevelsHeadNamesNoBody() {
        assertNoJoinedBody("双方就垃圾分类及市议会运作交换了意见。");
    }

    private static void assertNoJoinedBody(String sentence) {
        Set<String> keys = MadeUpSentences.entityKeys(sentence);
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("ORGANIZATION") && k.contains("及")), keys.toString());
    }
}
