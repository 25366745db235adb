package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Made-up report: a ceremony told with its place before its name (…在甲举行了…签约仪式), a paragraph about the
 * visit between, then 在仪式上 with the pairs that signed at it: each signed where the ceremony was held.
 */
class CeremonyPlacedBeforeItsNameTest {
    private static final String REPORT = """
            洛阳市代表团出访希腊

            4月8日至11日,应希腊地方联合会邀请,洛阳市市长陈建国率团访问希腊。代表团同希腊地方联合会9日在帕特雷举行了合作文件签约仪式。中国驻希腊使馆参赞王文出席。

            王文表示,两国地方交往日益密切,代表团此访将推动务实合作。

            在仪式上,洛阳市和拉里萨市、九江市和沃洛斯市分别签订谅解备忘录,以建立友好城市关系。
            """;

    @Test
    void eachPairSignedWhereTheCeremonyWasHeld() {
        List<Event> s = MadeUpReports.signings(MadeUpReports.run(REPORT, null));
        assertEquals(2, s.size(), s.toString());
        for (Event e : s) {
            assertEquals("帕特雷", e.location(), s.toString());
        }
    }
}
