package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A later sentence naming hosts by their role (主办单位:…, 甲作为主办方) gives the reported forum's hosts (made-up reports). */
class HostsNamedByTheirRoleTest {
    private static final ForumExtractor FORUMS = new ForumExtractor(EventLexicon.load(), names());

    private static List<String> hosts(String text) {
        return FORUMS.extract(new DocumentContext(text, "2022-09-03", entities(text))).get(0).b.build().organizers();
    }

    @Test
    void aLabelledListOfHostsAfterTheReport() {
        assertEquals(List.of("中国人民对外友好协会", "白州市人民政府"),
                hosts("9月2日,2022白州国际友城论坛在白州市举行。主办单位:中国人民对外友好协会;承办单位:白州市人民政府;协办单位:白州大学。"));
    }

    @Test
    void bodiesNamedAsHostAndOrganiser() {
        assertEquals(List.of("中国人民对外友好协会", "白州市人民政府"),
                hosts("9月2日,2022白州国际友城论坛在白州市举行。中国人民对外友好协会作为主办方,白州市人民政府作为承办方,共同筹备了本次论坛。"));
    }
}
