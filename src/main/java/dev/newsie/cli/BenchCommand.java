package dev.newsie.cli;

import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "TODO")
public final class BenchCommand implements Runnable {
    @Override
    public void run() {
    }
}
