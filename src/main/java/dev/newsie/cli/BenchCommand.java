package dev.newsie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * {@code newsie bench}: builds a synthetic dump from the corpus — pages under varied ids in mixed formats
 * (text files, HTML files, gzipped files, JSON Lines, gzipped JSON Lines, a gzipped WARC) — and runs
 * {@code newsie extract} on it in a fresh JVM per backend, reporting pages/s, chars/s, model load time, the whole
 * run's wall time (JVM start, load, pages and exit), peak heap and peak RSS. A fresh JVM per backend keeps one
 * backend's memory out of another's figures.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark newsie extract on a synthetic dump built from the corpus, for each --ner backend.")
public final class BenchCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--corpus", defaultValue = "corpus", description = "Pages to build the dump from (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--pages", defaultValue = "2000", description = "Pages in the synthetic dump (default: ${DEFAULT-VALUE}).")
    int pages;

    @Option(names = "--ner", split = ",", defaultValue = "default,hanlp,corenlp",
            description = "Backends to run, comma-separated (default: ${DEFAULT-VALUE}).")
    List<String> backends;

    @Option(names = "--threads", description = "Worker threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--heap", defaultValue = "6g", description = "-Xmx of each benchmark JVM (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--work", defaultValue = "target/bench", description = "Working directory for the dump and outputs (default: ${DEFAULT-VALUE}).")
    Path work;

    @Override
    public Integer call() throws Exception {
        Path dump = work.resolve("dump");
        int built = SyntheticDump.build(corpus, dump, pages);
        System.out.printf(Locale.ROOT, "synthetic dump: %d pages in %s (txt, html, .gz, .jsonl, .jsonl.gz, .warc.gz)%n", built, dump);
        System.out.printf(Locale.ROOT, "machine: %d cores, java %s, -Xmx%s, %d threads%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), heap, threads);
        System.out.printf(Locale.ROOT, "%-10s %8s %8s %10s %9s %9s %9s %11s %10s%n", "backend", "pages", "errors", "pages/s",
                "chars/s", "load s", "run s", "peak heap", "peak RSS");
        int status = 0;
        for (String ner : backends) {
            Path stats = work.resolve("stats-" + ner + ".json");
            Files.deleteIfExists(stats);
            List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx" + heap, "-XX:+UseParallelGC", "-Dfile.encoding=UTF-8",
                    "-Dnewsie.models=" + dev.newsie.canon.ModelFile.modelsDir().toAbsolutePath(),
                    "-cp", System.getProperty("java.class.path"), NewsieCommand.class.getName(),
                    "extract", "--quiet", "--ner", ner, "--threads", String.valueOf(threads),
                    "-o", work.resolve("out-" + ner + ".jsonl").toString(), "--stats", stats.toString(), dump.toString()));
            // The whole child run (JVM start, model load, pages, exit): what a user waits for, beside the rates.
            long started = System.nanoTime();
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            int code = p.waitFor();
            double runSeconds = (System.nanoTime() - started) / 1e9;
            if (!Files.exists(stats)) {
                System.out.printf(Locale.ROOT, "%-10s failed (exit %d)%n", ner, code);
                status = 1;
                continue;
            }
            JsonNode s = JSON.readTree(stats.toFile());
            System.out.printf(Locale.ROOT, "%-10s %8d %8d %10.1f %9.0f %9.1f %9.1f %8.0f MB %7.0f MB%n", ner, s.get("pages").asLong(),
                    s.get("errorRecords").asLong(), s.get("pagesPerSecond").asDouble(), s.get("charsPerSecond").asDouble(),
                    s.get("loadSeconds").asDouble(), runSeconds, s.get("peakHeapBytes").asDouble() / (1 << 20), s.get("peakRssKb").asDouble() / 1024);
        }
        return status;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Writes the synthetic dump: the corpus pages repeated under new ids, spread over six formats. */
    static final class SyntheticDump {
        private SyntheticDump() {
        }

        static int build(Path corpus, Path dir, int pages) throws IOException {
            List<Path> sources;
            try (Stream<Path> s = Files.list(corpus)) {
                sources = s.filter(Files::isRegularFile).sorted().toList();
            }
            if (sources.isEmpty()) {
                throw new IllegalArgumentException(corpus + ": no pages to build a dump from");
            }
            if (Files.exists(dir)) {
                try (Stream<Path> s = Files.walk(dir)) {
                    for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(dir.resolve("files"));
            List<String> texts = new ArrayList<>();
            for (Path p : sources) {
                texts.add(Files.readString(p));
            }
            try (Writer jsonl = Files.newBufferedWriter(dir.resolve("dump-a.jsonl"));
                 Writer jsonlGz = new java.io.OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(dir.resolve("dump-b.jsonl.gz"))), StandardCharsets.UTF_8);
                 OutputStream warc = new GZIPOutputStream(Files.newOutputStream(dir.resolve("crawl.warc.gz")))) {
                for (int i = 0; i < pages; i++) {
                    String text = texts.get(i % texts.size());
                    String id = String.format("bench-%05d", i);
                    switch (i % 6) {
                        case 0 -> Files.writeString(dir.resolve("files/" + id + ".txt"), text);
                        case 1 -> Files.writeString(dir.resolve("files/" + id + ".html"), html(text));
                        case 2 -> {
                            try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(dir.resolve("files/" + id + ".txt.gz")))) {
                                o.write(text.getBytes(StandardCharsets.UTF_8));
                            }
                        }
                        case 3 -> jsonl.write(JSON.writeValueAsString(java.util.Map.of("id", id, "url", "http://bench.example/" + id, "text", text)) + "\n");
                        case 4 -> jsonlGz.write(JSON.writeValueAsString(java.util.Map.of("id", id, "url", "http://bench.example/" + id, "html", html(text))) + "\n");
                        default -> warc.write(warcRecord("http://bench.example/" + id, html(text)));
                    }
                }
            }
            return pages;
        }

        /** The text as a simple news page: headline, paragraphs, and a navigation bar and footer to clean away. */
        static String html(String text) {
            StringBuilder sb = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>bench</title></head><body>"
                    + "<div class=\"nav\"><a href=\"/\">首页</a> | <a href=\"/n\">新闻</a></div><div class=\"article\">");
            String[] lines = text.split("\n");
            boolean first = true;
            for (String l : lines) {
                if (l.isBlank()) {
                    continue;
                }
                String esc = l.strip().replace("&", "&amp;").replace("<", "&lt;");
                sb.append(first ? "<h1>" + esc + "</h1>" : "<p>" + esc + "</p>");
                first = false;
            }
            return sb.append("</div><div class=\"footer\">版权所有</div></body></html>").toString();
        }

        static byte[] warcRecord(String uri, String html) {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
                    + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8)) + ">\r\n"
                    + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + (http.length + body.length) + "\r\n\r\n";
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(http);
            out.writeBytes(body);
            out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            return out.toByteArray();
        }
    }
}
