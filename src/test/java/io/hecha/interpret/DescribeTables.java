package io.hecha.interpret;

import io.hecha.check.Finding;
import io.hecha.check.Checks;
import io.hecha.extract.Extraction;
import io.hecha.model.Document;
import io.hecha.pipeline.Pipeline;
import io.hecha.read.InputFile;

import java.nio.file.Path;

/** Development aid: prints each typed table of a document and the table findings. Not a test. */
public final class DescribeTables {
    public static void main(String[] args) throws Exception {
        Document d = Pipeline.read(InputFile.of(Path.of(args[0])));
        Interpretation in = new Interpreter().interpret(d);
        for (TypedTable t : in.tables()) {
            if (args.length > 1 && !t.table().id().equals(args[1])) continue;
            System.out.println(t.describe());
        }
        for (Finding f : Checks.run(in, Extraction.empty())) {
            if (f.rule().startsWith("table.")) System.out.println(f.severity() + " " + f.rule() + " " + f.message());
        }
    }
}
