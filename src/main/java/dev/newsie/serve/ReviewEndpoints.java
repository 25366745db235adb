package dev.newsie.serve;

import dev.newsie.ingest.RawPage;
import dev.newsie.model.ArticleRecord;
import dev.newsie.report.ReviewPage;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** {@code GET /} shows the review form; {@code POST /} runs the submitted text, HTML or file and shows its record. */
final class ReviewEndpoints {
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("(?is)^\\s*(<!doctype|<html|<head|<body|<meta|<div|<p[ >])|</p>|<br\\s*/?>");
    private static final String HTML_TYPE = "text/html; charset=utf-8";
    private final ExtractionService service;
    private final ServeSettings settings;

    ReviewEndpoints(ExtractionService service, ServeSettings settings) {
        this.service = service;
        this.settings = settings;
    }

    void form(Context ctx) {
        ctx.contentType(HTML_TYPE).result(ReviewPage.html(ReviewPage.State.EMPTY));
    }

    void submit(Context ctx) throws IOException, InterruptedException {
        if (ctx.req().getContentLengthLong() > settings.maxBodyBytes()) {
            show(ctx, 413, new ReviewPage.State("", "auto", null, "The submission is larger than the server's limit of "
                    + settings.maxBodyBytes() + " bytes."));
            return;
        }
        String format = ctx.formParam("format") == null ? "auto" : ctx.formParam("format");
        String content = ctx.formParam("content") == null ? "" : ctx.formParam("content");
        UploadedFile file = ctx.uploadedFile("file");
        RawPage page;
        if (file != null && file.size() > 0) {
            byte[] bytes;
            try (InputStream in = file.content()) {
                bytes = RequestBodies.read(in, file.size(), settings.maxBodyBytes());
            }
            String name = file.filename() == null ? "" : file.filename().toLowerCase(Locale.ROOT);
            RawPage.Kind kind = format.equals("html") || name.endsWith(".html") || name.endsWith(".htm") ? RawPage.Kind.HTML
                    : format.equals("text") || name.endsWith(".txt") ? RawPage.Kind.TEXT : RawPage.Kind.UNKNOWN;
            // An uploaded file's charset is detected, as for a page file given to the CLI.
            page = new RawPage(PageRequests.contentId(bytes), file.filename(), bytes, null, kind, null);
        } else if (!content.isBlank()) {
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            boolean html = format.equals("html") || (format.equals("auto") && LOOKS_LIKE_HTML.matcher(content).find());
            page = new RawPage(PageRequests.contentId(bytes), null, bytes, "UTF-8", html ? RawPage.Kind.HTML : RawPage.Kind.TEXT, null);
        } else {
            show(ctx, 400, new ReviewPage.State(content, format, null, "Paste an article or choose a file first."));
            return;
        }
        try {
            ArticleRecord record = service.await(service.submit(page));
            show(ctx, 200, new ReviewPage.State(content, format, record, null));
        } catch (ServiceBusyException e) {
            ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
            show(ctx, 503, new ReviewPage.State(content, format, null, e.getMessage()));
        }
    }

    private static void show(Context ctx, int status, ReviewPage.State state) {
        ctx.status(status).contentType(HTML_TYPE).result(ReviewPage.html(state));
    }
}
