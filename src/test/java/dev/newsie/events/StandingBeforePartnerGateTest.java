package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The gate before the standing's pattern never drops a sentence the pattern alone would match. */
class StandingBeforePartnerGateTest {
    @Test
    void gateThenPatternFindsWhatThePatternAloneFinds() {
        // made-up sentences over the real partner nouns, their last characters alone, 国际, the place mark and others
        String place = String.valueOf(MaskedSentence.PLACE);
        String[] others = {"国际", "市", "州", "城", "的", "与", "省级", "。", place, place + place};
        Random random = new Random(57);
        for (int n = 0; n < 5000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                if (random.nextInt(3) == 0) {
                    text.append(PartnerNouns.WORDS.get(random.nextInt(PartnerNouns.WORDS.size())));
                } else {
                    text.append(others[random.nextInt(others.length)]);
                }
            }
            String s = text.toString();
            boolean alone = StandingBeforePartner.STANDING_THEN_PLACE.matcher(s).find();
            boolean gated = StandingBeforePartner.NOUN_BEFORE_PLACE.mayOccurIn(s) && StandingBeforePartner.STANDING_THEN_PLACE.matcher(s).find();
            assertEquals(alone, gated, s);
        }
    }
}
