package dev.newsie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EvalCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode run(Path pred, Path out) throws Exception {
        int code = NewsieCommand.commandLine().execute("eval", "--gold", "gold", "--pred", pred.toString(), "--json", out.toString());
        assertEquals(0, code);
        return JSON.readTree(out.toFile());
    }

    @Test
    void goldAgainstItselfScoresOneEverywhere(@TempDir Path tmp) throws Exception {
        JsonNode r = run(Path.of("gold"), tmp.resolve("r.json"));
        assertEquals(1.0, r.at("/overall/f1").asDouble());
        assertEquals(1.0, r.at("/cleaning/f1").asDouble());
        assertEquals(1.0, r.at("/entities/micro/f1").asDouble());
        assertEquals(1.0, r.at("/events/arguments/f1").asDouble());
        assertEquals(1.0, r.at("/relations/f1").asDouble());
    }

    @Test
    void halfTheEntitiesRemovedGivesRecallOneHalfAndPrecisionOne(@TempDir Path tmp) throws Exception {
        Path half = Files.createDirectory(tmp.resolve("half"));
        int kept = 0, total = 0;
        for (File f : new File("gold").listFiles((d, n) -> n.endsWith(".json"))) {
            ObjectNode g = (ObjectNode) JSON.readTree(f);
            ArrayNode ents = (ArrayNode) g.get("entities");
            ArrayNode keep = JSON.createArrayNode();
            for (int i = 0; i < ents.size(); i++) {
                if (i % 2 == 0) {
                    keep.add(ents.get(i));
                }
            }
            total += ents.size();
            kept += keep.size();
            g.set("entities", keep);
            JSON.writeValue(half.resolve(f.getName()).toFile(), g);
        }
        JsonNode r = run(half, tmp.resolve("r.json"));
        assertEquals(1.0, r.at("/entities/micro/p").asDouble());
        assertEquals((double) kept / total, r.at("/entities/micro/r").asDouble(), 0.01);
        assertEquals(0.5, r.at("/entities/micro/r").asDouble(), 0.01);
    }

    @Test
    void missingGoldDirectoryExitsTwo(@TempDir Path tmp) {
        assertEquals(2, NewsieCommand.commandLine().execute("eval", "--gold", tmp.resolve("none").toString(), "--pred", "gold"));
    }

    @Test
    void malformedPredictionExitsTwoButScoresTheRest(@TempDir Path tmp) throws Exception {
        Path p = tmp.resolve("p.jsonl");
        Files.writeString(p, "{\"id\":\"000_860017448b46521d\",\"entities\":[{\"type\":\"CITY\",\"name\":\"上海\"}]}\nnot json\n");
        Path out = tmp.resolve("r.json");
        assertEquals(2, NewsieCommand.commandLine().execute("eval", "--gold", "gold", "--pred", p.toString(), "--json", out.toString()));
        assertEquals(1, JSON.readTree(out.toFile()).at("/entities/micro/tp").asInt());
    }
}
