package dev.newsie.spark;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.pipeline.Extractors;
import dev.newsie.pipeline.PagePipeline;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The models of one executor JVM, loaded by the first task that needs them and shared by every task thread
 * after it, as the CLI shares them between its worker threads: never once per record or per partition. One
 * configuration per JVM (a job has one {@code --ner}); asking for another is a programming error.
 */
public final class ExecutorModels {
    private static PagePipeline pipeline;
    private static String loadedFor;
    private static ExecutorService workers;
    private static int loads;

    private ExecutorModels() {
    }

    /** The page pipeline for these settings, loading the models on first use in this JVM. */
    public static synchronized PagePipeline pipeline(JobSettings settings) {
        String key = settings.ner() + "/" + settings.maxPageBytes();
        if (pipeline == null) {
            BundledModels.ensureAvailable();
            CanonicalNames names = CanonicalNames.load();
            pipeline = new PagePipeline(Extractors.create(settings.ner(), names), settings.maxPageBytes());
            loadedFor = key;
            loads++;
        } else if (!loadedFor.equals(key)) {
            throw new IllegalStateException("models of this JVM were loaded for " + loadedFor + ", not " + key
                    + ": one job per executor JVM runs one --ner");
        }
        return pipeline;
    }

    /** Threads that run pages under the per-page time limit; the task thread waits for each. */
    public static synchronized ExecutorService workers() {
        if (workers == null) {
            workers = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "newsie-page");
                t.setDaemon(true);
                return t;
            });
        }
        return workers;
    }

    /** How many times this JVM loaded the models: 1 after any number of tasks (the tests check it). */
    public static synchronized int loads() {
        return loads;
    }
}
