package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up document names: a declaration or joint statement that only mentions friendship cities founds no twinning. */
class DeclarationsFoundNoTwinningTest {
    private static final EventLexicon LEXICON = EventLexicon.load();

    @Test
    void aDeclarationOfPartnerCitiesSchoolsIsOther() {
        assertEquals("OTHER", LEXICON.agreementKind("烟台市友好城市青年创业联合宣言"));
        assertEquals("OTHER", LEXICON.agreementKind("友城青年交流倡议书"));
    }

    @Test
    void aStatementThatConcludesTheTwinningStillTwins() {
        assertEquals("SISTER_CITY", LEXICON.agreementKind("烟台市与松本市缔结友好城市共同声明"));
    }
}
