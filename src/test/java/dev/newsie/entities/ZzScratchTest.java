package dev.newsie.entities;
import org.junit.jupiter.api.Test;
class ZzScratchTest {
    @Test void show() {
        String[] s = {
          "邀请行政院经建会副主委吴明德主持。",
          "侨委会委员长徐佳青陪同参观。",
          "原民会主委林某某出席。",
          "陆委会副主委梁文杰表示。",
          "高雄市代理市长陈碧云主持。陈代理市长首先代表台南市宣读宣言。",
        };
        StringBuilder sb = new StringBuilder();
        for (String x : s) {
            var a = MadeUpSentences.analyse(x);
            sb.append(x).append("\n  tokens: ").append(a.tokens()).append("\n  ").append(MadeUpSentences.entityKeys(x)).append("\n");
        }
        try { java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/tre/scratch.txt"), sb.toString()); } catch (Exception e) { throw new RuntimeException(e); }
    }
}
