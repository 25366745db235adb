package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.newsie.entities.MadeUpSentences.organizations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up invitation clauses (应 + body + 邀请): the guest, his honorific and 应 are no part of the inviting body. */
class InvitingBodiesTest {
    @Test
    void theGuestAndThePrepositionOpenNoBodyName() {
        Set<String> n = organizations("德国青河总商会会长王立新先生应白山市政府邀请出席了招待会。");
        assertTrue(n.contains("白山市政府"), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.contains("王立新") || x.startsWith("应")), n.toString());
    }

    @Test
    void theGuestIsAPersonOnceTheBodyNoLongerTakesHim() {
        String text = "德国青河总商会会长王立新先生应白山市政府邀请出席了招待会。";
        Set<String> keys = MadeUpSentences.entityKeys(text);
        assertTrue(keys.contains("PERSON 王立新"), keys.toString());
    }

    @Test
    void withoutTheInvitationThe应OfANameStays() {
        assertEquals(0, InvitingBodies.afterInvitation("应用技术大学代表出席", 0, 6, List.of()));
    }
}
