package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up reports: the winners named inside 包括…在内 before the counted group that received a named award. */
class IncludedWinnersTest {
    private static Event award(String text) {
        return MadeUpReports.ofType(MadeUpReports.run(text, "2031-09-30"), EventType.AWARD).get(0);
    }

    @Test
    void theNamedInsideTheGroupThatReceivedTheAwardAreItsRecipients() {
        assertEquals(List.of("彼得·格林", "汉斯·穆勒"),
                award("表彰\n包括彼得·格林、汉斯·穆勒在内的40名外国专家获得“白州友谊奖”。").recipients());
    }

    @Test
    void theGroupMayFollowAfterAComma() {
        assertEquals(List.of("玛丽·布朗"),
                award("表彰\n包括玛丽·布朗在内,今年共有来自9个国家的20名外国专家荣获“白州友谊奖”。").recipients());
    }
}
