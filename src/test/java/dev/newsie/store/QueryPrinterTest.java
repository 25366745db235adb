package dev.newsie.store;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QueryPrinterTest {
    private static final String QUERY = "SELECT * FROM (VALUES ('上海', 12, 'a, \"b\"\nc'), ('Cork', 3, NULL)) t(place, n, note)";

    @Test
    void alignsChineseByTerminalColumnsAndRightAlignsNumbers() throws Exception {
        StringWriter out = new StringWriter();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(QUERY)) {
            assertEquals(2, QueryPrinter.table(rs, new PrintWriter(out)));
        }
        assertEquals(List.of(
                "place | n  | note",
                "------+----+---------",
                "上海  | 12 | a, \"b\"⏎c",
                "Cork  |  3 | ",
                "(2 rows)"), out.toString().lines().toList());
    }

    @Test
    void csvQuotesCommasQuotesAndNewlinesAndReadsBack() throws Exception {
        StringWriter out = new StringWriter();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(QUERY)) {
            QueryPrinter.csv(rs, out);
        }
        assertEquals("place,n,note\r\n上海,12,\"a, \"\"b\"\"\nc\"\r\nCork,3,\r\n", out.toString());
        List<CSVRecord> back = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(out.toString())).getRecords();
        assertEquals("a, \"b\"\nc", back.get(0).get("note"));
    }

    @Test
    void cutsLongCellsToTheMaximumWidth() {
        String cut = QueryPrinter.cell("城".repeat(100));
        assertEquals(QueryPrinter.MAX_CELL_WIDTH - 1, QueryPrinter.displayWidth(cut));
        assertEquals('…', cut.charAt(cut.length() - 1));
    }
}
