package io.hecha.cli;

import io.hecha.batch.BatchInput;
import io.hecha.batch.BatchOptions;
import io.hecha.batch.BatchReport;
import io.hecha.batch.BatchRunner;
import io.hecha.batch.InputCollector;
import io.hecha.batch.InputFilter;
import io.hecha.batch.MappingsVersion;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code hecha batch PATH... [-o DIR]}: reads every file under the paths, writes one JSON per input
 * and the summaries ({@code summary.csv}, {@code summary.xlsx}, {@code report.html}). Exit code 0
 * when no input has an error finding, 1 when some do — inputs that could not be read do not change
 * it (they are in the summaries with the reason); 2 for bad usage; 4 when outputs could not be written.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Review folders of reports: one JSON per input plus summary.csv, summary.xlsx and "
                + "report.html. Unchanged inputs are skipped on a rerun.")
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
            description = "Time limit for one input (default: ${DEFAULT-VALUE}).")
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
        Pipeline pipeline = reportOptions.pipeline(spec);
        String extra = MappingsVersion.of(pipeline.mappings());
        if (reportOptions.password != null) {
            extra += "; password " + sha256(reportOptions.password.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        }
        BatchOptions options = new BatchOptions(outputDir, threads, Duration.ofSeconds(timeoutSeconds),
                maxSizeMb * 1024 * 1024, force, reportOptions.password, extra);
        InputFilter filter;
        try {
            filter = new InputFilter(includes, excludes);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        List<BatchInput> inputs;
        int excluded;
        try {
            InputCollector.Inputs found = InputCollector.scan(paths, outputDir, filter);
            inputs = found.inputs();
            excluded = found.excluded();
        } catch (NoSuchFileException e) {
            throw usage("no such file or folder: " + e.getFile());
        } catch (IOException e) {
            throw usage("cannot list inputs: " + e.getMessage());
        }
        BatchReport report;
        try {
            report = new BatchRunner(options, pipeline::run, err, System.console() != null).run(inputs);
        } catch (IOException e) {
            err.println("hecha: batch failed: " + e.getMessage());
            if (parent != null && parent.debug) e.printStackTrace(err);
            err.flush();
            return ExitCodes.INTERNAL;
        }
        out.printf("%d inputs: %d ok, %d failed, %d skipped (not documents); %d read now, %d unchanged since the last run%s%n",
                report.rows().size(), report.count(SummaryRow.Status.OK), report.count(SummaryRow.Status.FAILED),
                report.count(SummaryRow.Status.SKIPPED), report.processed(), report.unchanged(),
                report.timedOut() > 0 ? ", " + report.timedOut() + " timed out" : "");
        if (excluded > 0) out.printf("%d files left out (hecha's own JSON outputs, --include/--exclude)%n", excluded);
        long withErrors = report.rows().stream().filter(r -> r.errors() > 0).count();
        out.printf("%d reports with errors; summaries in %s%n", withErrors, outputDir.resolve(BatchRunner.CSV).getParent());
        out.flush();
        for (String w : report.writeErrors()) err.println("hecha: cannot write " + w);
        err.flush();
        if (!report.writeErrors().isEmpty()) return ExitCodes.INTERNAL;
        return report.hasErrorFindings() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
