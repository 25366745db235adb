package dev.newsie.entities;

import dev.newsie.model.EntityType;
import dev.newsie.model.Entity;
import dev.newsie.model.Mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A place named only inside a document's title (《中华人民共和国甲市与乙国丙市建立友好城市关系协议书》) is not a
 * mention of that place (GOLD.md §2). Applied to countries only: their mentions outside titles are found
 * nearly completely, whereas a city or province named again in an unlisted form (丙区区长) would be lost. The
 * event extractor still sees the full list, because a signing's parties are named by what the title means.
 */
public final class DocumentTitles {
    private DocumentTitles() {
    }

    /** The entities of {@code text} except countries whose every mention lies inside a 《…》 title. */
    public static List<Entity> withoutCountriesOnlyInTitles(String text, List<Entity> entities) {
        boolean[] inTitle = new boolean[text.length()];
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '《') {
                open = i;
            } else if (c == '》' && open >= 0) {
                Arrays.fill(inTitle, open, i + 1, true);
                open = -1;
            } else if (c == '\n') {
                open = -1; // an unclosed bracket does not run over a paragraph
            }
        }
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            boolean keep = e.type() != EntityType.COUNTRY || e.mentions().isEmpty();
            for (Mention m : e.mentions()) {
                keep |= m.start() < 0 || m.start() >= inTitle.length || !inTitle[m.start()];
            }
            if (keep) {
                out.add(e);
            }
        }
        return out;
    }
}
