package dev.newsie.canon;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A mainland ministry's or national body's usual short form is the body by its full name. */
class ShortFormsOfNationalBodiesTest {
    private final CanonicalNames names = CanonicalNames.load();

    @Test
    void shortFormIsTheFullName() {
        assertEquals("中共中央对外联络部", names.canonical("中联部", EntityType.ORGANIZATION));
        assertEquals("中国社会科学院", names.canonical("中国社科院", EntityType.ORGANIZATION));
        assertEquals("科学技术部", names.canonical("科技部", EntityType.ORGANIZATION));
    }
}
