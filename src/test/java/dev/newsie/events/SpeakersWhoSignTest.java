package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** People listed before 致辞并签署 both speak and sign (round 29, made-up reports). */
class SpeakersWhoSignTest {
    @Test
    void aGuestWhoSpeaksAndSignsIsASignerBesideTheHost() {
        String text = "标题\n2月16日,襄阳与日本松本市以视频方式签订两市交往意向书。"
                + "市长李华,松本市副市长山田太郎致辞并签署意向书。";
        Event e = theOneSigning(text, "2023-02-17");
        assertEquals(List.of("李华", "山田太郎"), e.signatories());
    }
}
