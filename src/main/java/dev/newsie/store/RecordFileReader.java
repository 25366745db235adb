package dev.newsie.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsie.model.ArticleRecord;
import dev.newsie.model.Entity;
import dev.newsie.model.Event;
import dev.newsie.model.Relation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads newsie records from a JSON Lines file (optionally gzipped), one record a line. A line that is not
 * JSON, or JSON that is not a record, becomes a {@link BadLine} and the reading goes on; blank lines are skipped.
 */
public final class RecordFileReader {
    // Records written by a newer newsie may carry fields this one does not know: they load without them.
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private RecordFileReader() {
    }

    /** Reads every line of {@code file}; an unreadable file is an IOException naming it. */
    public static void read(Path file, Consumer<LoadedRecord> records, Consumer<BadLine> bad) throws IOException {
        String name = file.toString();
        dev.newsie.model.JsonLinesFile.forEachLine(file, (n, line) -> {
            try {
                records.accept(new LoadedRecord(parse(line), name, n));
            } catch (NotARecordException e) {
                bad.accept(new BadLine(name, n, e.getMessage()));
            }
        });
    }

    /** One line as a record, or a {@link NotARecordException} saying why it is none. */
    static ArticleRecord parse(String line) {
        ArticleRecord r;
        try {
            r = JSON.readValue(line, ArticleRecord.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new NotARecordException(whyNot(line, e));
        }
        if (r == null || r.id() == null || r.id().isEmpty()) {
            throw new NotARecordException("not a record (no \"id\" string)");
        }
        check(r);
        return r;
    }

    /** Says why a line failed to bind: parsed again as a tree only on this slow path. */
    private static String whyNot(String line, Exception bindFailure) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return "not JSON (" + e.getOriginalMessage() + ")";
        }
        if (node == null || !node.isObject()) {
            return "not a record (a JSON " + (node == null ? "nothing" : node.getNodeType().name().toLowerCase()) + ", expected an object)";
        }
        if (!node.path("id").isTextual() || node.path("id").asText().isEmpty()) {
            return "not a record (no \"id\" string)";
        }
        String why = bindFailure instanceof JsonProcessingException j ? j.getOriginalMessage() : bindFailure.getMessage();
        return "not a record (" + why.lines().findFirst().orElse(why) + ")";
    }

    /** What the tables need beyond the JSON shape: ids on entities and events, two parties per relation. */
    private static void check(ArticleRecord r) {
        for (Entity e : r.entities()) {
            if (e == null || e.id() == null || e.name() == null) {
                throw new NotARecordException("not a record (an entity without \"id\" or \"name\")");
            }
        }
        for (Event v : r.events()) {
            if (v == null || v.id() == null || v.type() == null) {
                throw new NotARecordException("not a record (an event without \"id\" or \"type\")");
            }
        }
        for (Relation rel : r.relations()) {
            if (rel == null || rel.parties().size() != 2) {
                throw new NotARecordException("not a record (a relation without exactly two parties)");
            }
        }
    }

    /** Why a line is not a record. */
    static final class NotARecordException extends RuntimeException {
        NotARecordException(String message) {
            super(message);
        }
    }
}
