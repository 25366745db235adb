package dev.newsie.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsie.ingest.PageSource;
import dev.newsie.ingest.RawPage;
import dev.newsie.model.ArticleRecord;
import dev.newsie.model.StageError;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs pages through the pipeline on a pool of threads and writes one JSON line per input page, in input
 * order, flushing each line so a crash loses nothing written. This is the batch boundary: every stage
 * failure becomes an error record here, and the run goes on.
 */
public final class BatchRunner {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Settings of one run. */
    public record Options(int threads, long pageTimeoutMillis, boolean progress) {
    }

    private final PagePipeline pipeline;
    private final Options options;

    public BatchRunner(PagePipeline pipeline, Options options) {
        this.pipeline = pipeline;
        this.options = options;
    }

    public BatchSummary run(List<PageSource> sources, ResumeState resume, Writer out) {
        BatchSummary summary = new BatchSummary();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "newsie-worker");
            t.setDaemon(true);
            return t;
        });
        // Futures in input order; at most a few per thread in flight, so memory stays flat on huge dumps.
        Deque<Pending> inFlight = new ArrayDeque<>();
        int maxInFlight = options.threads() * 4;
        // The total is known when every input is a single page file; dumps and archives are counted as they stream.
        long total = sources.stream().allMatch(x -> x instanceof dev.newsie.ingest.FileSource) ? sources.size() : -1;
        try (ProgressBar bar = options.progress() ? new ProgressBarBuilder().setTaskName("newsie").setStyle(ProgressBarStyle.ASCII)
                .setInitialMax(total).setUpdateIntervalMillis(500).setUnit(" pages", 1).showSpeed().build() : null) {
            for (PageSource source : sources) {
                source.read(page -> {
                    summary.page();
                    if (resume.isDone(page.id())) {
                        summary.skip();
                        tick(bar, summary);
                        return;
                    }
                    inFlight.add(new Pending(page, pool.submit(() -> pipeline.process(page)), System.nanoTime()));
                    while (inFlight.size() >= maxInFlight) {
                        write(inFlight.poll(), out, summary, bar);
                    }
                });
            }
            while (!inFlight.isEmpty()) {
                write(inFlight.poll(), out, summary, bar);
            }
        } finally {
            pool.shutdownNow();
        }
        return summary;
    }

    private record Pending(RawPage page, Future<ArticleRecord> future, long submitted) {
    }

    private void write(Pending p, Writer out, BatchSummary summary, ProgressBar bar) {
        ArticleRecord r;
        try {
            r = p.future().get(options.pageTimeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            p.future().cancel(true);
            r = failed(p.page(), new StageError("extract", "per-page time limit of " + options.pageTimeoutMillis()
                    + " ms exceeded (raise it with --page-timeout)"));
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            r = c instanceof StageException se ? failed(p.page(), new StageError(se.stage(), se.getMessage()))
                    : failed(p.page(), new StageError("internal", String.valueOf(c)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        for (StageError err : r.errors()) {
            summary.error(err.stage(), err.reason());
        }
        try {
            out.write(JSON.writeValueAsString(r));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output: " + e.getMessage(), e);
        }
        summary.record(r.text() == null ? 0 : r.text().length());
        tick(bar, summary);
    }

    private static ArticleRecord failed(RawPage page, StageError error) {
        return ArticleRecord.failed(page.id(), page.uri(), error);
    }

    private static void tick(ProgressBar bar, BatchSummary s) {
        if (bar != null) {
            bar.stepTo(s.recordsOut() + s.skipped());
            bar.setExtraMessage(" " + s.errorRecords() + " errors");
        }
    }
}
