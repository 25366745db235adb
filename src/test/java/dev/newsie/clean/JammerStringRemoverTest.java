package dev.newsie.clean;

import dev.newsie.text.TrackedText;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JammerStringRemoverTest {
    private final JammerStringRemover remover = new JammerStringRemover();

    @Test
    void removesJammerRunsAtLineStartsEndsAndInside() {
        assertEquals("【友城概况】", remover.remove("【友城概况】% _# ^( P5 m\" f8 |"));
        assertEquals(" 荷兰 某某市(1990年3月缔结)", remover.remove("& k e4 x. G9 v5 {) p 荷兰 某某市(1990年3月缔结)"));
        assertEquals("两市共有友城9个:", remover.remove("两市共有友城9个:\" W, C# k0 C6 u$ b"));
        assertEquals("檳州與某市簽署備忘錄,推動交流。", remover.remove("檳州與某市簽署備忘錄,& A6 J# ^9 l7 |9 z; e! z推動交流。"));
    }

    @Test
    void keepsLatinTextInitialsAndNumbers() {
        assertEquals("市長 J. R. Smith 出席", remover.remove("市長 J. R. Smith 出席"));
        assertEquals("世界城地组织(UCLG)和 C40 城市", remover.remove("世界城地组织(UCLG)和 C40 城市"));
        assertEquals("编号 1 2 3 4 5 6", remover.remove("编号 1 2 3 4 5 6"));
        assertEquals("Y.B. datuk Ali Bin Omar", remover.remove("Y.B. datuk Ali Bin Omar"));
    }

    @Test
    void keepsOffsetsOfTheRemainingCharacters() {
        TrackedText t = remover.remove(TrackedText.identity("友城:\" W, C# k0 C6 u$ b"));
        assertEquals("友城:", t.text());
        assertEquals(2, t.rawStart(2));
    }
}
