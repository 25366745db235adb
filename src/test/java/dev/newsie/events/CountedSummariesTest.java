package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up reports: a signing told first by a count of its documents, then document by document. */
class CountedSummariesTest {
    @Test
    void aCountOfDocumentsIsNoSigningOfItsOwnOnceTheDocumentsAreTold() {
        EventExtractor.Result r = run("闽港两地签署多项合作协议\n\n王明、李强等见证闽港两地代表签署多份合作协议。\n\n"
                + "福建省省长王明率领的代表团1日到访香港，双方就两地合作交换意见。\n\n"
                + "在两位首长见证下，闽港双方签署了《闽港旅游合作备忘录》《闽港青年交流合作备忘录》。", "2024-03-02");
        assertTrue(signings(r).stream().noneMatch(e -> e.title() != null && e.title().startsWith("多")), signings(r).toString());
        assertTrue(signings(r).stream().anyMatch(e -> "闽港旅游合作备忘录".equals(e.title())), signings(r).toString());
    }
}
