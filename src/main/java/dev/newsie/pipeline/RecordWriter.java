package dev.newsie.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsie.model.ArticleRecord;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes records as JSON Lines: one line per record, flushed, so a crash loses nothing written. Lines stay
 * lines for every tool: U+2028, U+2029 and U+0085 (line breaks to JavaScript and some line readers) are
 * written as \\u escapes, and so are unpaired surrogates (an id read from a \\ud800 escape), which UTF-8 cannot
 * hold — escaped, they keep their identity instead of turning into '?'. A failed write, standard output
 * included, throws {@link OutputFailedException}.
 */
public final class RecordWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setCharacterEscapes(new LineSafeEscapes());
    }

    private final OutputStream out;
    private final String name;
    private long records;

    public RecordWriter(OutputStream out, String name) {
        this.out = out;
        this.name = name;
    }

    /**
     * A writer to a {@link PrintStream} (standard output) that notices failures: a PrintStream swallows its
     * IOExceptions and only sets an error flag, which is checked after every record.
     */
    public static RecordWriter toPrintStream(PrintStream ps, String name) {
        return new RecordWriter(new OutputStream() {
            @Override
            public void write(int b) {
                ps.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                ps.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                ps.flush();
                if (ps.checkError()) {
                    throw new IOException("write error (closed pipe or full disk)");
                }
            }
        }, name);
    }

    /** The JSON line of a record, without its newline. */
    public static String toJson(ArticleRecord r) {
        try {
            return escapeLoneSurrogates(JSON.writeValueAsString(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("record not serialisable: " + e.getMessage(), e);
        }
    }

    public void write(ArticleRecord r) {
        byte[] line = (toJson(r) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            out.write(line);
            out.flush();
        } catch (IOException e) {
            throw new OutputFailedException("cannot write " + name + ": " + e.getMessage(), e);
        }
        records++;
    }

    /** Records written whole. */
    public long records() {
        return records;
    }

    public String name() {
        return name;
    }

    /** Surrogates outside a high-low pair become \\uXXXX escapes; in Jackson's output they can only sit inside strings. */
    static String escapeLoneSurrogates(String json) {
        StringBuilder sb = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean lone = Character.isHighSurrogate(c) ? i + 1 >= json.length() || !Character.isLowSurrogate(json.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(json.charAt(i - 1)));
            if (Character.isHighSurrogate(c) && !lone) {
                if (sb != null) {
                    sb.append(c).append(json.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (lone && sb == null) {
                sb = new StringBuilder(json.length() + 16).append(json, 0, i);
            }
            if (sb != null) {
                if (lone) {
                    sb.append(String.format("\\u%04x", (int) c));
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? json : sb.toString();
    }

    /** JSON's standard escapes plus the three characters that line-oriented tools take for line ends. */
    private static final class LineSafeEscapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 || ch == 0x2029 || ch == 0x85 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
