package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a common word that a suffix character closes (频道 channel) ends no unlisted place before it. */
class CommonWordClosedBySuffixTest {
    @Test
    void aChannelAfterACountryIsNoProvince() {
        Set<String> k = MadeUpSentences.placeKeys("据德国新闻电视频道报道,两地签署协议。");
        assertTrue(k.contains("COUNTRY 德国"), k.toString());
        assertFalse(k.stream().anyMatch(n -> n.startsWith("PROVINCE")), k.toString());
    }

    @Test
    void aProvinceWithItsOwnSuffixStaysAProvince() {
        Set<String> k = MadeUpSentences.placeKeys("德国巴伐利亚州与韩国江原道代表和日本电视频道记者出席。");
        assertTrue(k.containsAll(Set.of("PROVINCE 巴伐利亚", "PROVINCE 江原")), k.toString());
        assertFalse(k.stream().anyMatch(n -> n.contains("电视")), k.toString());
    }
}
