package dev.newsie.entities;

import dev.newsie.canon.ModelFile;

import java.util.List;

/**
 * Whether a body's name is that of a government or one of its offices ({@code models/government-office-heads.tsv}):
 * such a body acts for the place or state it serves, where a university, an institute, an association or a firm acts
 * for itself.
 */
final class GovernmentOffices {
    private static final List<ModelFile.Row> ROWS = checked(ModelFile.read("government-office-heads.tsv", 2));
    private static final List<String> HEADS = words("office");
    /** Longer words ending in an office's head that name another kind of body (俱乐部, 总部). */
    private static final List<String> NOT_OFFICES = words("not");

    private GovernmentOffices() {
    }

    /** Whether {@code name} ends in a government's or an office's head word and holds more than that word. */
    static boolean isGovernmentOrOffice(String name) {
        return HEADS.stream().anyMatch(h -> name.length() > h.length() && name.endsWith(h))
                && NOT_OFFICES.stream().noneMatch(name::endsWith);
    }

    private static List<ModelFile.Row> checked(List<ModelFile.Row> rows) {
        for (ModelFile.Row r : rows) {
            if (!r.get(1).equals("office") && !r.get(1).equals("not")) {
                throw r.error("kind must be office or not, not '" + r.get(1) + "'");
            }
        }
        return rows;
    }

    private static List<String> words(String kind) {
        return ROWS.stream().filter(r -> r.get(1).equals(kind)).map(r -> r.get(0)).toList();
    }
}
