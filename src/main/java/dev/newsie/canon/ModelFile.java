package dev.newsie.canon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a tab-separated data file from {@code models/}: lines starting with {@code #} are the header
 * (what the file holds, where it came from), blank lines are skipped, every other line must have at
 * least {@code minColumns} columns. Errors name the file and line.
 */
public final class ModelFile {
    /** One data line: its columns and where it came from, for error messages. */
    public record Row(Path file, int line, List<String> columns) {
        public String get(int i) {
            return i < columns.size() ? columns.get(i).strip() : "";
        }

        public IllegalArgumentException error(String problem) {
            return new IllegalArgumentException(file + ":" + line + ": " + problem);
        }

        /** {@code regex} (this row's, as its reader spells it out) compiled; a bad one fails naming this file and line. */
        public java.util.regex.Pattern pattern(String regex, int flags) {
            try {
                return java.util.regex.Pattern.compile(regex, flags);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw error("bad regex: " + e.getDescription());
            }
        }
    }

    private ModelFile() {
    }

    /** The models directory: system property newsie.models, else ./models. */
    public static Path modelsDir() {
        String p = System.getProperty("newsie.models");
        if (p == null || p.isBlank()) {
            p = System.getenv("NEWSIE_MODELS");
        }
        return Path.of(p == null || p.isBlank() ? "models" : p);
    }

    public static Path resolve(String name) {
        return modelsDir().resolve(name);
    }

    public static List<Row> read(String name, int minColumns) {
        return read(resolve(name), minColumns);
    }

    public static List<Row> read(Path file, int minColumns) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("model file " + file.toAbsolutePath()
                    + " not found: run from the newsie checkout or set -Dnewsie.models=DIR");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model file " + file + ": " + e.getMessage(), e);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cols = List.of(line.split("\t", -1));
            Row row = new Row(file, i + 1, cols);
            if (cols.size() < minColumns) {
                throw row.error("expected at least " + minColumns + " tab-separated columns, found " + cols.size());
            }
            rows.add(row);
        }
        return rows;
    }
}
