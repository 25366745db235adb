package dev.newsie.store;

import org.jgrapht.Graph;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

import java.io.Writer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sister-city network as a graph, read from the store's views: nodes are places (with their type and
 * country from the {@code places} view), edges are the rows of {@code sister_city_network}. Written as GraphML
 * by JGraphT, which Gephi, networkx and Neo4j (apoc.import.graphml) read.
 */
public final class SisterCityGraph {
    /** A place, as the {@code places} view types it; type and country are null for a name no entity row has. */
    public record Place(String name, String type, String country) {
    }

    /** One pair of sister cities. */
    public record Link(String placeA, String placeB, String since, long documents, String latestSigning) {
    }

    private final Graph<String, Link> graph = new SimpleGraph<>(null, null, false);
    private final Map<String, Place> places = new LinkedHashMap<>();

    private SisterCityGraph() {
    }

    /** Reads the network from a store (DuckDB or PostgreSQL). */
    public static SisterCityGraph read(Connection c) throws SQLException {
        SisterCityGraph g = new SisterCityGraph();
        Map<String, Place> known = new HashMap<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT name, type, country FROM places")) {
                while (rs.next()) {
                    known.put(rs.getString(1), new Place(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT place_a, place_b, earliest_since, documents, latest_signing "
                    + "FROM sister_city_network ORDER BY place_a, place_b")) {
                while (rs.next()) {
                    Link link = new Link(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5));
                    for (String name : new String[]{link.placeA(), link.placeB()}) {
                        if (g.graph.addVertex(name)) {
                            g.places.put(name, known.getOrDefault(name, new Place(name, null, null)));
                        }
                    }
                    if (!link.placeA().equals(link.placeB())) {
                        g.graph.addEdge(link.placeA(), link.placeB(), link);
                    }
                }
            }
        }
        return g;
    }

    public Graph<String, Link> graph() {
        return graph;
    }

    /** Writes GraphML: node ids n0, n1, … with attributes name, type, country; edges with since, documents, latest_signing. */
    public void writeGraphMl(Writer out) {
        Map<String, String> ids = new HashMap<>();
        for (String v : graph.vertexSet()) {
            ids.put(v, "n" + ids.size());
        }
        GraphMLExporter<String, Link> exporter = new GraphMLExporter<>(ids::get);
        exporter.registerAttribute("name", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("type", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("country", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("since", AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("documents", AttributeCategory.EDGE, AttributeType.LONG);
        exporter.registerAttribute("latest_signing", AttributeCategory.EDGE, AttributeType.STRING);
        exporter.setVertexAttributeProvider(v -> {
            Place p = places.get(v);
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("name", DefaultAttribute.createAttribute(p.name()));
            putIfKnown(a, "type", p.type());
            putIfKnown(a, "country", p.country());
            return a;
        });
        exporter.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            putIfKnown(a, "since", e.since());
            a.put("documents", DefaultAttribute.createAttribute(e.documents()));
            putIfKnown(a, "latest_signing", e.latestSigning());
            return a;
        });
        exporter.exportGraph(graph, out);
    }

    private static void putIfKnown(Map<String, Attribute> a, String key, String value) {
        if (value != null) {
            a.put(key, DefaultAttribute.createAttribute(value));
        }
    }
}
