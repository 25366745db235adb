package dev.newsie.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The pages an earlier run already wrote to an output file. A last line without its newline, or one that
 * is not valid JSON, is a record cut off by a crash: the file is truncated before it, so that page is redone.
 */
public final class ResumeState {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Set<String> done;

    private ResumeState(Set<String> done) {
        this.done = done;
    }

    public static ResumeState none() {
        return new ResumeState(Set.of());
    }

    /** Reads the ids in {@code output} and cuts off a half-written last line. */
    public static ResumeState load(Path output) throws IOException {
        Set<String> ids = new HashSet<>();
        if (!Files.exists(output)) {
            return new ResumeState(ids);
        }
        long goodEnd = 0;
        try (RandomAccessFile f = new RandomAccessFile(output.toFile(), "rw")) {
            long pos = 0;
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = f.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    pos++;
                    if (buf[i] == '\n') {
                        String s = line.toString(StandardCharsets.UTF_8);
                        line.reset();
                        String id = idOf(s);
                        if (id == null) {
                            break;
                        }
                        ids.add(id);
                        goodEnd = pos;
                    } else {
                        line.write(buf[i]);
                    }
                }
            }
            if (goodEnd < f.length()) {
                f.setLength(goodEnd);
            }
        }
        return new ResumeState(ids);
    }

    private static String idOf(String line) {
        try {
            JsonNode n = JSON.readTree(line);
            return n != null && n.hasNonNull("id") ? n.get("id").asText() : null;
        } catch (IOException e) {
            return null;
        }
    }

    public boolean isDone(String id) {
        return done.contains(id);
    }

    public int size() {
        return done.size();
    }
}
