package dev.newsie.store;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StoreSchemaTest {
    private static final String SHANGHAI = "{\"id\":\"e1\",\"type\":\"CITY\",\"name\":\"上海\",\"country\":\"中国\",\"mentions\":[]}";
    private static final String CORK = "{\"id\":\"e2\",\"type\":\"CITY\",\"name\":\"科克\",\"country\":\"爱尔兰\",\"mentions\":[]}";

    private static String record(String id, String entities, String events, String relations) {
        return "{\"id\":\"" + id + "\",\"title\":\"T" + id + "\",\"published\":\"2024-01-0" + id.length() + "\",\"entities\":[" + entities
                + "],\"events\":[" + events + "],\"relations\":[" + relations + "],\"errors\":[]}";
    }

    private static List<String> rows(String db, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = Database.of(db).connectExisting(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    sb.append(i == 1 ? "" : "|").append(rs.getString(i));
                }
                rows.add(sb.toString());
            }
        }
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"duckdb", "postgresql"})
    void viewsGiveTheNetworkFlatEventsPlacesAndErrorCounts(String kind, @TempDir Path tmp) throws Exception {
        String db = TestStores.fresh(kind, tmp);
        String forum = "{\"id\":\"v1\",\"type\":\"FORUM\",\"name\":\"友城论坛\",\"date\":\"2025-05-29\",\"location\":\"上海\",\"organizers\":[\"上海市政府\",\"市友协\"]}";
        String signing = "{\"id\":\"v2\",\"type\":\"SIGNING\",\"parties\":[\"科克\",\"上海\"],\"agreement\":\"SISTER_CITY\",\"date\":\"%s\",\"partOf\":\"v1\"}";
        Path f = Files.writeString(tmp.resolve("r.jsonl"), String.join("\n",
                record("a", SHANGHAI + "," + CORK, forum + "," + signing.formatted("2005-03"),
                        "{\"type\":\"SISTER_CITY\",\"parties\":[\"上海\",\"科克\"],\"since\":\"2005\"}"),
                record("bb", SHANGHAI + "," + CORK.replace("爱尔兰", "英国").replace("CITY", "PROVINCE"), signing.formatted("2015-06-01"),
                        "{\"type\":\"SISTER_CITY\",\"parties\":[\"科克\",\"上海\"],\"since\":\"2004\"}"),
                record("ccc", CORK, "", "{\"type\":\"SISTER_CITY\",\"parties\":[\"科克\",\"上海\"]}"),
                "{\"id\":\"x\",\"entities\":[],\"events\":[],\"relations\":[],\"errors\":[{\"stage\":\"clean\",\"reason\":\"empty page\"}]}") + "\n");
        new RecordLoader(Database.of(db), 500, l -> { }).load(List.of(f), b -> { });

        assertEquals(List.of("上海|科克|2004|3|2015-06-01"), rows(db, "SELECT * FROM sister_city_network"));
        // 科克 is a CITY of 爱尔兰 in two documents, a PROVINCE of 英国 in one: the majority wins.
        assertEquals(List.of("上海|CITY|中国|2", "科克|CITY|爱尔兰|2"), rows(db, "SELECT * FROM places ORDER BY name"));
        assertEquals(List.of(
                "a|FORUM|友城论坛|2025-05-29|上海|中国|null|上海市政府; 市友协|null",
                "a|SIGNING|null|2005-03|null|null|科克; 上海|null|友城论坛",
                "bb|SIGNING|null|2015-06-01|null|null|科克; 上海|null|null"),
                rows(db, "SELECT doc_id, type, label, event_date, location, location_country, parties, organizers, part_of_forum "
                        + "FROM events_flat ORDER BY doc_id, event_id"));
        assertEquals(List.of("clean|empty page|1"), rows(db, "SELECT * FROM error_summary"));
    }
}
