package dev.newsie.pipeline;

/**
 * Collects the garbage that loading the models leaves, once, after the warm-up page and before the first real one.
 * Reads and writes nothing of newsie's.
 *
 * <p>Why: loading CoreNLP's and HanLP's models allocates about 1.7 GB that stays and nearly as much that does not;
 * young collections promote both into the old generation. Left to itself, the parallel collector then runs its
 * ergonomic full collections (4–5 s each on two cores, most of the time spent marking the models' tens of millions of
 * objects) during the first pages, where they count against the batch's pages/s and the first pages' time limits.
 * One full collection here, with nothing but the models live, sizes the old generation for them; a full collection
 * also raises the class-metadata threshold above what the first pages' classes need, so no "Metadata GC Threshold"
 * full collection follows either (the launchers also set {@code -XX:MetaspaceSize} for that).
 */
public final class LoadingGarbage {
    private LoadingGarbage() {
    }

    /**
     * The system property the launchers ({@code ./newsie}, the bench's child JVM) set to ask for the collection; an
     * embedding program or a test JVM that loads the models many times does not pay a full collection per run.
     */
    public static final String PROPERTY = "newsie.collectAfterLoad";

    /**
     * A full collection now, if {@link #PROPERTY} is {@code true}; the JVM may ignore it ({@code -XX:+DisableExplicitGC}),
     * which changes only speed.
     */
    public static void collect() {
        if (Boolean.getBoolean(PROPERTY)) {
            System.gc();
        }
    }
}
