package dev.newsie.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;

/** Runs a command with standard error captured, for tests that check its messages. */
final class PrintStreams {
    private PrintStreams() {
    }

    record Captured(int code, String err) {
    }

    static Captured captureErr(IntSupplier command) {
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            return new Captured(command.getAsInt(), buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
    }
}
