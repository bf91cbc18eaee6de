package io.hecha.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The top-level {@code hecha} command. */
@Command(name = "hecha", mixinStandardHelpOptions = true, versionProvider = HechaCommand.Version.class,
        description = "核查 — reads Chinese performance-evaluation reports (DOCX, PDF, DOC…), extracts "
                + "their tables and facts, and rechecks the arithmetic.",
        subcommands = {ExtractCommand.class, LocateCommand.class, CheckCommand.class, BatchCommand.class,
                IndexCommand.class, SearchCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class HechaCommand implements Runnable {
    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of failures.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new HechaCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(HechaCommand::usageError);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            err.println("hecha: internal error: " + ex);
            if (parsed.hasMatchedOption("--debug")) ex.printStackTrace(err);
            err.flush();
            return ExitCodes.INTERNAL;
        });
        return cl.execute(args);
    }

    /** A usage error: the one-line message and where to find help, not the whole help text. */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("hecha: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    public static void main(String[] args) {
        quietLibraryLogging();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = execute(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * The libraries log through SLF4J (Tika) and the Log4j API (POI) with no backend on the class
     * path, which prints "no provider" warnings on every run; hecha reports problems itself
     * (diagnostics, exit codes), so their logging is switched off unless the user set it up.
     */
    public static void quietLibraryLogging() {
        System.getProperties().putIfAbsent("slf4j.internal.verbosity", "ERROR");
        System.getProperties().putIfAbsent("log4j2.loggerContextFactory",
                "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.getProperties().putIfAbsent("log4j2.simplelogLevel", "OFF");
        System.getProperties().putIfAbsent("log4j2.statusLoggerLevel", "OFF");
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = HechaCommand.class.getPackage().getImplementationVersion();
            return new String[]{"hecha " + (v == null ? "development build" : v)};
        }
    }
}
