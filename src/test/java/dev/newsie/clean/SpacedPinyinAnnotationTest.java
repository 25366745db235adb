package dev.newsie.clean;

import dev.newsie.text.TrackedText;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Converters that leave a space before the closing parenthesis of an annotation (會(huì )) (made-up lines). */
class SpacedPinyinAnnotationTest {
    private final PinyinAnnotationRemover remover = new PinyinAnnotationRemover();

    private String remove(String s) {
        return remover.remove(TrackedText.identity(s)).text();
    }

    @Test
    void removesAnnotationsWithASpaceBeforeTheParenthesis() {
        assertEquals("港口協會在白州召開年會", remove("港口協(xié)會(huì )在白州召開(kāi)年會(huì )"));
    }

    @Test
    void keepsABracketedWordWithASpace() {
        assertEquals("世界城地组织(UCLG )", remove("世界城地组织(UCLG )"));
    }
}
