package dev.newsie.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SisterCityGraphTest {
    private static String record(String id, String since) {
        return "{\"id\":\"" + id + "\",\"entities\":[{\"id\":\"e1\",\"type\":\"CITY\",\"name\":\"上海\",\"country\":\"中国\",\"mentions\":[]},"
                + "{\"id\":\"e2\",\"type\":\"CITY\",\"name\":\"科克\",\"country\":\"爱尔兰\",\"mentions\":[]}],\"events\":[],"
                + "\"relations\":[{\"type\":\"SISTER_CITY\",\"parties\":[\"科克\",\"上海\"]" + (since == null ? "" : ",\"since\":\"" + since + "\"") + "}],"
                + "\"errors\":[]}";
    }

    @Test
    void writesPlacesWithTypeAndCountryAndPairsWithSinceAndDocuments(@TempDir Path tmp) throws Exception {
        String db = TestStores.fresh("duckdb", tmp);
        Path f = Files.writeString(tmp.resolve("r.jsonl"), record("a", "2005") + "\n" + record("b", "1999") + "\n" + record("c", null) + "\n");
        new RecordLoader(Database.of(db), 10, l -> { }).load(List.of(f), b -> { });
        SisterCityGraph g;
        try (Connection c = Database.of(db).connectExisting()) {
            g = SisterCityGraph.read(c);
        }
        StringWriter out = new StringWriter();
        g.writeGraphMl(out);

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        Map<String, String> keyNames = new HashMap<>();
        NodeList keys = xml.getElementsByTagName("key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element k = (Element) keys.item(i);
            keyNames.put(k.getAttribute("id"), k.getAttribute("attr.name"));
        }
        NodeList nodes = xml.getElementsByTagName("node");
        assertEquals(2, nodes.getLength());
        Map<String, Map<String, String>> byName = new HashMap<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Map<String, String> data = data((Element) nodes.item(i), keyNames);
            byName.put(data.get("name"), data);
        }
        assertEquals(Map.of("name", "科克", "type", "CITY", "country", "爱尔兰"), byName.get("科克"));
        NodeList edges = xml.getElementsByTagName("edge");
        assertEquals(1, edges.getLength());
        Map<String, String> edge = data((Element) edges.item(0), keyNames);
        assertEquals("1999", edge.get("since"));
        assertEquals("3", edge.get("documents"));
    }

    private static Map<String, String> data(Element e, Map<String, String> keyNames) {
        Map<String, String> m = new HashMap<>();
        NodeList data = e.getElementsByTagName("data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            m.put(keyNames.get(d.getAttribute("key")), d.getTextContent());
        }
        return m;
    }
}
