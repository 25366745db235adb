package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: 前 (former) between a name and its title (王小强前市长) leaves the name before it. */
class FormerBeforeATitleTest {
    private static final NamesBeforeTitles names = new NamesBeforeTitles(MadeUpSentences.SHAPES, JapaneseNames.load());

    private static Set<String> names(String text) {
        MadeUpSentences.Analysed a = MadeUpSentences.analyse(text);
        List<Candidate> out = new ArrayList<>();
        names.beforeTitles(a.text(), out, a.places(), a.tokens());
        return MadeUpSentences.persons(out);
    }

    @Test
    void aNameBeforeFormerAndTitleIsTheName() {
        Set<String> n = names("两市结为友好城市,王小强前市长、李大同前县长出席。");
        assertTrue(n.contains("王小强"), n.toString());
        assertTrue(n.contains("李大同"), n.toString());
    }

    @Test
    void aWordEndingInQianBeforeATitleIsNoName() {
        Set<String> n = names("会议日前市长办公会讨论。");
        assertFalse(n.stream().anyMatch(x -> x.endsWith("日")), n.toString());
    }
}
