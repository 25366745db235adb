package dev.newsie.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A pattern's required characters rule out only texts it cannot match, and unknown syntax rules out nothing. */
class RequiredCharactersTest {
    private static RequiredCharacters of(String re) {
        return RequiredCharacters.of(Pattern.compile(re));
    }

    @Test
    void literalsAndAlternationsAreRequiredOptionalPartsAreNot() {
        RequiredCharacters r = of("(Ⓟ+)(?:市|省)?(?:与|和|同)(Ⓟ+)(?:正式)?(?:结为|缔结)(?:友好|姊妹)");
        assertEquals(List.of("Ⓟ", "与和同", "Ⓟ", "结缔", "友姊"), r.groups());
    }

    @Test
    void anAlternationTakesTheSmallestGroupOfEachBranch() {
        assertEquals(List.of("共有"), of("(?:共有|有)").groups());
        assertEquals(List.of("友", "好"), of("友好").groups());
    }

    @Test
    void zeroWidthPartsClassesAndCountsFromZeroRequireNothing() {
        assertEquals(List.of("年"), of("(?<=自)\\d{4}年(?=起)[^。]{0,8}[a-z]\\p{IsHan}*").groups());
        assertEquals(List.of(",，"), of("[,，]").groups());
        assertEquals(List.of("周"), of("周{1,}").groups());
        assertEquals(List.of(), of("周{0,3}").groups());
    }

    @Test
    void ignoringCaseRequiresEitherCaseOfAnAsciiLetterOnly() {
        RequiredCharacters r = RequiredCharacters.of(Pattern.compile("^(版权所有|Copyright)[a©]", Pattern.CASE_INSENSITIVE));
        assertEquals(List.of("版cC", "aA©"), r.groups());
        assertTrue(r.mayOccurIn(new CharacterPresence("COPYRIGHT A")));
        assertFalse(r.mayOccurIn(new CharacterPresence("opyright a")));
        assertSame(RequiredCharacters.NOTHING, RequiredCharacters.of(Pattern.compile("abc", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    }

    @Test
    void syntaxBeyondTheReaderRequiresNothing() {
        assertSame(RequiredCharacters.NOTHING, of("(?i)abc"));
        assertSame(RequiredCharacters.NOTHING, of("\\Qab\\E"));
        assertSame(RequiredCharacters.NOTHING, of("(a)\\1"));
        assertSame(RequiredCharacters.NOTHING, of("[a[b]]"));
        assertSame(RequiredCharacters.NOTHING, RequiredCharacters.of(Pattern.compile("abc", Pattern.COMMENTS)));
        assertTrue(RequiredCharacters.NOTHING.mayOccurIn(new CharacterPresence("")));
    }

    @Test
    void aSentenceLackingARequiredGroupCannotMatchAndOneWithAllMay() {
        String re = "(Ⓟ+)(?:与|和)(Ⓟ+)(?:于)(\\d{4})年(?:结为|缔结)(?:友好|姊妹)";
        RequiredCharacters r = of(re);
        String matching = "Ⓟ与Ⓟ于1995年结为友好城市。";
        String lacking = "Ⓟ与Ⓟ于1995年签署合作协议。";
        assertTrue(Pattern.compile(re).matcher(matching).find());
        assertTrue(r.mayOccurIn(new CharacterPresence(matching)));
        assertFalse(r.mayOccurIn(new CharacterPresence(lacking)));
    }

    @Test
    void presenceNeverDeniesACharacterTheTextHolds() {
        String text = "烟台与襄阳，松本和Ⓟ；abc·123";
        CharacterPresence p = new CharacterPresence(text);
        for (char c : text.toCharArray()) {
            assertTrue(p.mayHold(c));
        }
        assertFalse(new CharacterPresence("烟台").mayHold('与'));
    }
}
