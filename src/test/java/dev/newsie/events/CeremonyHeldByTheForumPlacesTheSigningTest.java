package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up reports: 论坛还举行了签约仪式 — the forum itself held the signing ceremony, so a signing told in the next
 * sentences took place where the forum was; its date is not the forum's (often only the year of its name).
 */
class CeremonyHeldByTheForumPlacesTheSigningTest {
    private static final String FORUM = "2024襄阳国际友城合作论坛举行\n\n2024襄阳国际友城合作论坛日前在襄阳举行。来自12个国家的友城代表出席论坛。\n\n";

    @Test
    void theSigningAtTheForumsCeremonyIsWhereTheForumWas() {
        String r = FORUM + "论坛还举行了友城合作项目签约仪式。王明与来访嘉宾共同出席签约仪式。襄阳与日本松本市签署友好交流意向书。\n";
        List<Event> ss = MadeUpReports.signings(MadeUpReports.run(r, "2024-05-12"));
        assertTrue(ss.stream().anyMatch(e -> "襄阳".equals(e.location())), ss.toString());
        assertTrue(ss.stream().noneMatch(e -> "2024".equals(e.date())), ss.toString());
    }
}
