package io.hecha.batch;

import io.hecha.output.FindingRows;
import io.hecha.output.ResultJson;
import io.hecha.output.SummaryRow;
import io.hecha.output.SummaryRow.Status;
import io.hecha.pipeline.Result;
import io.hecha.read.BadInputException;
import io.hecha.read.InputFile;
import io.hecha.pipeline.InputFormat;
import io.hecha.pipeline.Pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Handles one input in a worker thread: size limit, hash (and reuse of the last run's result when
 * unchanged), detection by content, then read → extract → check and the JSON text. Never throws:
 * every failure, including parser bugs, stack overflows and running out of memory, becomes a row
 * with the reason. It writes nothing: the coordinator writes the JSON if the task finished in time.
 */
final class FileTask implements Callable<Outcome> {
    /** Media types that may hold a document though no reader claims them: they are read, not skipped. */
    private static final Set<String> CONTAINERS = Set.of("application/zip", "application/x-tika-msoffice",
            "application/x-tika-ooxml", "application/x-tika-ooxml-protected", "application/x-tika-ole-protected");
    private static final int MAX_REASON = 500;

    private final BatchInput input;
    private final BatchOptions options;
    private final InputProcessor pipeline;
    private final String version;
    private final BatchState.Entry previous;

    FileTask(BatchInput input, BatchOptions options, InputProcessor pipeline, String version, BatchState.Entry previous) {
        this.input = input;
        this.options = options;
        this.pipeline = pipeline;
        this.version = version;
        this.previous = previous;
    }

    @Override
    public Outcome call() {
        String sha = "";
        String format = "";
        if (!input.skipped().isEmpty()) return Outcome.failed(notRead("", "", Status.SKIPPED, input.skipped()), true);
        try {
            long size = Files.size(input.path());
            if (size > options.maxBytes()) {
                return Outcome.failed(notRead("", "", Status.FAILED, "too large: " + megabytes(size)
                        + " MB, over the limit of " + megabytes(options.maxBytes()) + " MB (--max-size)"), false);
            }
            InputFile in = new InputFile(String.valueOf(input.path().getFileName()), Files.readAllBytes(input.path()),
                    options.password());
            sha = in.sha256();
            Outcome reused = reuse(sha);
            if (reused != null) return reused;
            if (in.bytes().length == 0) return Outcome.failed(notRead(sha, "", Status.FAILED, "empty file (0 bytes)"), true);
            InputFormat d = Pipeline.detect(in);
            format = d.id();
            if (!d.known()) {
                if (!CONTAINERS.contains(d.mediaType())) {
                    return Outcome.failed(notRead(sha, format, Status.SKIPPED,
                            "not a document (detected " + d.mediaType() + ")"), true);
                }
            }
            Result r = pipeline.process(in, d);
            in = null; // let the bytes go before serialising
            String json = ResultJson.text(r);
            return new Outcome(FindingRows.summarise(input.display(), input.output(), sha, r), json, false, true);
        } catch (BadInputException e) {
            return Outcome.failed(notRead(sha, format, Status.FAILED, e.reason()), true);
        } catch (IOException e) {
            return Outcome.failed(notRead(sha, format, Status.FAILED, "cannot read file: " + e), false);
        } catch (StackOverflowError e) {
            return Outcome.failed(notRead(sha, format, Status.FAILED,
                    "structure too deeply nested (stack overflow while reading)"), true);
        } catch (OutOfMemoryError e) {
            return Outcome.failed(notRead(sha, format, Status.FAILED, "out of memory while reading"), false);
        } catch (RuntimeException | Error e) {
            return Outcome.failed(notRead(sha, format, Status.FAILED, "internal error (a bug in hecha or a parser): "
                    + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage())), true);
        }
    }

    /** The last run's outcome when the content and the processing version are the same. */
    private Outcome reuse(String sha) {
        if (options.force() || previous == null || !previous.reusable()) return null;
        if (!previous.sha256().equals(sha) || !previous.version().equals(version)) return null;
        SummaryRow row = previous.row();
        if ((row.status() == Status.OK || row.status() == Status.NOT_CHECKED) && (row.output().isEmpty() || !Files.isRegularFile(jsonPath()))) return null;
        SummaryRow now = new SummaryRow(input.display(), row.output(), row.sha256(), row.format(), row.reportType(),
                row.subject(), row.year(), row.score(), row.grade(), row.errors(), row.warnings(), row.status(),
                row.reason(), row.findings(), row.checked());
        return new Outcome(now, null, true, true);
    }

    private Path jsonPath() {
        return options.outputDir().resolve(input.output());
    }

    private SummaryRow notRead(String sha, String format, Status status, String reason) {
        String r = reason == null || reason.isBlank() ? "unreadable (no reason given)" : reason.strip();
        int nl = r.indexOf('\n');
        if (nl > 0) r = r.substring(0, nl).strip(); // parsers add paragraphs of advice: the first line says it
        if (r.length() > MAX_REASON) r = r.substring(0, MAX_REASON) + "…";
        return SummaryRow.notRead(input.display(), sha, format, status, r);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
