package dev.newsie.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewCommandTest {
    @Test
    void writesOneSelfContainedHtmlFile(@TempDir Path tmp) throws Exception {
        Path records = tmp.resolve("records.jsonl");
        Files.writeString(records, "{\"id\":\"d1\",\"title\":\"杭州与波尔图\",\"text\":\"杭州市与波尔图市结好。\",\"body\":\"杭州市与波尔图市结好。\","
                + "\"entities\":[{\"id\":\"e1\",\"type\":\"CITY\",\"name\":\"杭州\",\"mentions\":[{\"text\":\"杭州市\",\"start\":0,\"end\":3,\"rawStart\":0,\"rawEnd\":3}]}],"
                + "\"events\":[],\"relations\":[{\"type\":\"SISTER_CITY\",\"parties\":[\"杭州\",\"波尔图\"]}],\"errors\":[]}\n");
        Path out = tmp.resolve("out/report.html");
        assertEquals(0, NewsieCommand.commandLine().execute("review", records.toString(), "-o", out.toString()));
        String html = Files.readString(out);
        assertTrue(html.contains("<mark class=\"ent\" data-entity-type=\"CITY\""), html);
        assertTrue(html.contains("<svg class=\"network\""));
        assertFalse(html.contains("<script src") || html.contains("<link "), "self-contained");
    }

    @Test
    void missingRecordsFileIsAUsageErrorNamingIt(@TempDir Path tmp) {
        Path missing = tmp.resolve("nope.jsonl");
        assertEquals(NewsieCommand.EXIT_USAGE, NewsieCommand.commandLine().execute("review", missing.toString(), "-o", tmp.resolve("r.html").toString()));
        assertFalse(Files.exists(tmp.resolve("r.html")));
    }
}
