package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Made-up reports: 荣获“X”证书的丹麦建筑师乙 — the certificate that stands for the honour may follow its name in the
 * relative clause describing the winner, and a speaker's caption may put a space before the name.
 */
class CertificateWonDescribesItsHolderTest {
    private static List<String> recipients(String text) {
        List<Event> awards = MadeUpReports.ofType(MadeUpReports.run(text, "2031-05-03"), EventType.AWARD);
        assertEquals(1, awards.size());
        return awards.get(0).recipients();
    }

    @Test
    void theHolderOfTheCertificateSpeaks() {
        assertEquals(List.of("汉斯·延森"), recipients("荣誉市民\n5月2日,甲城市市长举行授予仪式。"
                + "获得“甲城市荣誉市民”证书的丹麦建筑师汉斯·延森表示,他很荣幸。"));
    }

    @Test
    void aSpeakersCaptionWithASpaceBeforeTheName() {
        assertEquals(List.of("汉斯·延森"), recipients("荣誉市民\n5月2日,甲城市市长举行授予仪式。"
                + "获得“甲城市荣誉市民”证书的丹麦建筑师 汉斯·延森:“我很荣幸。”"));
    }
}
