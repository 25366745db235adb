package dev.newsie.spark;

import dev.newsie.model.ArticleRecord;
import dev.newsie.model.StageError;
import dev.newsie.pipeline.PagePipeline;
import dev.newsie.pipeline.StageException;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One page into its JSON line on an executor, as the CLI's batch runner does it: the page pipeline under the
 * per-page time limit, a stage failure turned into an error record naming the stage, anything else into an
 * {@code internal} error record, and the record written by the CLI's RecordWriter. This is the job's batch
 * boundary: no page failure escapes it, so a task fails only when the executor does.
 */
public final class PageRecords {
    private PageRecords() {
    }

    public static String toJson(PageData page, JobSettings settings) {
        // The CLI's own serialisation (line-safe escapes included), so the lines are the same bytes.
        return dev.newsie.pipeline.RecordWriter.toJson(record(page, settings));
    }

    static ArticleRecord record(PageData page, JobSettings settings) {
        PagePipeline pipeline = ExecutorModels.pipeline(settings);
        Future<ArticleRecord> f = ExecutorModels.workers().submit(() -> pipeline.process(page.toRawPage()));
        try {
            return f.get(settings.pageTimeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return failed(page, new StageError("extract", "per-page time limit of " + settings.pageTimeoutMillis()
                    + " ms exceeded (raise it with --page-timeout)"));
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            return c instanceof StageException se ? failed(page, new StageError(se.stage(), se.getMessage()))
                    : failed(page, new StageError("internal", String.valueOf(c)));
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("task interrupted at page " + page.id(), e);
        }
    }

    private static ArticleRecord failed(PageData page, StageError error) {
        return ArticleRecord.failed(page.id(), page.uri(), error);
    }
}
