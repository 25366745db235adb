package dev.newsie.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One Spark session in local mode for every test class of this module (starting one takes seconds): two task
 * threads as {@code local[2]}, and up to three attempts per task so a failed attempt is retried as on a cluster
 * ({@code local[2]} alone gives up after the first failure).
 */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().appName("newsie-test").master("local[2,3]")
                    .config("spark.ui.enabled", "false")
                    .config("spark.ui.showConsoleProgress", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", "4")
                    .getOrCreate();
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }
}
