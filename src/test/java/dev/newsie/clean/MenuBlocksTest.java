package dev.newsie.clean;

import dev.newsie.decode.DecodedPage;
import dev.newsie.ingest.RawPage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A made-up county portal: its menu, one item a line, stands above a story that has no headline of its own. */
class MenuBlocksTest {
    private static final String PAGE = String.join("\n",
            "縣運動會專題",
            "在地好店推薦",
            "韓國慶州旅遊月",
            "台東縣政府觀光發展處",
            "光雕藝術季",
            "業配廠商",
            "",
            "【記者林志明/台東報導】台東縣池上鄉長李文雄與南投縣竹山鎮長陳建華,今天共同簽署姊妹鄉鎮盟約,雙方將在農業與觀光方面交流。",
            "",
            "簽約儀式在池上鄉公所舉行,兩地代表會主席及村里長都出席見證,氣氛熱絡。");

    @Test
    void aMenusItemsAreNoTitleNorBody() {
        Article a = new TextDumpCleaner(LineClassifier.load()).clean(DecodedPage.ofText("p", PAGE, RawPage.Kind.TEXT));
        assertNotEquals("台東縣政府觀光發展處", a.title());
        assertFalse(a.body().text().contains("台東縣政府觀光發展處"), a.body().text());
    }

    @Test
    void fourShortUnpunctuatedLinesInARowAreAMenu() {
        assertEquals(Set.of(0, 1, 2, 3), MenuBlocks.of(List.of("首頁", "地方新聞", "縣政府觀光處", "業配廠商", "兩縣簽署姊妹市盟約,將推動觀光。")));
        assertEquals(Set.of(), MenuBlocks.of(List.of("焦點新聞", "兩市締結姊妹市", "2024-05-06 10:00", "記者王明/台東報導")));
    }
}
