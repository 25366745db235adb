package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up document names: a friendship agreement, and an exchange agreement named by nothing more, twin two places. */
class FriendshipAgreementsTwinTest {
    private static final EventLexicon LEXICON = EventLexicon.load();

    @Test
    void aFriendshipAgreementIsATwinning() {
        assertEquals("SISTER_CITY", LEXICON.agreementKind("友好协定"));
        assertEquals("SISTER_CITY", LEXICON.agreementKind("缔结友好协议，象征两地交流迈入新阶段"));
    }

    @Test
    void aBareExchangeAgreementIsATwinning() {
        assertEquals("SISTER_CITY", LEXICON.agreementKind("交流协定"));
        assertEquals("SISTER_CITY", LEXICON.agreementKind("缔结交流协定。此次两县又互访"));
    }

    @Test
    void anExchangeAgreementOnAFieldOrWithCooperationIsNot() {
        assertEquals("COOPERATION", LEXICON.agreementKind("文化交流协定"));
        assertEquals("COOPERATION", LEXICON.agreementKind("友好合作协议"));
        assertEquals("COOPERATION", LEXICON.agreementKind("交流合作协议"));
    }

    @Test
    void establishingExchangeAndCooperationRelationsIsATwinning() {
        assertEquals("SISTER_CITY", LEXICON.agreementKind("甲县与乙县建立友好交流及合作关系协定书"));
        assertEquals("SISTER_CITY", LEXICON.agreementKind("建立友好交流和合作关系协定"));
        assertEquals("COOPERATION", LEXICON.agreementKind("两县友好交流合作协定"));
    }
}
