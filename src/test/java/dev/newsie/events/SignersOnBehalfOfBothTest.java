package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Made-up reports: X、Y分别代表双方签约, told some sentences after the one signing of the report, names its signers
 * (the verb ends its clause, so it names no other document).
 */
class SignersOnBehalfOfBothTest {
    private static final String REPORT = """
            中国果品流通协会与宿州市签署合作框架协议

            中新网5月9日电 5月7日上午,安徽省宿州市人民政府与中国果品流通协会合作框架协议签约仪式在合肥举行,双方领导出席。

            协会副会长林志远代表协会向合作双方表示祝贺。他指出,宿州果品产业基础扎实,发展潜力很大。此次合作协议的签订对于双方建立长期合作机制具有积极意义。

            中国果品流通协会会长韩德明、宿州市副市长朱晓东分别代表双方签约。
            """;

    @Test
    void theTwoWhoActForBothSidesSignTheOneSigningTold() {
        List<Event> s = MadeUpReports.signings(MadeUpReports.run(REPORT, "2019-05-09"));
        assertEquals(1, s.size(), s.toString());
        assertEquals(List.of("韩德明", "朱晓东"), s.get(0).signatories());
    }
}
