package dev.newsie.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsie.model.EntityType;
import dev.newsie.model.EventType;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a gold file (GOLD.md §5) or an extractor record (DESIGN.md) into a {@link ScoredDocument}.
 * The two share their entity, event and relation shapes; they differ in the id field ({@code doc} or
 * {@code id}) and in extra fields the record carries (ids, mentions, evidence), which are ignored.
 */
public final class ScoredDocumentParser {
    /** Event fields that are not roles. */
    private static final Set<String> NON_ROLES = Set.of("type", "id", "evidence", "partOf", "confidence", "sentence");

    private ScoredDocumentParser() {
    }

    /** @param origin file (and line) the node came from, for error messages */
    public static ScoredDocument parse(JsonNode node, String origin) {
        if (node == null || !node.isObject()) {
            throw new DocumentFormatException(origin + ": expected a JSON object");
        }
        String id = text(node, "doc");
        if (id == null) {
            id = text(node, "id");
        }
        if (id == null || id.isBlank()) {
            throw new DocumentFormatException(origin + ": no document id (field 'doc' or 'id')");
        }
        List<ScoredDocument.EntityRef> entities = new ArrayList<>();
        for (JsonNode e : array(node, "entities", origin)) {
            String name = text(e, "name");
            if (name == null) {
                throw new DocumentFormatException(origin + ": entity without a name: " + e);
            }
            try {
                entities.add(new ScoredDocument.EntityRef(EntityType.parse(text(e, "type")), name));
            } catch (IllegalArgumentException ex) {
                throw new DocumentFormatException(origin + ": " + ex.getMessage());
            }
        }
        List<ScoredDocument.EventAnnotation> events = new ArrayList<>();
        for (JsonNode e : array(node, "events", origin)) {
            events.add(parseEvent(e, origin));
        }
        List<ScoredDocument.RelationAnnotation> relations = new ArrayList<>();
        for (JsonNode r : array(node, "relations", origin)) {
            String type = text(r, "type");
            if (type != null && !type.equals("SISTER_CITY")) {
                throw new DocumentFormatException(origin + ": unknown relation type '" + type + "' (expected SISTER_CITY)");
            }
            List<String> parties = new ArrayList<>();
            for (JsonNode p : array(r, "parties", origin)) {
                parties.add(p.asText());
            }
            if (parties.size() != 2) {
                throw new DocumentFormatException(origin + ": a SISTER_CITY relation needs exactly two parties, found " + parties);
            }
            relations.add(new ScoredDocument.RelationAnnotation(parties, text(r, "since")));
        }
        return new ScoredDocument(id, text(node, "published"), text(node, "title"), text(node, "body"),
                entities, events, relations);
    }

    private static ScoredDocument.EventAnnotation parseEvent(JsonNode e, String origin) {
        EventType type;
        try {
            type = EventType.parse(text(e, "type"));
        } catch (IllegalArgumentException ex) {
            throw new DocumentFormatException(origin + ": " + ex.getMessage());
        }
        Map<String, List<Object>> roles = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = e.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String role = f.getKey();
            if (NON_ROLES.contains(role) || f.getValue().isNull()) {
                continue;
            }
            if (!type.roles().contains(role)) {
                throw new DocumentFormatException(origin + ": role '" + role + "' is not a role of " + type
                        + " (roles: " + new java.util.TreeSet<>(type.roles()) + ")");
            }
            List<Object> values = new ArrayList<>();
            if (f.getValue().isArray()) {
                f.getValue().forEach(v -> values.add(scalar(v)));
            } else {
                values.add(scalar(f.getValue()));
            }
            if (!values.isEmpty()) {
                roles.put(role, List.copyOf(values));
            }
        }
        return new ScoredDocument.EventAnnotation(type, roles);
    }

    private static Object scalar(JsonNode v) {
        if (v.isIntegralNumber()) {
            return v.asLong();
        }
        return v.asText();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<JsonNode> array(JsonNode n, String field, String origin) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new DocumentFormatException(origin + ": field '" + field + "' must be a list");
        }
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return out;
    }
}
