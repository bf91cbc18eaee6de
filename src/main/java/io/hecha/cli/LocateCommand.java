package io.hecha.cli;

import io.hecha.locate.Located;
import io.hecha.locate.Locator;
import io.hecha.model.Block;
import io.hecha.model.Chart;
import io.hecha.model.ChartSeries;
import io.hecha.model.Document;
import io.hecha.model.Paragraph;
import io.hecha.model.Table;
import io.hecha.output.LocateJson;
import io.hecha.read.BadInputException;
import io.hecha.read.InputFile;
import io.hecha.pipeline.Pipeline;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code hecha locate FILE (--bookmark NAME | --heading TEXT | --table ID) [--format text|json]}:
 * prints a heading's whole section, a bookmark's paragraph/section/cell, or a table with its caption.
 */
@Command(name = "locate", mixinStandardHelpOptions = true,
        description = "Print a section, a bookmarked place or a table of a report.")
public final class LocateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The report to read.")
    Path file;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Query query;

    /** Exactly one of the three queries. */
    static final class Query {
        @Option(names = "--bookmark", paramLabel = "NAME", description = "A bookmark name, e.g. _Toc26370.")
        String bookmark;
        @Option(names = "--heading", paramLabel = "TEXT",
                description = "Heading text; white space and the number are ignored (资产情况 finds （二）资产情况).")
        String heading;
        @Option(names = "--table", paramLabel = "ID", description = "A table id from its caption, e.g. 表7.")
        String table;
    }

    /** Output formats. */
    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default) or json.")
    Format format;

    @Mixin
    PasswordOptions passwords = new PasswordOptions();

    @ParentCommand
    HechaCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Document doc;
            InputFile in;
            try {
                in = Inputs.open(file, passwords.password(spec));
                doc = Pipeline.read(in);
            } catch (BadInputException e) {
                err.println("hecha: " + e.getMessage());
                if (parent != null && parent.debug) e.printStackTrace(err);
                return ExitCodes.UNREADABLE;
            }
            Locator locator = new Locator(doc);
            String kind;
            String value;
            Optional<Located> hit;
            if (query.bookmark != null) {
                kind = "bookmark";
                value = query.bookmark;
                hit = locator.bookmark(value);
            } else if (query.heading != null) {
                kind = "heading";
                value = query.heading;
                hit = locator.heading(value);
            } else {
                kind = "table";
                value = query.table;
                hit = locator.table(value);
            }
            if (hit.isEmpty()) {
                err.println("hecha: " + in.fileName() + ": no " + kind + " matching \"" + value + "\"");
                return ExitCodes.NOT_FOUND;
            }
            if (format == Format.json) out.print(LocateJson.text(in.fileName(), kind, value, hit.get()));
            else printText(out, hit.get());
            return ExitCodes.OK;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Plain text: paragraphs as lines, tables as caption then one line per grid row, cells joined by " | ". */
    static void printText(PrintWriter out, Located hit) {
        if (hit.kind() == Located.Kind.CELL && hit.cell() != null) {
            out.println("[" + hit.table().id() + " row " + (hit.cell().row() + 1) + ", column "
                    + (hit.cell().column() + 1) + "] " + hit.cell().text());
            out.println();
        }
        String lastLine = "";
        for (Block b : hit.blocks()) {
            if (b instanceof Paragraph p) {
                if (!p.displayText().isBlank()) out.println(p.displayText());
                lastLine = p.displayText().strip();
            } else if (b instanceof Table t) {
                if (t.caption().isEmpty()) out.println("[" + t.id() + "]");
                else if (!t.caption().strip().equals(lastLine)) out.println(t.caption());
                lastLine = "";
                for (List<String> row : t.grid()) {
                    out.println(String.join(" | ", row.stream().map(c -> c.replace("\n", " / ")).toList()));
                }
            } else if (b instanceof Chart c) {
                out.println(c.caption().isEmpty() ? "[" + c.id() + "]" : c.caption());
                lastLine = "";
                out.println("  " + c.type() + ": " + String.join(" | ", c.categories()));
                for (ChartSeries s : c.series()) out.println("  " + s.name() + ": " + String.join(" | ", s.values()));
            }
        }
    }
}
