package dev.newsie.canon;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A national friendship association's clipped two-country form is the association by its full name. */
class ClippedNationalAssociationsTest {
    private final CanonicalNames names = CanonicalNames.load();

    @Test
    void clippedFormIsTheFullName() {
        assertEquals("中日友好协会", names.canonical("中日友协", EntityType.ORGANIZATION));
        assertEquals("中国拉丁美洲友好协会", names.canonical("中拉友协", EntityType.ORGANIZATION));
        assertEquals("中国拉丁美洲友好协会", names.canonical("中拉友好协会", EntityType.ORGANIZATION));
    }
}
