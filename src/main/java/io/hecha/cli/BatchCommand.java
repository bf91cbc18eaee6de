package io.hecha.cli;

import io.hecha.batch.BatchLockedException;
import io.hecha.batch.BatchOptions;
import io.hecha.batch.BatchReport;
import io.hecha.batch.BatchRunner;
import io.hecha.batch.InputCollector;
import io.hecha.batch.InputFilter;
import io.hecha.batch.MappingsVersion;
import io.hecha.output.FileNames;
import io.hecha.output.Plural;
import io.hecha.output.SummaryRow;
import io.hecha.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code hecha batch PATH... [-o DIR]}: reads every file under the paths, writes one JSON per input
 * and the summaries ({@code summary.csv}, {@code summary.xlsx}, {@code report.html}). Exit codes
 * (worst wins): 4 outputs could not be written or a bug; 2 bad usage; 7 the output folder is in use
 * by another batch; 6 some input failed (could not be read, time-out) or was read but not checked; 1 some report has an error
 * finding; 0 every input was read and none has an error. Non-documents, hidden files and links out of
 * the input tree are rows "skipped" and change nothing.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Review folders of reports: one JSON per input plus summary.csv, summary.xlsx and "
                + "report.html. Unchanged inputs are skipped on a rerun.",
        footer = {"", "Exit codes (worst wins): 0 every input read, no error finding; 1 some report has an "
                + "error finding; 6 some input could not be read, timed out or was read but not checked (see the summaries); "
                + "7 the output folder is in use by another batch (see --wait); 2 bad usage; "
                + "4 an output could not be written, or a bug."})
public final class BatchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (searched recursively).")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path outputDir;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Inputs read at once (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Time limit for one input (default: ${DEFAULT-VALUE}), plus 30 s for each scanned page read by OCR.")
    long timeoutSeconds;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "200",
            description = "Inputs larger than this are not read (default: ${DEFAULT-VALUE}).")
    long maxSizeMb;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Take only files matching a glob (repeatable): on the file name (*.pdf) or, with a /, "
                    + "on the path below the folder argument (2024/**). An include also takes a file the "
                    + "default exclusion would leave out.")
    List<String> includes = new java.util.ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Leave out files matching a glob (repeatable), as for --include. hecha's own JSON "
                    + "outputs (NAME.EXT.json) are always left out unless an --include names them.")
    List<String> excludes = new java.util.ArrayList<>();

    @Option(names = "--wait", description = "When another batch is writing to the same output folder, wait "
            + "for it to finish instead of refusing (exit code 7).")
    boolean waitForLock;

    @Option(names = "--force", description = "Redo inputs even when unchanged since the last run.")
    boolean force;

    @Mixin
    ReportOptions reportOptions;

    @ParentCommand
    HechaCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1 || threads > 64) throw usage("--threads must be between 1 and 64");
        if (timeoutSeconds < 1) throw usage("--timeout must be at least 1 second");
        if (maxSizeMb < 1) throw usage("--max-size must be at least 1 MB");
        checkOutputFolder();
        InputFilter filter;
        try {
            filter = new InputFilter(includes, excludes);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        Pipeline pipeline = reportOptions.pipeline(spec);
        String extra = MappingsVersion.of(pipeline.mappings());
        BatchOptions options = new BatchOptions(outputDir, threads, Duration.ofSeconds(timeoutSeconds),
                maxSizeMb * 1024 * 1024, force, reportOptions.password(spec), extra, waitForLock);
        InputCollector.Inputs found;
        try {
            found = InputCollector.scan(paths, outputDir, filter);
        } catch (NoSuchFileException e) {
            throw usage("no such file or folder: " + FileNames.printable(e.getFile()));
        } catch (IOException e) {
            throw usage("cannot list inputs: " + e.getMessage());
        }
        for (Path p : paths) {
            if (Files.isDirectory(p) && found.inputs().stream().noneMatch(in -> in.path().startsWith(p.toAbsolutePath().normalize()))) {
                err.println("hecha: warning: " + FileNames.printable(p.toString()) + " holds no file to read"
                        + (found.excluded() > 0 ? " (some were left out: --include/--exclude, hecha's own JSON outputs)" : ""));
            }
        }
        BatchReport report;
        try {
            report = new BatchRunner(options, pipeline::run, err, stderrIsTerminal()).run(found.inputs());
        } catch (BatchLockedException e) {
            err.println("hecha: " + FileNames.printable(e.getMessage()));
            err.flush();
            return ExitCodes.BUSY;
        } catch (IOException e) {
            err.println("hecha: batch failed: " + e.getMessage());
            if (parent != null && parent.debug) e.printStackTrace(err);
            err.flush();
            return ExitCodes.INTERNAL;
        }
        long failed = report.count(SummaryRow.Status.FAILED);
        long notChecked = report.count(SummaryRow.Status.NOT_CHECKED);
        out.printf("%s: %d ok, %d failed, %d skipped%s; %d read now, %d unchanged since the last run%s%n",
                Plural.of(report.rows().size(), "input"), report.count(SummaryRow.Status.OK), failed,
                report.count(SummaryRow.Status.SKIPPED), notChecked > 0 ? ", " + notChecked + " not checked" : "",
                report.processed(), report.unchanged(),
                report.timedOut() > 0 ? ", " + report.timedOut() + " timed out" : "");
        if (found.excluded() > 0) {
            out.printf("%s left out (hecha's own JSON outputs, --include/--exclude)%n", Plural.of(found.excluded(), "file"));
        }
        long withErrors = report.rows().stream().filter(r -> r.errors() > 0).count();
        out.printf("%s with errors; summaries in %s%n", Plural.of(withErrors, "report"),
                FileNames.printable(outputDir.toString()));
        out.flush();
        for (String w : report.writeErrors()) err.println("hecha: cannot write " + w);
        err.flush();
        if (!report.writeErrors().isEmpty()) return ExitCodes.INTERNAL;
        if (failed > 0 || notChecked > 0) return ExitCodes.INCOMPLETE;
        return report.hasErrorFindings() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /**
     * Whether stderr is a terminal: the launcher tells ({@code -Dhecha.stderr.tty}, from {@code [ -t 2 ]});
     * without it, whether the JVM has a console.
     */
    private static boolean stderrIsTerminal() {
        String told = System.getProperty("hecha.stderr.tty");
        return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }

    /** {@code -o} must be a folder (or not exist yet) and must not be, or lie inside, a folder being read. */
    private void checkOutputFolder() {
        if (Files.exists(outputDir) && !Files.isDirectory(outputDir)) {
            throw usage("-o " + FileNames.printable(outputDir.toString()) + " is not a folder");
        }
        Path out = real(outputDir);
        for (Path p : paths) {
            if (!Files.isDirectory(p)) continue;
            Path in = real(p);
            if (out.startsWith(in)) {
                throw usage("-o " + FileNames.printable(outputDir.toString()) + (out.equals(in) ? " is" : " lies inside")
                        + " the input folder " + FileNames.printable(p.toString())
                        + ": choose an output folder outside the inputs");
            }
        }
    }

    /** The real path, or for a path that does not exist yet, its real parent joined with the rest. */
    private static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return abs;
        try {
            return existing.toRealPath().resolve(existing.relativize(abs));
        } catch (IOException e) {
            return abs;
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

}
