package dev.newsie.events;
import org.junit.jupiter.api.Test;
import static dev.newsie.events.MadeUpReports.*;
class TmpDebugTest {
    @Test
    void t() {
        for (String text : new String[]{
            "北港镇长张建国代表北港镇致赠下田市「北港艺阁」木雕作品,象征情谊。",
            "苗栗市长致赠台中市纪念品。",
            "下田市长松本和也亲自率领同仁持我国国旗欢迎北港访问团到来。",
            "包括下田商工会议所、下田观光协会出席观礼。",
            "参访朝天宫、糖厂、老街与文化中心,欣赏夕照。",
            "是由制作帆船模型的下田职人佐野健二精心打造的模型。"}) {
            System.out.println("DBG " + text + " -> " + entities(text).stream().map(e -> e.type() + ":" + e.name()).toList());
            System.out.println("DBG   ev " + run(text, "2025-10-22").events().stream().map(e -> e).toList());
        }
    }
}
