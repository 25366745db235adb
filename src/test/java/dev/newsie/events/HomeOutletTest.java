package dev.newsie.events;

import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The place a page's own outlet serves, from made-up entity lists. */
class HomeOutletTest {
    private static Entity e(EntityType t, String name) {
        return new Entity(name, t, name, t == EntityType.ORGANIZATION ? null : "中国", List.of());
    }

    @Test
    void aProvincialPaperServesItsProvince() {
        assertEquals("青海", HomeOutlet.place(List.of(e(EntityType.PROVINCE, "青海"), e(EntityType.PROVINCE, "西藏"),
                e(EntityType.ORGANIZATION, "青海日报")), EntityType.PROVINCE));
    }

    @Test
    void aPortalNamedChinaAndItsProvinceServesThatProvince() {
        assertEquals("青海", HomeOutlet.place(List.of(e(EntityType.PROVINCE, "青海"), e(EntityType.PROVINCE, "西藏"),
                e(EntityType.ORGANIZATION, "中国青海网")), EntityType.PROVINCE));
    }

    @Test
    void aNationalOutletServesNoProvince() {
        assertNull(HomeOutlet.place(List.of(e(EntityType.PROVINCE, "青海"), e(EntityType.PROVINCE, "西藏"),
                e(EntityType.ORGANIZATION, "中国新闻网")), EntityType.PROVINCE));
    }
}
