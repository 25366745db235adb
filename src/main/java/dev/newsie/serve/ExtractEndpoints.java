package dev.newsie.serve;

import dev.newsie.ingest.BoundedLines;
import dev.newsie.ingest.RawPage;
import dev.newsie.model.ArticleRecord;
import dev.newsie.model.StageError;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;

/**
 * {@code POST /v1/extract} (one page in, its record out) and {@code POST /v1/extract/batch} (JSON Lines in,
 * one record per line out, streamed in input order).
 */
final class ExtractEndpoints {
    static final String NDJSON_TYPE = "application/x-ndjson; charset=utf-8";
    private final ExtractionService service;
    private final ServeSettings settings;

    ExtractEndpoints(ExtractionService service, ServeSettings settings) {
        this.service = service;
        this.settings = settings;
    }

    void extract(Context ctx) throws IOException, InterruptedException {
        byte[] body = RequestBodies.read(ctx.req().getInputStream(), ctx.req().getContentLengthLong(), settings.maxBodyBytes());
        RawPage page = PageRequests.fromBody(body, ctx.header("Content-Type"), ctx.queryParam("id"), ctx.queryParam("url"));
        ArticleRecord record = service.await(service.submit(page));
        ApiResponses.record(ctx, record);
    }

    /**
     * Lines are read, admitted and answered as they come, with at most a few per worker in flight, so a long
     * batch streams in flat memory. The first page must be admitted at once (else 503, before anything is
     * written); later ones wait for a slot up to the page time limit and otherwise become error records.
     */
    void batch(Context ctx) throws IOException, InterruptedException {
        BoundedLines lines = new BoundedLines(ctx.req().getInputStream(), settings.maxBodyBytes());
        BoundedLines.Line first = nextNonBlank(lines);
        if (first == null) {
            throw new BadRequestException(400, "empty batch: send one JSON object per line {\"id\", \"url\", \"html\" | \"text\"}");
        }
        Deque<ExtractionService.Pending> inFlight = new ArrayDeque<>();
        inFlight.add(service.submit(page(first)));
        ctx.status(200);
        ctx.res().setContentType(NDJSON_TYPE);
        OutputStream out = ctx.res().getOutputStream();
        int window = settings.threads() * 2;
        for (BoundedLines.Line line = nextNonBlank(lines); line != null; line = nextNonBlank(lines)) {
            inFlight.add(admit(page(line)));
            while (inFlight.size() >= window) {
                write(out, service.await(inFlight.poll()));
            }
        }
        while (!inFlight.isEmpty()) {
            write(out, service.await(inFlight.poll()));
        }
        out.flush();
    }

    private ExtractionService.Pending admit(RawPage page) throws InterruptedException {
        try {
            return service.submitWaiting(page, settings.pageTimeoutMillis());
        } catch (ServiceBusyException e) {
            return new ExtractionService.Pending(page, CompletableFuture.completedFuture(ArticleRecord.failed(page.id(),
                    page.uri(), new StageError("ingest", e.getMessage()))), System.nanoTime());
        }
    }

    private RawPage page(BoundedLines.Line line) {
        if (line.tooLong()) {
            return RawPage.failed("line:" + line.number(), null, "line " + line.number() + ": " + line.length()
                    + " bytes exceeds the limit of " + settings.maxBodyBytes() + " bytes (the server's --max-body-bytes)");
        }
        return PageRequests.fromJsonLine(line.text(), line.number());
    }

    private static BoundedLines.Line nextNonBlank(BoundedLines lines) throws IOException {
        BoundedLines.Line line;
        do {
            line = lines.next();
        } while (line != null && !line.tooLong() && line.text().isBlank());
        return line;
    }

    private static void write(OutputStream out, ArticleRecord r) throws IOException {
        // The CLI's own serialisation, so a record is the same bytes from either.
        out.write(dev.newsie.pipeline.RecordWriter.toJson(r).getBytes(StandardCharsets.UTF_8));
        out.write('\n');
        out.flush();
    }
}
