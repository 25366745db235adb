package dev.newsie.entities;

import dev.newsie.canon.ModelFile;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 在某市政府广场欢迎, 某协会大楼落成, 论坛在某州议会大厅举行: a body's name right before a building's or a room's word
 * names the building or the room, a venue (GOLD.md §2: venues and buildings are not entities), not the body acting.
 * The body is still taken where the article names it elsewhere.
 */
final class BuildingsOfBodies {
    /** Words for a building, its grounds or its rooms that follow the name of the body it houses (models/body-building-words.tsv). */
    private static final List<String> BUILDINGS = ModelFile.read("body-building-words.tsv", 1).stream().map(r -> r.get(0)).toList();
    /**
     * What may stand between the name and the building's word: a space (某市政府 会议室, as a programme's lines write
     * it), the body's headquarters (某委员会总部大楼) or a hall's use in two characters (某市政府接待大厅).
     */
    private static final Pattern BETWEEN = Pattern.compile("[ \\t]?(?:总部|\\p{IsHan}{2}(?=大厅))?");

    private BuildingsOfBodies() {
    }

    /** Whether the body's name that ends at {@code end} of {@code text} is followed by a building's word. */
    static boolean namesBuilding(String text, int end) {
        if (end < 0 || end >= text.length()) {
            return false;
        }
        Matcher m = BETWEEN.matcher(text).region(end, text.length());
        int at = m.lookingAt() ? m.end() : end; // BETWEEN may match nothing: at is then end
        return BUILDINGS.stream().anyMatch(b -> text.startsWith(b, at));
    }
}
