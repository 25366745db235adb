package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which bodies after 向 describe the person honoured (their employer) rather than being honoured themselves. */
class AwardConferralTest {
    @Test
    void aBodyBeforeItsOwnUnitAndACallingDescribesThePerson() {
        // 向甲大学乙研究中心联席主任丙颁发: the university and its centre both describe 丙
        assertTrue(AwardConferral.affiliation("向ⓄⓄ联席主任Ⓡ颁发", 2));
        assertTrue(AwardConferral.affiliation("向ⓄⓄ联席主任Ⓡ颁发", 3));
    }

    @Test
    void bodiesListedAsRecipientsAreNoAffiliation() {
        assertFalse(AwardConferral.affiliation("向Ⓞ、Ⓞ颁发", 2));
        assertFalse(AwardConferral.affiliation("向ⓄⓄ颁发", 2));
    }
}
