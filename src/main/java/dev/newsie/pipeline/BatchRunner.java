package dev.newsie.pipeline;

import dev.newsie.ingest.PageSource;
import dev.newsie.ingest.RawPage;
import dev.newsie.model.ArticleRecord;
import dev.newsie.model.StageError;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs pages through the pipeline on worker threads and writes one JSON line per input page, in input
 * order, flushing each line so a crash loses nothing written. This is the batch boundary: every stage
 * failure becomes an error record here, and the run goes on.
 *
 * <p>Isolation of slow pages: at most {@code threads} pages run at once; a page's time limit counts from
 * the moment it starts running (never its wait in the queue), and a page past its limit is written as an
 * error record at once, its worker interrupted (the pipeline checks between stages) and its slot handed to
 * the next page, so a slow page never costs a healthy one. Pages are admitted against a
 * {@link MemoryBudget} by the heap they will need, held until their work really ends; a page that could never
 * fit becomes an error record without running.
 *
 * <p>{@link #stop} (SIGINT/SIGTERM) stops reading, lets in-flight pages finish for {@link #STOP_GRACE_MILLIS},
 * writes those in order and leaves the rest to {@code --resume}. A failed write stops the run the same way.
 */
public final class BatchRunner {
    /** How long in-flight pages may finish after a stop. */
    static final long STOP_GRACE_MILLIS = 2_000;
    private static final long POLL_MILLIS = 50;

    /** Settings of one run; {@code memoryBudgetBytes} bounds the estimated heap of the pages in processing at once. */
    public record Options(int threads, long pageTimeoutMillis, boolean progress, long memoryBudgetBytes) {
        public Options(int threads, long pageTimeoutMillis, boolean progress) {
            this(threads, pageTimeoutMillis, progress, MemoryBudget.forHeap(Runtime.getRuntime().maxMemory()));
        }
    }

    private final PagePipeline pipeline;
    private final Options options;
    private final Semaphore slots;
    private final MemoryBudget budget;
    private volatile String stopReason;
    private volatile boolean outputFailed;

    public BatchRunner(PagePipeline pipeline, Options options) {
        this.pipeline = pipeline;
        this.options = options;
        this.slots = new Semaphore(options.threads(), true);
        this.budget = new MemoryBudget(options.memoryBudgetBytes());
    }

    /** Asks the run to stop soon (from a signal handler): no more pages are read, in-flight ones get a short grace. */
    public void stop(String reason) {
        stopReason = reason;
    }

    public BatchSummary run(List<PageSource> sources, ResumeState resume, RecordWriter out) {
        BatchSummary summary = new BatchSummary();
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "newsie-worker");
            t.setDaemon(true);
            return t;
        });
        PageKeys keys = new PageKeys();
        // Pages in input order; a few per thread in flight, so memory stays flat on huge dumps.
        Deque<PageTask> inFlight = new ArrayDeque<>();
        int maxInFlight = options.threads() * 4;
        // The total is known when every input is a single page file; dumps and archives are counted as they stream.
        long total = sources.stream().allMatch(x -> x instanceof dev.newsie.ingest.FileSource) ? sources.size() : -1;
        try (ProgressBar bar = options.progress() ? new ProgressBarBuilder().setTaskName("newsie").setStyle(ProgressBarStyle.ASCII)
                .setInitialMax(total).setUpdateIntervalMillis(500).setUnit(" pages", 1).showSpeed().build() : null) {
            try {
                for (PageSource source : sources) {
                    if (stopReason != null) {
                        break;
                    }
                    source.read(page -> {
                        if (stopReason != null) {
                            throw new PageSource.Stop();
                        }
                        RawPage keyed = page.withId(keys.unique(page.id()));
                        summary.page();
                        if (resume.isDone(keyed.id())) {
                            summary.skip();
                            tick(bar, summary);
                            return;
                        }
                        PageTask task = new PageTask(keyed);
                        long need = MemoryBudget.need(keyed);
                        task.future = budget.fits(need) ? pool.submit(task::call)
                                : CompletableFuture.completedFuture(tooBigForHeap(keyed, need));
                        inFlight.add(task);
                        try {
                            while (inFlight.size() >= maxInFlight) {
                                if (!writeHead(inFlight, out, summary, bar)) {
                                    throw new PageSource.Stop();
                                }
                            }
                        } catch (OutputFailedException e) {
                            outputFailed(e);
                            throw new PageSource.Stop();
                        }
                    });
                }
                while (!inFlight.isEmpty() && stopReason == null) {
                    writeHead(inFlight, out, summary, bar);
                }
            } catch (PageSource.Stop e) {
                // stopReason says why
            } catch (OutputFailedException e) {
                outputFailed(e);
            }
            if (stopReason != null) {
                finishAfterStop(inFlight, out, summary, bar);
            }
        } finally {
            pool.shutdownNow();
        }
        return summary;
    }

    private void outputFailed(OutputFailedException e) {
        outputFailed = true;
        stopReason = e.getMessage();
    }

    /** Whether the run stopped because its output could not be written. */
    public boolean outputFailed() {
        return outputFailed;
    }

    /** Writes the oldest page once it is done or past its time limit; false when the run was stopped meanwhile. */
    private boolean writeHead(Deque<PageTask> inFlight, RecordWriter out, BatchSummary summary, ProgressBar bar) {
        PageTask head = inFlight.peek();
        while (true) {
            if (head.timedOut.get()) {
                inFlight.poll();
                write(timeoutRecord(head.page), out, summary, bar);
                return true;
            }
            try {
                ArticleRecord r = head.future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                inFlight.poll();
                write(r, out, summary, bar);
                return true;
            } catch (TimeoutException e) {
                abandonOverdue(inFlight);
                if (stopReason != null) {
                    return false;
                }
            } catch (ExecutionException e) {
                inFlight.poll();
                write(failureRecord(head.page, e.getCause()), out, summary, bar);
                return true;
            } catch (CancellationException e) {
                inFlight.poll();
                write(timeoutRecord(head.page), out, summary, bar);
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopReason = "interrupted";
                return false;
            }
        }
    }

    /** Every running page past its limit is given up: written as an error record when its turn comes. */
    private void abandonOverdue(Deque<PageTask> inFlight) {
        long now = System.nanoTime();
        long limit = TimeUnit.MILLISECONDS.toNanos(options.pageTimeoutMillis());
        for (PageTask t : inFlight) {
            long started = t.startedNanos;
            if (started != 0 && !t.future.isDone() && now - started > limit) {
                t.abandon();
            }
        }
    }

    /** After a stop: pages that finish within the grace period are written in order; the rest are left to --resume. */
    private void finishAfterStop(Deque<PageTask> inFlight, RecordWriter out, BatchSummary summary, ProgressBar bar) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_GRACE_MILLIS);
        try {
            while (!inFlight.isEmpty() && !outputFailed) {
                PageTask head = inFlight.peek();
                long left = end - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                ArticleRecord r;
                try {
                    r = head.timedOut.get() ? timeoutRecord(head.page) : head.future.get(left, TimeUnit.NANOSECONDS);
                } catch (TimeoutException | InterruptedException e) {
                    break;
                } catch (ExecutionException e) {
                    r = failureRecord(head.page, e.getCause());
                } catch (CancellationException e) {
                    r = timeoutRecord(head.page);
                }
                inFlight.poll();
                write(r, out, summary, bar);
            }
        } catch (OutputFailedException e) {
            outputFailed(e);
        }
        long unfinished = inFlight.size();
        inFlight.forEach(t -> t.future.cancel(true));
        inFlight.clear();
        summary.stopped(stopReason, unfinished);
    }

    private ArticleRecord tooBigForHeap(RawPage page, long need) {
        return ArticleRecord.failed(page.id(), page.uri(), new StageError("ingest", String.format(java.util.Locale.ROOT,
                "page of %d bytes needs about %d MB of heap to process, more than the %d MB this run gives pages "
                        + "(%.0f%% of -Xmx): run with a larger heap (NEWSIE_HEAP) or a lower --max-page-bytes",
                page.bytes().length, need >> 20, budget.capacityBytes() >> 20, MemoryBudget.HEAP_SHARE * 100)));
    }

    private ArticleRecord timeoutRecord(RawPage page) {
        return ArticleRecord.failed(page.id(), page.uri(), new StageError("extract", "per-page time limit of "
                + options.pageTimeoutMillis() + " ms exceeded (raise it with --page-timeout)"));
    }

    private static ArticleRecord failureRecord(RawPage page, Throwable c) {
        return c instanceof StageException se ? ArticleRecord.failed(page.id(), page.uri(), new StageError(se.stage(), se.getMessage()))
                : ArticleRecord.failed(page.id(), page.uri(), new StageError("internal", String.valueOf(c)));
    }

    private void write(ArticleRecord r, RecordWriter out, BatchSummary summary, ProgressBar bar) {
        for (StageError err : r.errors()) {
            summary.error(err.stage(), err.reason());
        }
        out.write(r);
        summary.record(r.text() == null ? 0 : r.text().length());
        tick(bar, summary);
    }

    private static void tick(ProgressBar bar, BatchSummary s) {
        if (bar != null) {
            bar.stepTo(s.recordsOut() + s.skipped());
            bar.setExtraMessage(" " + s.errorRecords() + " errors");
        }
    }

    /** One page's work: admitted by memory budget, then by a worker slot; its clock starts when it runs. */
    private final class PageTask {
        final RawPage page;
        final int cost;
        final AtomicBoolean timedOut = new AtomicBoolean();
        private final AtomicBoolean slotHeld = new AtomicBoolean();
        volatile long startedNanos;
        volatile Future<ArticleRecord> future;

        PageTask(RawPage page) {
            this.page = page;
            this.cost = budget.cost(MemoryBudget.need(page));
        }

        ArticleRecord call() throws InterruptedException {
            budget.acquire(cost);
            try {
                slots.acquire();
                slotHeld.set(true);
                try {
                    startedNanos = System.nanoTime();
                    return pipeline.process(page);
                } finally {
                    releaseSlot();
                }
            } finally {
                // Memory is given back only when the work really ends, abandoned or not.
                budget.release(cost);
            }
        }

        /** Past its limit: the page's slot goes to the next page now, and its worker is asked to stop. */
        void abandon() {
            if (timedOut.compareAndSet(false, true)) {
                releaseSlot();
                future.cancel(true);
            }
        }

        private void releaseSlot() {
            if (slotHeld.compareAndSet(true, false)) {
                slots.release();
            }
        }
    }
}
