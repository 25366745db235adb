package dev.newsie.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A photo caption's mark of where a person stands, written right after the name (甲市长X(左)与乙市长Y(右)签署,
 * X（右二）在市政厅与Y签定): it belongs to the name, not to the clause, so the mask reads the person's slot on past it
 * and a signer's title, 与 and verb stand together as in a sentence without the marks.
 */
public final class PhotoPositions {
    private PhotoPositions() {
    }

    /** （左）, (右二), （前排左三）, （中）: the row and the place from the left or right (also read by SegmenterNames). */
    public static final Pattern POSITION = Pattern.compile("[（(](?:前排|后排|中排)?[左右中][一二三四五六七八九]?[）)]");

    /** Where a position mark starting at {@code pos} of {@code text} ends; {@code pos} when none starts there. */
    static int end(CharSequence text, int pos) {
        Matcher m = POSITION.matcher(text).region(pos, text.length());
        return m.lookingAt() ? m.end() : pos;
    }
}
