package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up reports: the last item of a sentence of signings, its verb left out, is one more signing. */
class TrailingItemWithoutVerbTest {
    @Test
    void theLastPairAndItsDocumentAreASigning() {
        List<dev.newsie.model.Event> ss = signings(run(
                "会上,湖南省邵阳市与老挝丰沙市签订结好协议书,湖南省常德市和斯里兰卡康塔市友城意向书。", "2024-09-10"));
        Set<Set<String>> pairs = partySets(ss);
        assertTrue(pairs.contains(Set.of("邵阳", "丰沙")), pairs.toString());
        assertTrue(pairs.contains(Set.of("常德", "康塔")), pairs.toString());
        dev.newsie.model.Event last = ss.stream().filter(e -> e.parties().contains("康塔")).findFirst().orElseThrow();
        assertEquals("LETTER_OF_INTENT", last.agreement());
    }

    @Test
    void aClauseWithoutADocumentAddsNoSigning() {
        Set<Set<String>> pairs = partySets(signings(run(
                "会上,湖南省邵阳市与老挝丰沙市签订结好协议书,湖南省常德市和斯里兰卡康塔市交流频繁。", "2024-09-10")));
        assertEquals(Set.of(Set.of("邵阳", "丰沙")), pairs);
    }
}
