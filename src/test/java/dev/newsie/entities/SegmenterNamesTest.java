package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences where the segmenter's person-name reading is taken or not. */
class SegmenterNamesTest {
    private static final SegmenterNames names = new SegmenterNames(MadeUpSentences.SHAPES);

    private static Set<String> names(String text) {
        MadeUpSentences.Analysed a = MadeUpSentences.analyse(text);
        List<Candidate> out = new ArrayList<>();
        names.find(a.text(), a.tokens(), out, a.places());
        return MadeUpSentences.persons(out);
    }

    @Test
    void namesClosedByDengBeforeAnActAreAList() {
        Set<String> n = names("高建、吴立平等出席了仪式。");
        assertTrue(n.contains("高建") && n.contains("吴立平"), n.toString());
    }

    @Test
    void placeWhereAnEnvoyIsPostedIsNoName() {
        assertFalse(names("我国驻圣文森大使范美君出席。").contains("圣文森"));
    }

    @Test
    void aCaptionsPositionAfterANameIsEvidence() {
        Set<String> n = names("图为郑建国（右）与来宾握手。");
        assertTrue(n.contains("郑建国"), n.toString());
    }

    @Test
    void aNameOpeningAClauseBeforeAVerbIsASubject() {
        Set<String> n = names("据了解，郑建国曾多次访问白山。");
        assertTrue(n.contains("郑建国"), n.toString());
        assertFalse(names("高铁、黄金受欢迎。").contains("黄金"));
    }

    @Test
    void aFullNameWithAnUnlistedFamilyNameAfterATitle() {
        Set<String> n = names("市政协副主席仉立新主持了会议。");
        assertTrue(n.contains("仉立新"), n.toString());
    }

    @Test
    void aFullNameWithAnUnlistedFamilyNameBeforeATitle() {
        Set<String> n = names("亢国华会长带领考察团访问大阪。");
        assertTrue(n.contains("亢国华"), n.toString());
    }

    @Test
    void aTwoCharacterNameWithAnUnlistedFamilyNameInAList() {
        Set<String> n = names("县委常委禚伟、副县长刘建平参加活动。");
        assertTrue(n.contains("禚伟"), n.toString());
    }

    @Test
    void aGluedWordBeforeAGenericTitleIsNoName() {
        Set<String> n = names("国际友城代表出席开幕式并致辞。");
        assertFalse(n.contains("友城"), n.toString());
    }
}
