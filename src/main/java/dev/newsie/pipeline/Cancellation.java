package dev.newsie.pipeline;

/**
 * Cooperative cancellation of one page: the batch runner interrupts a worker whose page passed its time
 * limit (or when the run is stopped), and the pipeline checks between stages and inside long loops, so the
 * worker drops the page and its memory instead of finishing work nobody will write.
 */
public final class Cancellation {
    private Cancellation() {
    }

    /** Throws a {@link StageException} of {@code stage} when this thread's page was cancelled. */
    public static void check(String stage) {
        if (Thread.currentThread().isInterrupted()) {
            throw new StageException(stage, "page cancelled (time limit passed or run stopped)");
        }
    }
}
