package io.hecha.cli;

import io.hecha.output.FileNames;
import io.hecha.output.Json;
import io.hecha.output.ResultJson;
import io.hecha.pipeline.Pipeline;
import io.hecha.pipeline.Result;
import io.hecha.read.BadInputException;
import io.hecha.read.InputFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code hecha extract FILE... [-o DIR]}: writes {@code DIR/<file name>.json} for each input. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Read each report and write its JSON (document model, extracted facts, findings).")
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Reports to read (DOCX, PDF, DOC, …).")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
            description = "Directory for the JSON files (default: ${DEFAULT-VALUE}).")
    Path outputDir;

    @Mixin
    ReportOptions reportOptions;

    @Mixin
    TimeoutOption timeout;

    @ParentCommand
    HechaCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = reportOptions.pipeline(spec);
        int code = ExitCodes.OK;
        for (Path file : files) {
            try {
                InputFile in = reportOptions.open(spec, file);
                Result r = timeout.run(spec, pipeline, in);
                Path target = outputDir.resolve(FileNames.safeFileName(in.fileName()) + ".json");
                Json.writeAtomically(target, ResultJson.text(r));
                out.println(FileNames.printable(file.toString()) + " -> " + FileNames.printable(target.toString()));
            } catch (BadInputException e) {
                err.println("hecha: " + e.getMessage());
                if (parent != null && parent.debug) e.printStackTrace(err);
                code = Math.max(code, ExitCodes.UNREADABLE);
            } catch (IOException e) {
                err.println("hecha: cannot write output for " + FileNames.printable(file.toString()) + ": " + e.getMessage());
                code = ExitCodes.INTERNAL;
            }
        }
        out.flush();
        err.flush();
        return code;
    }
}
