package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up meeting names and modifiers of a meeting's head: which name a statutory session. */
class StatutorySessionsTest {
    @Test
    void anOrganWithItsTermAndSessionNumberIsAloneAndABodyBeforeItIsNot() {
        assertTrue(StatutorySessions.organAlone("第五届理事会第二次全体"));
        assertTrue(StatutorySessions.organAlone("新一届董事会首次"));
        assertTrue(StatutorySessions.organAlone("执行局"));
        assertTrue(StatutorySessions.organAlone("监事"));
        assertFalse(StatutorySessions.organAlone("青河友城联合会理事会"));
        assertFalse(StatutorySessions.organAlone("友城合作"));
    }

    @Test
    void aLegislaturesNumberedSessionIsStatutoryWhateverItsModifier() {
        assertTrue(StatutorySessions.isStatutory("青河市人大常委会第十二次会议", null));
        assertTrue(StatutorySessions.isStatutory("执行局会议", "执行局"));
        assertFalse(StatutorySessions.isStatutory("青河国际友城大会", "青河国际友城"));
    }
}
