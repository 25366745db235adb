package dev.newsie.store;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a query result: as a table aligned for a terminal (Chinese characters count two columns, long cells
 * are cut with …, numbers right-aligned), or as RFC 4180 CSV with a header.
 */
public final class QueryPrinter {
    /** Cells wider than this are cut in the aligned table; CSV is never cut. */
    public static final int MAX_CELL_WIDTH = 60;

    private QueryPrinter() {
    }

    /** Prints every row as CSV; returns the number of rows. */
    public static long csv(ResultSet rs, Appendable out) throws SQLException, IOException {
        ResultSetMetaData md = rs.getMetaData();
        String[] header = new String[md.getColumnCount()];
        for (int i = 0; i < header.length; i++) {
            header[i] = md.getColumnLabel(i + 1);
        }
        long rows = 0;
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            while (rs.next()) {
                List<String> row = new ArrayList<>(header.length);
                for (int i = 1; i <= header.length; i++) {
                    row.add(rs.getString(i));
                }
                p.printRecord(row);
                rows++;
            }
        }
        return rows;
    }

    /** Prints every row as an aligned table followed by a row count; returns the number of rows. */
    public static long table(ResultSet rs, PrintWriter out) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        String[] header = new String[n];
        boolean[] numeric = new boolean[n];
        int[] width = new int[n];
        for (int i = 0; i < n; i++) {
            header[i] = md.getColumnLabel(i + 1);
            numeric[i] = isNumeric(md.getColumnType(i + 1));
            width[i] = displayWidth(header[i]);
        }
        List<String[]> rows = new ArrayList<>();
        while (rs.next()) {
            String[] row = new String[n];
            for (int i = 0; i < n; i++) {
                row[i] = cell(rs.getString(i + 1));
                width[i] = Math.max(width[i], displayWidth(row[i]));
            }
            rows.add(row);
        }
        out.println(line(header, width, new boolean[n]));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < n; i++) {
            rule.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
        }
        out.println(rule);
        for (String[] row : rows) {
            out.println(line(row, width, numeric));
        }
        out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
        out.flush();
        return rows.size();
    }

    private static String line(String[] cells, int[] width, boolean[] right) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String pad = " ".repeat(width[i] - displayWidth(cells[i]));
            sb.append(i == 0 ? "" : " | ").append(right[i] ? pad + cells[i] : cells[i] + (i == cells.length - 1 ? "" : pad));
        }
        return sb.toString();
    }

    /** A value as one line of at most {@link #MAX_CELL_WIDTH} columns; NULL is empty. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String flat = value.replace("\r", "").replace("\n", "⏎");
        if (displayWidth(flat) <= MAX_CELL_WIDTH) {
            return flat;
        }
        StringBuilder sb = new StringBuilder();
        int w = 0;
        for (int i = 0; i < flat.length(); ) {
            int cp = flat.codePointAt(i);
            int cw = wide(cp) ? 2 : 1;
            if (w + cw > MAX_CELL_WIDTH - 1) {
                break;
            }
            sb.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return sb.append('…').toString();
    }

    /** Terminal columns a string takes: East Asian wide and full-width characters take two. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    private static boolean isNumeric(int sqlType) {
        return switch (sqlType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.DECIMAL, Types.NUMERIC, Types.REAL,
                    Types.FLOAT, Types.DOUBLE -> true;
            default -> false;
        };
    }
}
