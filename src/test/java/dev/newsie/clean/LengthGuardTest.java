package dev.newsie.clean;

import dev.newsie.canon.ModelFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The length pre-check of the line rules: it may only skip lines the rule's own regex could never match. */
class LengthGuardTest {
    private static LineClassifier junkRule(String regex) {
        return new LineClassifier(List.of(new ModelFile.Row(Path.of("made-up.tsv"), 1, List.of("JUNK", regex))));
    }

    @Test
    void theLeadingLengthTestBoundsTheLineWithSlackForAFinalTerminator() {
        LengthGuard g = LengthGuard.of("^(?=.{2,3}$)甲.*");
        assertFalse(g.admits(1));
        assertTrue(g.admits(2));
        assertTrue(g.admits(3 + LengthGuard.TERMINATOR_SLACK));
        assertFalse(g.admits(4 + LengthGuard.TERMINATOR_SLACK));
    }

    @Test
    void charactersOutsideTheBasicPlaneCountOnceAsTheRegexCountsThem() {
        String line = "\uD840\uDC00".repeat(3); // three code points, six chars: more chars than the guard's 3 + slack
        assertTrue(line.length() > 3 + LengthGuard.TERMINATOR_SLACK);
        assertTrue(LengthGuard.of("^(?=.{1,3}$).").admits(line.codePointCount(0, line.length())));
        assertSame(LineKind.JUNK, junkRule("^(?=.{1,3}$).").classify(line));
    }

    @Test
    void aRuleWithoutALeadingTestATopLevelBranchOrMultilineAdmitsEveryLength() {
        assertSame(LengthGuard.ANY, LengthGuard.of("甲.{0,3}$"));
        assertSame(LengthGuard.ANY, LengthGuard.of("^(?=.{0,3}$)甲|乙"));
        assertSame(LengthGuard.ANY, LengthGuard.of("^(?=.{0,3}$)(?m)甲"));
        assertSame(LengthGuard.ANY, LengthGuard.of("^(?=.{0,3}$)\\Q|\\E"));
    }

    @Test
    void branchesInsideGroupsAndClassesAreNotTopLevel() {
        assertTrue(LengthGuard.noTopLevelAlternation("^(?=.{0,3}$)(甲|乙)[|｜]\\|"));
        assertFalse(LengthGuard.noTopLevelAlternation("^(?=.{0,3}$)[(]甲|乙"));
        assertTrue(LengthGuard.noTopLevelAlternation("^(?=.{0,3}$)\\[][^甲]"));
        assertFalse(LengthGuard.noTopLevelAlternation("^(?=.{0,3}$)[]甲|乙]"));
    }

    @Test
    void guardedRulesClassifyAsTheirRegexDoes() {
        LineClassifier bounded = junkRule("^(?=.{0,5}$).*甲");
        assertEquals(LineKind.JUNK, bounded.classify("乙乙乙乙甲"));
        assertEquals(LineKind.OTHER, bounded.classify("乙乙乙乙乙甲"));
        // the branch after | has no length test: a long line still matches it
        LineClassifier branched = junkRule("^(?=.{0,3}$)甲|乙");
        assertEquals(LineKind.JUNK, branched.classify("丙丙丙丙丙丙丙乙"));
        LineClassifier least = junkRule("^(?=.{4,9}$)甲");
        assertEquals(LineKind.OTHER, least.classify("甲乙"));
        assertEquals(LineKind.JUNK, least.classify("甲乙丙丁"));
    }
}
