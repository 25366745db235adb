package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a known foreign city followed by a compass point or 中 and 区 is that city's district. */
class CompassDistrictsOfForeignCitiesTest {
    @Test
    void aForeignCitysCompassDistrictIsNamedWithItsCity() {
        Set<String> k = MadeUpSentences.placeKeys("甲区与韩国光州北区缔结友好城区关系,仁川东区区厅长某某也出席了仪式。");
        assertTrue(k.containsAll(Set.of("CITY 光州北区", "CITY 仁川东区")), k.toString());
        assertTrue(k.stream().noneMatch(n -> n.equals("CITY 光州") || n.equals("CITY 仁川")), k.toString());
    }
}
