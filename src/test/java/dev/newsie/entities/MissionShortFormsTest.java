package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up missions named again without the qualifier before their head. */
class MissionShortFormsTest {
    @Test
    void aMissionLessTheQualifierBeforeItsHeadIsTheSameMission() {
        assertTrue(MissionShortForms.shortens("驻青河国代表处", "驻青河国白山代表处"));
        assertTrue(MissionShortForms.shortens("甲乙部驻青河公署", "丙国甲乙部驻青河特派员公署")); // the sender's opening dropped too
        assertTrue(MissionShortForms.shortens("驻青河使馆", "驻青河大使馆"));
    }

    @Test
    void onlyTheSameSeatSenderAndHeadMakeTheSameMission() {
        assertFalse(MissionShortForms.shortens("驻青代表处", "驻青河国代表处")); // one shared character: another seat
        assertFalse(MissionShortForms.shortens("驻白山代表处", "驻青河国白山代表处"));
        assertFalse(MissionShortForms.shortens("丁国驻青河代表处", "丙国驻青河白山代表处"));
        assertFalse(MissionShortForms.shortens("驻青河办事处", "驻青河白山代表处"));
        assertFalse(MissionShortForms.shortens("青河代表处", "青河白山代表处")); // no 驻: no mission
    }
}
