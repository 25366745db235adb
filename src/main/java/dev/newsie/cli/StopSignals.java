package dev.newsie.cli;

import dev.newsie.pipeline.BatchRunner;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.util.HashMap;
import java.util.Map;

/**
 * SIGINT and SIGTERM during a batch: the first asks the runner to stop (finish in-flight pages for a moment,
 * write them, print the summary, exit 130 or 143); a second one ends the process at once. The JVM's own
 * handling would run no summary and leave the exit status to chance. Uses sun.misc.Signal (module
 * jdk.unsupported), the only signal API the JDK has.
 */
final class StopSignals implements AutoCloseable {
    private final Map<String, SignalHandler> previous = new HashMap<>();
    private volatile String received;

    StopSignals(BatchRunner runner) {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                previous.put(name, Signal.handle(new Signal(name), s -> {
                    if (received != null) {
                        Runtime.getRuntime().halt(exitCode("SIG" + s.getName()));
                    }
                    received = "SIG" + s.getName();
                    runner.stop("received " + received);
                }));
            } catch (IllegalArgumentException e) {
                // the platform does not have this signal, or the JVM reserves it (-Xrs): keep its default
            }
        }
    }

    /** The signal that stopped the run (SIGINT, SIGTERM), or null. */
    String received() {
        return received;
    }

    /** 128 + the signal number, as shells report a process ended by it. */
    static int exitCode(String signal) {
        return "SIGINT".equals(signal) ? 130 : 143;
    }

    @Override
    public void close() {
        previous.forEach((name, handler) -> Signal.handle(new Signal(name), handler));
    }
}
