package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Made-up report: 甲市荣誉市民授证仪式举行。市长为乙、丙颁发荣誉市民证书 — the certificate names the honour bare, and
 * those it is handed to are the winners of the citizenship the sentence before named with its place.
 */
class BareCertificateAfterTheCeremonyTest {
    @Test
    void theHonoursCertificateHandedToTheNamed() {
        List<Event> awards = MadeUpReports.ofType(MadeUpReports.run("授证\n南平市荣誉市民授证仪式8日举行。"
                + "市长王建国为日本友人山田太郎、韩国友人金成浩颁发荣誉市民证书。", "2031-10-09"), EventType.AWARD);
        assertEquals(1, awards.size());
        assertEquals(List.of("山田太郎", "金成浩"), awards.get(0).recipients());
    }
}
