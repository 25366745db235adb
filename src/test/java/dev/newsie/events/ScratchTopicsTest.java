package dev.newsie.events;
import org.junit.jupiter.api.Test;
import static dev.newsie.events.MadeUpReports.*;
class ScratchTopicsTest {
    private static final ForumExtractor FORUMS = new ForumExtractor(EventLexicon.load(), names());
    @Test
    void show() {
        System.out.println("TOPICS " + ForumTopics.topics("大会围绕创新驱动城市发展、低碳城市绿色花园、旅游推动服务业发展等主题开展广泛研讨。"));
        String[] ss = {
            "青河白山双城论坛27、28日在白山登场,主题为“科技生活”。",
            "2024青河国际友城论坛27、28日在白山举行。",
            "11月27、28日,2024青河国际友城论坛在白山举行。",
            "2024青河国际友城论坛27日至28日在白山举行。",
        };
        for (String s : ss) {
            var fs = FORUMS.extract(new DocumentContext(s, "2024-11-28", entities(s))).stream().map(f -> f.b.build()).toList();
            for (var f : fs) System.out.println("DATES " + s + " => " + f.name() + " d=" + f.date() + " s=" + f.start() + " e=" + f.end());
        }
    }
}
