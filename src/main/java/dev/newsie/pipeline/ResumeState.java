package dev.newsie.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The pages an earlier run already wrote to an output file, by page key (the record's {@code id}). Every
 * complete line must be a newsie record; the file is cut after the last good record before the first line
 * that is not one (a half-written last line from a crash, or damage), so those pages are redone and none is
 * lost or doubled. Offsets are counted byte by byte, exact at any buffer boundary. A file whose first line
 * is not a newsie record is refused: --resume never truncates somebody else's file.
 */
public final class ResumeState {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Set<String> done;
    private final long keptBytes;
    private final long cutBytes;

    /** The output holds something other than newsie records: the run cannot start. */
    public static final class NotRecordsException extends IOException {
        public NotRecordsException(String message) {
            super(message);
        }
    }

    private ResumeState(Set<String> done, long keptBytes, long cutBytes) {
        this.done = done;
        this.keptBytes = keptBytes;
        this.cutBytes = cutBytes;
    }

    public static ResumeState none() {
        return new ResumeState(Set.of(), 0, 0);
    }

    /** Reads the keys in {@code output} and cuts off what follows the last good record. */
    public static ResumeState load(Path output) throws IOException {
        if (!Files.exists(output)) {
            return new ResumeState(new HashSet<>(), 0, 0);
        }
        try (FileChannel ch = FileChannel.open(output, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            return load(ch, output.toString());
        }
    }

    /** As {@link #load(Path)}, on a channel the caller has opened (and locked); leaves it positioned at the end. */
    public static ResumeState load(FileChannel ch, String name) throws IOException {
        Set<String> ids = new HashSet<>();
        long size = ch.size();
        long goodEnd = 0;
        long pos = 0;
        ch.position(0);
        InputStream in = Channels.newInputStream(ch);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean damaged = false;
        byte[] buf = new byte[1 << 16];
        int n;
        reading:
        while (pos < size && (n = in.read(buf, 0, (int) Math.min(buf.length, size - pos))) > 0) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (buf[i] != '\n') {
                    continue;
                }
                line.write(buf, start, i - start);
                start = i + 1;
                String id = idOf(line.toByteArray());
                line.reset();
                if (id == null) {
                    damaged = true;
                    break reading;
                }
                ids.add(id);
                goodEnd = pos + i + 1;
            }
            line.write(buf, start, n - start);
            pos += n;
        }
        if (ids.isEmpty() && (damaged || line.size() > 0 && !isRecordStart(line.toByteArray()))) {
            throw new NotRecordsException(name + " does not hold newsie records (line 1 is not one): "
                    + "--resume would cut it; give a new output file, or the one an earlier run wrote");
        }
        if (goodEnd < size) {
            ch.truncate(goodEnd);
        }
        ch.position(goodEnd);
        return new ResumeState(ids, goodEnd, size - goodEnd);
    }

    /** A half-written first record: our records start with {"id": (the writer's property order). */
    private static boolean isRecordStart(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 6), StandardCharsets.UTF_8);
        return "{\"id\":".startsWith(head) || head.startsWith("{\"id\":");
    }

    /** The key of a newsie record line, or null when the line is not one. */
    private static String idOf(byte[] line) {
        try {
            JsonNode n = JSON.readTree(line);
            boolean record = n != null && n.isObject() && n.path("id").isTextual() && n.path("errors").isArray();
            return record ? n.get("id").asText() : null;
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

    /** Bytes of the output kept (whole records). */
    public long keptBytes() {
        return keptBytes;
    }

    /** Bytes cut off the end of the output (a half-written or damaged tail), redone by this run. */
    public long cutBytes() {
        return cutBytes;
    }
}
