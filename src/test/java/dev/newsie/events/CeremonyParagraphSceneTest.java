package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up reports: a paragraph opened by 签约仪式上 is set at the ceremony sentence after sentence. */
class CeremonyParagraphSceneTest {
    private static final String REPORT = """
            莲都区与龙泉市结好

            5月9日上午,龙泉市和莲都区缔结友好城市签约仪式在莲都区举行。两地领导出席。

            签约仪式上,莲都区人民政府与龙泉市人民政府签署缔结友好城市框架协议。莲都区农业农村局与龙泉市商务局签署农产品产销合作框架协议,莲都区茶叶协会与龙泉市茶业集团签署战略合作框架协议。
            """;

    @Test
    void signingsLaterInTheCeremonysParagraphTakeItsPlace() {
        List<Event> ss = MadeUpReports.signings(MadeUpReports.run(REPORT, "2022-05-10"));
        Event tea = ss.stream().filter(e -> Set.copyOf(e.parties()).equals(Set.of("莲都区茶叶协会", "龙泉市茶业集团"))).findFirst().orElseThrow();
        assertEquals("莲都", tea.location());
    }

    @Test
    void aNewParagraphEndsTheScene() {
        String later = REPORT + "\n次月,莲都区茶叶协会与龙泉市茶业集团又签署了茶叶销售合作协议。\n";
        List<Event> ss = MadeUpReports.signings(MadeUpReports.run(later, "2022-05-10"));
        ss.stream().filter(e -> "茶叶销售合作协议".equals(e.title())).forEach(e -> assertEquals(null, e.location()));
    }
}
