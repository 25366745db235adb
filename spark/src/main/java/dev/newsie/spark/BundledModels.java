package dev.newsie.spark;

import dev.newsie.canon.ModelFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Makes newsie's data files ({@code models/}) readable on an executor. The job jar carries them under
 * {@value #PREFIX}; a cluster node has no newsie checkout, so when neither {@code -Dnewsie.models} nor
 * {@code NEWSIE_MODELS} names a directory and there is no {@code ./models}, they are unpacked once per JVM
 * into a temporary directory that {@code newsie.models} then names. Also checks that CoreNLP's Chinese model
 * jar is on the class path: without its KBP gazetteer the default extractor silently finds fewer names, and
 * records would differ from the CLI's.
 */
final class BundledModels {
    static final String PREFIX = "newsie-models/";
    static final String KBP_RESOURCE = "edu/stanford/nlp/models/kbp/chinese/gazetteers/cn_regexner_mapping.tab";

    private BundledModels() {
    }

    static synchronized void ensureAvailable() {
        if (BundledModels.class.getClassLoader().getResource(KBP_RESOURCE) == null
                && Thread.currentThread().getContextClassLoader().getResource(KBP_RESOURCE) == null) {
            throw new IllegalStateException("CoreNLP's Chinese model jar is not on the class path: pass it to spark-submit "
                    + "with --jars stanford-corenlp-4.5.10-models-chinese.jar (Maven Central) so records match the CLI's");
        }
        boolean named = System.getProperty("newsie.models") != null || System.getenv("NEWSIE_MODELS") != null;
        if (named || Files.isDirectory(ModelFile.modelsDir())) {
            return;
        }
        System.setProperty("newsie.models", unpack().toString());
    }

    private static Path unpack() {
        try {
            Path jar = Path.of(BundledModels.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = Files.createTempDirectory("newsie-models");
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                int files = 0;
                while (entries.hasMoreElements()) {
                    ZipEntry e = entries.nextElement();
                    if (!e.getName().startsWith(PREFIX) || e.isDirectory()) {
                        continue;
                    }
                    Path target = dir.resolve(e.getName().substring(PREFIX.length())).normalize();
                    if (!target.startsWith(dir)) {
                        continue; // an entry that climbs out of the directory is not ours
                    }
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(e)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    files++;
                }
                if (files == 0) {
                    throw new IllegalStateException(jar + " holds no " + PREFIX + " data files: build the job jar with "
                            + "mvn -f all package, or set -Dnewsie.models=DIR on the executors");
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack newsie's data files: " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the job jar: " + e.getMessage(), e);
        }
    }
}
