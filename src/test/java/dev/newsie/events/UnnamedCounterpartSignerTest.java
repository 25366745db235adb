package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** One signer named beside a counterpart given only by place and post (round 29, made-up reports). */
class UnnamedCounterpartSignerTest {
    @Test
    void theOneSignerNamedIsTheSignatory() {
        String text = "标题\n本报松本3月5日电 记者王明报道:山东烟台市与日本松本市今天签署了两市友城协议书。"
                + "烟台市长李华和松本市长分别代表本市在协议书上签字。";
        Event e = theOneSigning(text, "1992-03-06");
        assertEquals(List.of("李华"), e.signatories());
    }
}
