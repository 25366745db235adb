package dev.newsie.clean;

import dev.newsie.canon.ModelFile;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The named line shapes of {@code models/page-line-shapes.tsv} (datelines, bylines, editor lines, title suffixes),
 * compiled once: the shapes are conventions of news pages, kept as data beside cleaning-rules.tsv rather than in the
 * cleaners' code.
 */
final class LineShapes {
    static final String FILE = "page-line-shapes.tsv";

    private final Map<String, Pattern> shapes;

    LineShapes(Iterable<ModelFile.Row> rows) {
        Map<String, Pattern> byName = new HashMap<>();
        for (ModelFile.Row r : rows) {
            String name = r.get(0);
            Pattern p;
            try {
                p = Pattern.compile(OutletHeads.expand(r.get(1)));
            } catch (PatternSyntaxException e) {
                throw r.error("bad regex for shape " + name + ": " + e.getDescription());
            }
            if (byName.put(name, p) != null) {
                throw r.error("shape " + name + " is defined twice");
            }
        }
        shapes = Map.copyOf(byName);
    }

    /** The shapes of the models directory, read once per process. */
    static LineShapes standard() {
        return Holder.STANDARD;
    }

    /** The shape called {@code name}; a cleaner asking for a shape the file lacks is a broken installation. */
    Pattern get(String name) {
        Pattern p = shapes.get(name);
        if (p == null) {
            throw new IllegalStateException("models/" + FILE + " has no line shape named " + name
                    + ": the file is older than the code; restore it from the newsie checkout");
        }
        return p;
    }

    private static final class Holder {
        static final LineShapes STANDARD = new LineShapes(ModelFile.read(FILE, 2));
    }
}
