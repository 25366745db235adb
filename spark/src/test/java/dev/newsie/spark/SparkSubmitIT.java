package dev.newsie.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged job jar submitted as a cluster would: through Spark's own entry point
 * ({@code org.apache.spark.deploy.SparkSubmit}, {@code --master local[2]}) in a JVM of its own, with only Spark's
 * artifacts from Maven Central on the class path, CoreNLP's model jar passed with {@code --jars}, and no newsie
 * checkout in the working directory (the data files come out of the job jar). Its records must be, byte for byte,
 * the lines the CLI jar writes.
 */
class SparkSubmitIT {
    private static final Path JOB_JAR = Path.of("target/newsie-spark.jar").toAbsolutePath();
    private static final Path SPARK_LIB = Path.of("target/spark-lib").toAbsolutePath();
    private static final Path CLI_JAR = Path.of("../target/newsie.jar").toAbsolutePath().normalize();

    @Test
    void theJobJarSubmittedToSparkWritesTheClisRecords(@TempDir Path tmp) throws Exception {
        assertTrue(Files.isRegularFile(JOB_JAR) && Files.isDirectory(SPARK_LIB) && Files.isRegularFile(CLI_JAR),
                "build first: mvn -B -f all verify (packages " + JOB_JAR + ", " + SPARK_LIB + ", " + CLI_JAR + ")");
        Path out = tmp.resolve("out");
        // 5 GB: the default analysis loads CoreNLP's Chinese models (at least 2.25 GB) once in this local-mode JVM.
        List<String> submit = new ArrayList<>(List.of(java(), "-Xmx5g"));
        submit.addAll(Arrays.asList(System.getProperty("newsie.spark.opens", "").trim().split("\\s+")));
        submit.addAll(List.of("-Dfile.encoding=UTF-8", "-cp", SPARK_LIB + "/*", "org.apache.spark.deploy.SparkSubmit",
                "--master", "local[2]", "--class", SparkJob.class.getName(),
                "--conf", "spark.ui.enabled=false", "--conf", "spark.driver.host=127.0.0.1",
                "--jars", modelsJar().toString(),
                JOB_JAR.toString(), TestInputs.CORPUS.toString(), "--out", out.toString()));
        run(submit, tmp, tmp.resolve("spark-submit.log"));

        Path cliOut = tmp.resolve("cli.jsonl");
        run(List.of(java(), "-Xmx4g", "-Dfile.encoding=UTF-8", "-Dnewsie.models=" + Path.of("../models").toAbsolutePath().normalize(),
                "-jar", CLI_JAR.toString(), "extract", "--quiet", TestInputs.CORPUS.toString(), "-o", cliOut.toString()),
                tmp, tmp.resolve("cli.log"));

        List<String> cli = new ArrayList<>(Files.readAllLines(cliOut, StandardCharsets.UTF_8));
        List<String> spark = new ArrayList<>(TestInputs.partLines(out));
        assertEquals(5, cli.size());
        cli.sort(null);
        spark.sort(null);
        assertEquals(cli, spark);
    }

    private static void run(List<String> cmd, Path dir, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(10, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        if (!done || p.exitValue() != 0) {
            List<String> lines = Files.readAllLines(log);
            throw new AssertionError(cmd.get(cmd.size() - 5) + "… failed (" + (done ? "exit " + p.exitValue() : "timed out")
                    + "):\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** CoreNLP's Chinese model jar from the local Maven repository, where the build put it. */
    private static Path modelsJar() throws Exception {
        URL u = SparkSubmitIT.class.getClassLoader().getResource(BundledModels.KBP_RESOURCE);
        assertTrue(u != null && u.getProtocol().equals("jar"), "CoreNLP's Chinese model jar is not on the test class path");
        String file = u.getPath().substring(0, u.getPath().indexOf("!/"));
        return Path.of(new URL(file).toURI());
    }
}
