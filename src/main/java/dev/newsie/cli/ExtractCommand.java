package dev.newsie.cli;

import picocli.CommandLine.Command;

@Command(name = "extract", mixinStandardHelpOptions = true, description = "TODO")
public final class ExtractCommand implements Runnable {
    @Override
    public void run() {
    }
}
