package dev.newsie.clean;

import dev.newsie.canon.ModelFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineShapesTest {
    private static ModelFile.Row row(int line, String name, String regex) {
        return new ModelFile.Row(Path.of("shapes.tsv"), line, List.of(name, regex));
    }

    @Test
    void aShapeIsFoundByItsName() {
        LineShapes shapes = new LineShapes(List.of(row(1, "END_MARK", "\\(完\\)$")));
        assertTrue(shapes.get("END_MARK").matcher("某某报道。(完)").find());
    }

    @Test
    void anUnknownNameIsAnErrorNamingTheFileAndTheShape() {
        LineShapes shapes = new LineShapes(List.of(row(1, "END_MARK", "完")));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> shapes.get("NO_SUCH"));
        assertTrue(e.getMessage().contains(LineShapes.FILE) && e.getMessage().contains("NO_SUCH"), e.getMessage());
    }

    @Test
    void aBadRegexIsAnErrorNamingItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LineShapes(List.of(row(7, "BROKEN", "(unclosed"))));
        assertTrue(e.getMessage().contains("7") && e.getMessage().contains("BROKEN"), e.getMessage());
    }

    @Test
    void aNameDefinedTwiceIsAnError() {
        assertThrows(IllegalArgumentException.class,
                () -> new LineShapes(List.of(row(1, "TWICE", "a"), row(2, "TWICE", "b"))));
    }

    @Test
    void theOutletHeadPlaceholderStandsForTheHeads() {
        LineShapes shapes = new LineShapes(List.of(row(1, "STAMP_THEN_OUTLET", "^\\d{4}-\\d{2}-\\d{2} \\p{IsHan}{0,4}⟨OUTLET_HEAD⟩$")));
        assertTrue(shapes.get("STAMP_THEN_OUTLET").matcher("2031-03-02 某某日报").matches());
        assertFalse(shapes.get("STAMP_THEN_OUTLET").matcher("2031-03-02 某某简报").matches());
    }

    @Test
    void theShippedShapesReadFullWidthColonsAndBracketsAsTheAsciiOnes() {
        LineShapes shapes = LineShapes.standard();
        assertTrue(shapes.get("SOURCE_LINE").matcher("来源：青河日报").find());
        assertTrue(shapes.get("BYLINE").matcher("图：张一").find());
        assertTrue(shapes.get("BYLINE").matcher("摄影：张一").find());
        assertTrue(shapes.get("STORY_END").matcher("两市将继续合作。（完）").find());
    }

    @Test
    void theShippedFileHoldsEveryShapeTheCleanersAskFor() {
        LineShapes shapes = LineShapes.standard();
        for (String name : List.of("SITE_ADDRESS", "DATELINE", "HAN_DATELINE", "LABELLED_DATE", "SOURCE_LINE",
                "TIMESTAMP_WITH_SOURCE", "OUTLET_TIMESTAMP", "BYLINE", "SALUTATION", "SITE_SUFFIX", "STORY_END",
                "BYLINE_ABOVE", "TIMESTAMP_OUTLET", "EDITOR_IN_PARENTHESES", "EXPORT_DATE_FIELD", "BAR_TIME", "BAR_CREDIT")) {
            shapes.get(name);
        }
    }
}
