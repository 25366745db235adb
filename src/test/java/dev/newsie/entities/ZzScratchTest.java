package dev.newsie.entities;
import org.junit.jupiter.api.Test;
class ZzScratchTest {
    @Test void show() {
        String[] s = {
          "日本彦根市长大和田健一等人昨天拜会新竹市长林文渊;林文渊期待双方情谊长存。",
          "日本岛根县冈田慎吾知事一行人15日拜会桃园市政府,由市长张朝阳亲自接待,并颁赠荣誉市民奖章予冈田慎吾知事。",
          "邀请行政院经建会副主委吴明德、AIT高雄分处处长白洁恩〈见图〉主持。",
          "并安排参访厦门自贸片区、邮轮母港及海绵城市相关设施。",
          "李淑华补充，此次出访共约90人，议会方面，包括议长黄志明及8位议员；",
          "责任编辑／吴佳蓉",
          "新任会长黄美珠表示,来参加典礼的贵宾有经文处的陈立国处长,布朗州长的代表Kevin Lee,佛利蒙市市长林锦堂,米尔必达市市长郑文华。",
        };
        StringBuilder sb = new StringBuilder();
        for (String x : s) {
            var a = MadeUpSentences.analyse(x);
            sb.append(x).append("\n  tokens: ").append(a.tokens()).append("\n  ").append(MadeUpSentences.entityKeys(x)).append("\n");
        }
        try { java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/tre/scratch.txt"), sb.toString()); } catch (Exception e) { throw new RuntimeException(e); }
    }
}
