package io.hecha.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.hecha.index.IndexSummary;
import io.hecha.index.IndexUnavailableException;
import io.hecha.index.Indexer;
import io.hecha.index.LuceneIndex;
import io.hecha.index.ReportStore;
import io.hecha.index.analysis.WordList;
import io.hecha.output.ResultJson;
import io.hecha.pipeline.InputFormat;
import io.hecha.pipeline.Pipeline;
import io.hecha.read.BadInputException;
import io.hecha.read.InputFile;
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
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code hecha index PATH... [--index DIR] [--rebuild]}: indexes reports for {@code hecha search} —
 * hecha's result JSON files (a batch output folder: nothing is read again) and documents (read
 * through the pipeline) — into the embedded index or a Solr collection. Exit 0 when every input was
 * indexed (or was unchanged; files that are not documents are skipped), 6 when some could not be read
 * (the others are indexed), 3 when the index cannot be opened (missing, damaged, Solr not answering),
 * 2 for bad usage, 4 when the index cannot be written.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Index reports for search: hecha's JSON results (e.g. a batch output folder) or documents. "
                + "Unchanged reports are skipped, changed ones replaced.")
public final class IndexCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "JSON results, documents, or folders of them (recursively).")
    List<Path> paths;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "output/index",
            description = "The embedded index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--rebuild", description = "Empty the index first and index everything again.")
    boolean rebuild;

    @Mixin
    SolrOptions solr;

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
        Pipeline pipeline = reportOptions.pipeline(spec);
        WordList words = WordList.standard();
        IndexSummary s;
        String where;
        try (ReportStore store = solr.enabled() ? solr.store(spec) : LuceneIndex.openForWriting(index, words)) {
            where = store.describe();
            Indexer indexer = new Indexer(store, words, p -> read(pipeline, p), err, System.console() != null);
            s = indexer.run(paths, rebuild, solr.enabled() ? null : index);
        } catch (NoSuchFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + e.getFile());
        } catch (IndexUnavailableException e) {
            err.println("hecha: " + e.getMessage());
            debug(e, err);
            return ExitCodes.UNREADABLE;
        } catch (IOException e) {
            err.println("hecha: cannot write the index: " + e.getMessage());
            debug(e, err);
            return ExitCodes.INTERNAL;
        }
        int inputs = s.added() + s.replaced() + s.unchanged() + s.skipped() + s.failed().size();
        double rate = s.seconds() > 0 ? (s.added() + s.replaced()) / s.seconds() : 0;
        out.printf(Locale.ROOT, "%d inputs: %d added, %d replaced, %d unchanged, %d skipped (not documents), %d failed; %d removed (files gone)%n",
                inputs, s.added(), s.replaced(), s.unchanged(), s.skipped(), s.failed().size(), s.removed());
        int indexed = s.added() + s.replaced();
        out.printf(Locale.ROOT, "%s holds %d reports (%.1f s%s)%n", where, s.total(), s.seconds(),
                indexed == 0 ? "" : String.format(Locale.ROOT, ", %.1f reports/s", rate));
        out.flush();
        return s.failed().isEmpty() ? ExitCodes.OK : ExitCodes.INCOMPLETE;
    }

    /** A document's result JSON through the pipeline, or null when the file is not a document. */
    private JsonNode read(Pipeline pipeline, Path file) throws BadInputException {
        InputFile in = reportOptions.open(spec, file);
        InputFormat detected = Pipeline.detect(in);
        if (!detected.known()) return null;
        return ResultJson.of(pipeline.run(in, detected));
    }

    private void debug(Exception e, PrintWriter err) {
        if (parent != null && parent.debug) e.printStackTrace(err);
        err.flush();
    }
}
