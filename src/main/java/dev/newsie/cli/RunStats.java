package dev.newsie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.newsie.pipeline.BatchSummary;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Figures of one run for the benchmark: throughput, model load time, peak heap and peak resident memory. */
final class RunStats {
    private RunStats() {
    }

    static void write(Path file, BatchSummary s, double loadSeconds, int threads) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        double elapsed = s.elapsedSeconds();
        m.put("threads", threads);
        m.put("pages", s.recordsOut());
        m.put("errorRecords", s.errorRecords());
        m.put("chars", s.chars());
        m.put("loadSeconds", loadSeconds);
        m.put("extractSeconds", elapsed);
        m.put("pagesPerSecond", elapsed > 0 ? s.recordsOut() / elapsed : 0);
        m.put("charsPerSecond", elapsed > 0 ? s.chars() / elapsed : 0);
        m.put("peakHeapBytes", peakHeap());
        m.put("peakRssKb", peakRssKb());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), m);
    }

    /** Sum of the heap pools' peak usage since the JVM started. */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** VmHWM from /proc/self/status (Linux), or -1 elsewhere. */
    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
