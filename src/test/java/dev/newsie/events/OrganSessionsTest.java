package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up modifiers of a meeting's head: which name only an organ's session. */
class OrganSessionsTest {
    @Test
    void anOrganWithItsTermAndSessionNumberIsAloneAndABodyBeforeItIsNot() {
        assertTrue(OrganSessions.organAlone("第五届理事会第二次全体"));
        assertTrue(OrganSessions.organAlone("新一届董事会首次"));
        assertTrue(OrganSessions.organAlone("执行局"));
        assertTrue(OrganSessions.organAlone("监事"));
        assertFalse(OrganSessions.organAlone("青河友城联合会理事会"));
        assertFalse(OrganSessions.organAlone("友城合作"));
    }
}
