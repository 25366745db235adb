package dev.newsie.store;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecordRowsTest {
    /** Collects rows as "table: v1|v2|…". */
    private static final class Rows implements RowSink {
        final List<String> rows = new ArrayList<>();

        @Override
        public void add(Table table, Object... values) {
            assertEquals(table.columns().size(), values.length, table.name() + " row width");
            rows.add(table.name() + ": " + String.join("|", Arrays.stream(values).map(String::valueOf).toList()));
        }

        @Override
        public void finish() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void writesOneRowPerMentionRoleValueRelationAndError() throws Exception {
        String json = "{\"id\":\"d1\",\"title\":\"t\",\"published\":\"2024-11-20\",\"text\":\"申城与科克\","
                + "\"entities\":[{\"id\":\"e1\",\"type\":\"CITY\",\"name\":\"上海\",\"country\":\"中国\","
                + "\"mentions\":[{\"text\":\"申城\",\"start\":0,\"end\":2,\"rawStart\":40,\"rawEnd\":42}]}],"
                + "\"events\":[{\"id\":\"v2\",\"type\":\"SIGNING\",\"parties\":[\"上海\",\"科克\"],\"agreement\":\"SISTER_CITY\","
                + "\"date\":\"2005\",\"partOf\":\"v1\",\"evidence\":{\"start\":0,\"end\":5}}],"
                + "\"relations\":[{\"type\":\"SISTER_CITY\",\"parties\":[\"上海\",\"科克\"],\"since\":\"2005\"}],"
                + "\"errors\":[{\"stage\":\"extract\",\"reason\":\"timeout\"}]}";
        Rows rows = new Rows();
        RecordRows.write(new LoadedRecord(RecordFileReader.parse(json), "r.jsonl", 7), rows);
        assertEquals(List.of(
                "documents: d1|null|t|2024-11-20|null|null|null|null|null|申城与科克|r.jsonl|7",
                "entities: d1|e1|CITY|上海|中国",
                "mentions: d1|e1|0|申城|0|2|40|42",
                "events: d1|v2|SIGNING|null|null|null|2005|null|null|null|null|null|null|null|SISTER_CITY|null|null|v1|0|5",
                "event_roles: d1|v2|parties|0|上海",
                "event_roles: d1|v2|parties|1|科克",
                "relations: d1|0|SISTER_CITY|上海|科克|2005|null|null",
                "record_errors: d1|0|extract|timeout"), rows.rows);
    }
}
