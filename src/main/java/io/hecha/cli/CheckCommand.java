package io.hecha.cli;

import io.hecha.check.Finding;
import io.hecha.interpret.relation.Coverage;
import io.hecha.model.Diagnostic;
import io.hecha.model.Location;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.output.FileNames;
import io.hecha.output.CoverageJson;
import io.hecha.output.FindingsJson;
import io.hecha.output.Plural;
import io.hecha.output.Json;
import io.hecha.pipeline.Pipeline;
import io.hecha.pipeline.Result;
import io.hecha.read.BadInputException;
import io.hecha.read.InputFile;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code hecha check FILE... [--format text|json]}: rechecks each report's arithmetic and prints the findings. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Recheck the arithmetic of each report (totals, rates, differences, scores, grades, "
                + "restated figures) and print the findings grouped per file.",
        footer = {"", "Under each file: its findings, the reader's diagnostics of warning level and above, "
                + "extraction failures, and what was checked (\"checked 214 relations in 9 tables and 31 sentences\", or "
                + "\"not checked: REASON\").",
                "", "Exit codes: 0 every input checked, no error finding; 1 at least one error finding; 8 a document "
                + "was read but nothing in it could be checked (no text layer, no table or figure, no relation; "
                + "takes precedence over 1); 3 at least one input could not be read or ran out of --timeout (takes precedence over 8 and 1: "
                + "the check is incomplete); 2 bad usage or a bad --mapping file; 4 internal error."})
public final class CheckCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Reports to check (DOCX, PDF, DOC, …).")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

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
        boolean unreadable = false, notChecked = false;
        int errors = 0, warnings = 0, infos = 0;
        ArrayNode json = Json.MAPPER.createArrayNode();
        for (Path file : files) {
            List<Finding> findings;
            Result r;
            try {
                InputFile in = reportOptions.open(spec, file);
                r = timeout.run(spec, pipeline, in);
                findings = r.findings();
            } catch (BadInputException e) {
                // said once: on stdout in the text report, on stderr beside the JSON
                if (parent != null && parent.debug) e.printStackTrace(err);
                unreadable = true;
                if (format == Format.json) {
                    err.println("hecha: " + e.getMessage());
                    ObjectNode n = json.addObject();
                    n.put("file", FileNames.printable(file.toString()));
                    n.put("error", e.reason());
                } else {
                    out.println("== " + FileNames.printable(file.toString()) + ": unreadable: " + e.reason());
                }
                continue;
            }
            int e = count(findings, Severity.ERROR), w = count(findings, Severity.WARNING);
            errors += e;
            warnings += w;
            infos += count(findings, Severity.INFO);
            Coverage coverage = r.coverage();
            notChecked |= coverage.notChecked() != null;
            if (format == Format.json) {
                ObjectNode n = json.addObject();
                n.put("file", FileNames.printable(file.toString()));
                n.set("findings", FindingsJson.of(findings));
                n.set("coverage", CoverageJson.of(coverage));
            } else {
                out.println("== " + FileNames.printable(file.toString()) + ": " + Plural.of(e, "error") + ", "
                        + Plural.of(w, "warning") + "; " + summary(coverage));
                for (Finding f : findings) printText(out, f);
                for (Diagnostic d : diagnostics(r)) printText(out, d);
            }
        }
        if (format == Format.json) {
            out.print(Json.toText(json));
        } else {
            out.println(Plural.of(files.size(), "file") + ": " + Plural.of(errors, "error") + ", "
                    + Plural.of(warnings, "warning")
                    + (infos > 0 ? ", " + infos + " info" : "") + (unreadable ? ", some input unreadable" : "")
                    + (notChecked ? ", some input not checked" : ""));
        }
        out.flush();
        err.flush();
        if (unreadable) return ExitCodes.UNREADABLE;
        if (notChecked) return ExitCodes.NOT_CHECKED;
        return errors > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** "checked 214 relations in 9 tables and 31 sentences", or "not checked: REASON". */
    static String summary(Coverage c) {
        if (c.notChecked() != null) return "not checked: " + c.notChecked();
        return "checked " + Plural.of(c.relations(), "relation") + " in " + Plural.of(c.tables(), "table") + " and "
                + Plural.of(c.sentences(), "sentence");
    }

    /**
     * The reader's diagnostics of warning level and above and the extraction's errors (its warnings say
     * which report field was not found: they are in the JSON, not in the check).
     */
    private static List<Diagnostic> diagnostics(Result r) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : r.document().diagnostics()) if (d.severity() != Severity.INFO) out.add(d);
        for (Diagnostic d : r.extraction().diagnostics()) if (d.severity() == Severity.ERROR) out.add(d);
        return out;
    }

    private static void printText(PrintWriter out, Diagnostic d) {
        Integer page = d.where() == null ? null : d.where().page();
        out.println(d.severity().name().toUpperCase(Locale.ROOT) + " " + d.code() + " — " + d.message()
                + (page == null ? "" : " (page " + page + ")"));
    }

    private static int count(List<Finding> findings, Severity s) {
        return (int) findings.stream().filter(f -> f.severity() == s).count();
    }

    private static void printText(PrintWriter out, Finding f) {
        out.println(f.severity().name().toUpperCase(Locale.ROOT) + " " + f.rule() + " — " + f.message());
        String where = where(f.location());
        if (!where.isEmpty()) out.println("    at " + where);
        for (Finding.Evidence e : f.evidence()) {
            String w = where(e.location());
            out.println("    evidence: " + e.text().replace('\n', ' ') + (w.isEmpty() ? "" : "  (" + w + ")"));
        }
        out.println("    values: " + String.join(", ", f.values())
                + (f.expected().isEmpty() ? "" : "; expected " + f.expected())
                + (f.actual().isEmpty() ? "" : "; actual " + f.actual()));
    }

    static String where(Location l) {
        List<String> parts = new ArrayList<>();
        if (!l.table().isEmpty()) parts.add(l.table() + (l.caption().isEmpty() || l.caption().startsWith(l.table())
                ? (l.caption().isEmpty() ? "" : " " + l.caption().substring(l.table().length()).strip())
                : " " + l.caption()));
        if (!l.rowLabel().isEmpty()) parts.add("row " + l.rowLabel());
        if (!l.columnLabel().isEmpty()) parts.add("column " + l.columnLabel());
        if (!l.sectionPath().isEmpty()) parts.add("section " + l.sectionPath());
        if (l.page() != null) parts.add("page " + l.page());
        if (!l.bookmark().isEmpty()) parts.add("bookmark " + l.bookmark());
        return String.join(", ", parts);
    }
}
