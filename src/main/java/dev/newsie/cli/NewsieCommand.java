package dev.newsie.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsie} command line: one subcommand per job. */
@Command(name = "newsie", mixinStandardHelpOptions = true, version = "newsie 0.1.0",
        description = "Structured records of city diplomacy from scraped Chinese news pages.",
        subcommands = {ExtractCommand.class, CleanCommand.class, EvalCommand.class, BenchCommand.class,
                LoadCommand.class, SqlCommand.class, ExportCommand.class,
                ServeCommand.class, ReviewCommand.class,
                CommandLine.HelpCommand.class})
public final class NewsieCommand implements Runnable {
    /** Exit status when the run could not start: bad arguments, missing input, unwritable output. */
    public static final int EXIT_USAGE = 2;
    /** Exit status when the run finished but some pages or files had errors. */
    public static final int EXIT_PARTIAL = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new NewsieCommand());
        cl.setExitCodeExceptionMapper(e -> EXIT_USAGE);
        cl.setExecutionExceptionHandler((ex, cmd, parse) -> {
            cmd.getErr().println("newsie " + cmd.getCommandName() + ": " + (ex.getMessage() == null ? ex : ex.getMessage()));
            return EXIT_USAGE;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
