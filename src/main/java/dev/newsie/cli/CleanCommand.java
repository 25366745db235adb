package dev.newsie.cli;

import picocli.CommandLine.Command;

@Command(name = "clean", mixinStandardHelpOptions = true, description = "TODO")
public final class CleanCommand implements Runnable {
    @Override
    public void run() {
    }
}
