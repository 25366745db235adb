package dev.newsie.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;

/** JSON bodies the API answers with: records as the CLI writes them, and errors as {"error": {status, message}}. */
final class ApiResponses {
    /** A plain mapper, as BatchRunner's, so a record is the same bytes from the CLI and from the service. */
    static final ObjectMapper JSON = new ObjectMapper();
    static final String JSON_TYPE = "application/json; charset=utf-8";

    private ApiResponses() {
    }

    /** A record as the CLI writes it (RecordWriter's escapes included), so the bytes are the same. */
    static void record(Context ctx, dev.newsie.model.ArticleRecord record) {
        ctx.status(200).contentType(JSON_TYPE).result(dev.newsie.pipeline.RecordWriter.toJson(record));
    }

    static void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType(JSON_TYPE).result(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON response: " + e.getOriginalMessage(), e);
        }
    }

    static void error(Context ctx, int status, String message) {
        Map<String, Object> err = new LinkedHashMap<>();
        err.put("status", status);
        err.put("message", message);
        json(ctx, status, Map.of("error", err));
    }

    static void busy(Context ctx, ServiceBusyException e) {
        ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
        error(ctx, 503, e.getMessage());
    }
}
