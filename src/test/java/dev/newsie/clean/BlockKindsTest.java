package dev.newsie.clean;

import dev.newsie.text.TrackedText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A page's remembered block kinds are the kinds the classifier gives each block's text, asked in any order. */
class BlockKindsTest {
    private final LineClassifier classifier = LineClassifier.load();

    @Test
    void eachBlockHasItsOwnKindHoweverOftenAndInWhateverOrderItIsAsked() {
        List<String> lines = List.of("  分享到  ", "某市代表团昨日抵达友好城市，双方就经贸、教育和文化交流举行会谈并签署合作备忘录。",
                "相关新闻", "(编辑 某某)", "甲乙丙");
        List<TrackedText> texts = lines.stream().map(TrackedText::identity).toList();
        BlockKinds kinds = new BlockKinds(classifier, texts);
        for (int i = lines.size() - 1; i >= 0; i--) {
            assertEquals(classifier.classify(lines.get(i)), kinds.of(i), lines.get(i));
        }
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(classifier.classify(lines.get(i).strip()), kinds.of(i), lines.get(i));
        }
        assertEquals(List.of(LineKind.JUNK, LineKind.PROSE, LineKind.END, LineKind.LAST, LineKind.OTHER),
                List.of(kinds.of(0), kinds.of(1), kinds.of(2), kinds.of(3), kinds.of(4)));
    }
}
