package dev.newsie.serve;

import dev.newsie.ingest.RawPage;
import dev.newsie.model.ArticleRecord;
import dev.newsie.model.StageError;
import dev.newsie.pipeline.PagePipeline;
import dev.newsie.pipeline.StageException;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The page pipeline behind the HTTP service, with the batch runner's guarantees: models load once (in the
 * background, so the server can say it is not ready yet), a bounded number of pages are admitted at once
 * (workers plus a waiting queue; beyond that {@link ServiceBusyException}), every page ends as a record or an
 * error record, and a page slower than the time limit becomes an error record instead of a hung request.
 */
public final class ExtractionService implements AutoCloseable {
    private final ServeSettings settings;
    private final ServiceMetrics metrics;
    private final Semaphore slots;
    private final ExecutorService workers;
    private final CompletableFuture<PagePipeline> pipeline;

    /** A page admitted to the service and the record it will become. */
    public record Pending(RawPage page, CompletableFuture<ArticleRecord> record, long submittedNanos, Runner runner) {
        public Pending(RawPage page, CompletableFuture<ArticleRecord> record, long submittedNanos) {
            this(page, record, submittedNanos, new Runner());
        }
    }

    /**
     * The worker thread while it runs a page, so a waiter that gives up can interrupt it (as the batch runner
     * cancels a late page) without ever interrupting the next page that thread takes on.
     */
    public static final class Runner {
        private Thread thread;

        synchronized void enter() {
            thread = Thread.currentThread();
        }

        synchronized void leave() {
            thread = null;
            Thread.interrupted();
        }

        synchronized void interrupt() {
            if (thread != null) {
                thread.interrupt();
            }
        }
    }

    public ExtractionService(Supplier<PagePipeline> loader, ServeSettings settings, ServiceMetrics metrics) {
        this.settings = settings;
        this.metrics = metrics;
        this.slots = new Semaphore(settings.capacity());
        this.workers = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "newsie-serve-worker");
            t.setDaemon(true);
            return t;
        });
        this.pipeline = CompletableFuture.supplyAsync(loader, r -> {
            Thread t = new Thread(r, "newsie-model-loader");
            t.setDaemon(true);
            t.start();
        });
        metrics.watch(() -> settings.capacity() - slots.availablePermits(), this::ready);
    }

    /** True once the models are loaded and pages can be processed. */
    public boolean ready() {
        return pipeline.isDone() && !pipeline.isCompletedExceptionally();
    }

    /** Completes when models are loaded (normally or not); lets the caller wait for readiness or failure. */
    public CompletableFuture<PagePipeline> loading() {
        return pipeline;
    }

    /** Admits a page now, or throws {@link ServiceBusyException} when every slot is taken. */
    public Pending submit(RawPage page) {
        requireReady();
        if (!slots.tryAcquire()) {
            throw busy();
        }
        return start(page);
    }

    /** Admits a page, waiting up to {@code waitMillis} for a slot (batch lines after the first). */
    public Pending submitWaiting(RawPage page, long waitMillis) throws InterruptedException {
        requireReady();
        if (!slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
            throw busy();
        }
        return start(page);
    }

    /**
     * The page's record, or an error record when it failed or ran past the time limit (counted from
     * admission, so a request never waits longer than the limit).
     */
    public ArticleRecord await(Pending p) throws InterruptedException {
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - p.submittedNanos());
        long left = Math.max(0, settings.pageTimeoutMillis() - waited);
        ArticleRecord r;
        try {
            r = p.record().get(left, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            ArticleRecord timedOut = ArticleRecord.failed(p.page().id(), p.page().uri(), new StageError("extract",
                    "per-page time limit of " + settings.pageTimeoutMillis() + " ms exceeded (the server's --page-timeout)"));
            // A worker that has not started the page yet sees it done and skips it.
            p.record().complete(timedOut);
            p.runner().interrupt();
            r = p.record().getNow(timedOut);
        } catch (ExecutionException e) {
            throw new IllegalStateException("page task failed outside the pipeline", e.getCause());
        }
        metrics.page(!r.errors().isEmpty());
        return r;
    }

    private Pending start(RawPage page) {
        PagePipeline pipe = pipeline.join();
        CompletableFuture<ArticleRecord> record = new CompletableFuture<>();
        Runner runner = new Runner();
        try {
            workers.execute(() -> {
                try {
                    if (!record.isDone()) {
                        runner.enter();
                        try {
                            record.complete(process(pipe, page));
                        } finally {
                            runner.leave();
                        }
                    }
                } finally {
                    // The slot is freed when the work is really over, not when a waiter gave up on it, so a
                    // slow page keeps counting against the bound.
                    slots.release();
                }
            });
        } catch (RuntimeException e) {
            slots.release();
            throw new ServiceBusyException("the service is shutting down", 5);
        }
        return new Pending(page, record, System.nanoTime(), runner);
    }

    /** One page through the pipeline; every failure becomes an error record naming its stage. */
    static ArticleRecord process(PagePipeline pipe, RawPage page) {
        try {
            return pipe.process(page);
        } catch (StageException e) {
            return ArticleRecord.failed(page.id(), page.uri(), new StageError(e.stage(), e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return ArticleRecord.failed(page.id(), page.uri(), new StageError("internal", String.valueOf(e)));
        }
    }

    private void requireReady() {
        if (!ready()) {
            throw new ServiceBusyException(pipeline.isCompletedExceptionally()
                    ? "models failed to load; see the server's log" : "models are still loading", 5);
        }
    }

    private ServiceBusyException busy() {
        return new ServiceBusyException("server busy: " + settings.capacity() + " pages already admitted ("
                + settings.threads() + " working, " + settings.queueCapacity() + " waiting); retry later", 1);
    }

    /** Stops taking pages and waits for those admitted to finish, up to {@code graceMillis}. */
    public void shutdown(long graceMillis) throws InterruptedException {
        workers.shutdown();
        if (!workers.awaitTermination(graceMillis, TimeUnit.MILLISECONDS)) {
            workers.shutdownNow();
        }
    }

    @Override
    public void close() throws InterruptedException {
        shutdown(settings.shutdownGraceMillis());
    }
}
