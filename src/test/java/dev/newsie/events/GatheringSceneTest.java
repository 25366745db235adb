package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A signing told at a gathering's opening took place where the gathering was (made-up reports). */
class GatheringSceneTest {
    @Test
    void aSigningAtTheOpeningIsWhereTheGuestsGathered() {
        String text = "6月12日上午,聊城市国际友城日暨经贸对接洽谈会在运河文化研究院开幕。来自20多个国家和地区的中外嘉宾共聚聊城、共叙友谊。\n"
                + "市委书记王立新在致辞中说,聊城这些年开放步伐加快,企业走出去的越来越多。他希望各位嘉宾多来聊城走走看看。"
                + "他说,聊城愿意同各友城在教育、农业和物流方面多做实事。\n"
                + "法国驻华使馆参赞皮埃尔·马丁,省委外办副主任赵雪分别致辞。\n"
                + "开幕式上,宣读了聊城市国际友城合作倡议书,聊城市与法国图勒市、意大利特尔尼市签署加强交流合作备忘录。";
        List<Event> ss = signings(run(text, "2023-06-13"));
        assertEquals(2, ss.size(), ss.toString());
        assertEquals("聊城", ss.get(0).location());
        assertEquals("聊城", ss.get(1).location());
    }

    @Test
    void aSigningAtTheClosingIsWhereTheFairWasHeld() {
        String text = "9月8日,第三届国际农产品博览会在潍坊开幕。\n闭幕式上,寿光市与荷兰韦斯特兰市签署农业合作备忘录。";
        List<Event> ss = signings(run(text, "2022-09-10"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("潍坊", ss.get(0).location());
    }
}
