package dev.newsie.clean;

import dev.newsie.text.TrackedText;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up board posts with the hidden anti-copy strings a text dump shows. */
class JammerRemoverTest {
    private static String clean(String s) {
        return new JammerRemover().remove(TrackedText.identity(s)).text();
    }

    @Test
    void dropsJammerRunsAtTheStartAndEndOfLines() {
        assertEquals("青河市的友好城市共有9个:\n日本 白川市(1990年缔结)\n韩国 东川市(1995年缔结)",
                clean("青河市的友好城市共有9个:\" Q, d# 7k G5 u$ b\n4 r6 K. m* H1 Z 日本 白川市(1990年缔结)\n韩国 东川市(1995年缔结)' |3 w- L* X3"));
    }

    @Test
    void aRunSetOffBySpaceLeavesTheClosingBracketBeforeIt() {
        assertEquals("墨西哥 北川市(1999年缔结)", clean("墨西哥 北川市(1999年缔结) _2 {5 w; T: w1 ~: m8 g"));
        assertEquals("巴西 南川市(2003年建立友好关系)", clean("巴西 南川市(2003年建立友好关系)) a1 K, W2 K z8 Q1 U* b/"));
    }

    @Test
    void keepsNumbersAndShortLatinWords() {
        String line = "青河市与白州市签署协议 (UCLG) 第 3 4 5 页 A B C D";
        assertEquals(line, clean(line));
    }
    @Test
    void dropsRunsInsideSentencesAndKeepsInitialsAbbreviationsAndNumbers() {
        assertEquals("【友城概况】", clean("【友城概况】% _# ^( P5 m\" f8 |"));
        assertEquals("檳州與某市簽署備忘錄,推動交流。", clean("檳州與某市簽署備忘錄,& Q3 k# ^7 m2 |5 x; r! w推動交流。"));
        for (String kept : new String[] {"市長 J. R. Smith 出席", "世界城地组织(UCLG)和 C40 城市", "编号 1 2 3 4 5 6",
                "Y.B. datuk Ali Bin Omar"}) {
            assertEquals(kept, clean(kept));
        }
    }
}
