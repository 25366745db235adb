package dev.newsie.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The documents of one side of an evaluation, read from a directory of gold-format JSON files or a
 * JSON Lines file of records. A file or line that cannot be read is recorded as an error naming it, and
 * the other documents are still loaded.
 */
public record DocumentSet(Map<String, ScoredDocument> documents, List<String> errors) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public DocumentSet {
        documents = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(documents));
        errors = List.copyOf(errors);
    }

    /** Loads a directory of *.json gold files, or a .jsonl / .jsonl.gz file of records. */
    public static DocumentSet load(Path path) {
        if (!Files.exists(path)) {
            throw new DocumentFormatException(path + ": no such file or directory");
        }
        return Files.isDirectory(path) ? loadDirectory(path) : loadJsonLines(path);
    }

    private static DocumentSet loadDirectory(Path dir) {
        Map<String, ScoredDocument> docs = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new DocumentFormatException(dir + ": cannot list directory: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new DocumentFormatException(dir + ": no .json files in directory");
        }
        for (Path f : files) {
            try {
                JsonNode n = JSON.readTree(f.toFile());
                add(docs, ScoredDocumentParser.parse(n, f.toString()), f.toString(), errors);
            } catch (JsonProcessingException e) {
                errors.add(f + ": malformed JSON: " + e.getOriginalMessage());
            } catch (IOException e) {
                errors.add(f + ": cannot read: " + e.getMessage());
            } catch (DocumentFormatException e) {
                errors.add(e.getMessage());
            }
        }
        return new DocumentSet(docs, errors);
    }

    private static DocumentSet loadJsonLines(Path file) {
        Map<String, ScoredDocument> docs = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        try {
            dev.newsie.model.JsonLinesFile.forEachLine(file, (no, line) -> {
                String origin = file + ":" + no;
                try {
                    add(docs, ScoredDocumentParser.parse(JSON.readTree(line), origin), origin, errors);
                } catch (JsonProcessingException e) {
                    errors.add(origin + ": malformed JSON: " + e.getOriginalMessage());
                } catch (DocumentFormatException e) {
                    errors.add(e.getMessage());
                }
            });
        } catch (IOException e) {
            throw new DocumentFormatException(file + ": cannot read: " + e.getMessage(), e);
        }
        return new DocumentSet(docs, errors);
    }

    private static void add(Map<String, ScoredDocument> docs, ScoredDocument d, String origin, List<String> errors) {
        if (docs.putIfAbsent(d.id(), d) != null) {
            errors.add(origin + ": duplicate document id '" + d.id() + "' (first one kept)");
        }
    }
}
