package io.hecha.batch;

import io.hecha.check.Finding;
import io.hecha.extract.Extraction;
import io.hecha.extract.ReportInfo;
import io.hecha.extract.TextField;
import io.hecha.extract.Value;
import io.hecha.model.Diagnostic;
import io.hecha.model.Document;
import io.hecha.model.Source;
import io.hecha.pipeline.Result;
import io.hecha.read.InputFile;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Results and inputs for batch tests that must not depend on the readers. */
final class FakeResults {
    private FakeResults() {
    }

    /** A file the detector calls a PDF (so the batch hands it to the processor); name it by its behaviour. */
    static Path pdfLike(Path dir, String name) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, ("%PDF-1.4\n% " + name + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        return p;
    }

    /** A result with {@code errors} error findings and {@code diagnostics} diagnostics (to make the JSON big). */
    static Result result(InputFile in, int errors, int diagnostics) {
        List<Diagnostic> diags = new ArrayList<>();
        for (int i = 0; i < diagnostics; i++) {
            diags.add(Diagnostic.info("test.padding", "填充诊断 " + i + " ".repeat(50), null));
        }
        Document doc = new Document(new Source(in.fileName(), in.sha256(), "pdf", "application/pdf", 1, "ok"),
                List.of(), List.of(), List.of(), diags);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < errors; i++) {
            io.hecha.model.Location loc = new io.hecha.model.Location("#/tables/6/cells/5/3", "二 > （一）", "表7",
                    "固定资产情况表", 5, 3, "合计", "净值", 4, null, List.of(), "", null);
            findings.add(new Finding("test.sum", Diagnostic.Severity.ERROR, "合计不符，\"引号\", 逗号\n换行 " + i, loc,
                    List.of(new Finding.Evidence("合计 1,234.56", loc)), List.of("1,234.56", "1,230.00"),
                    "[1234.555, 1234.565]", "1230.00"));
        }
        findings.add(new Finding("test.note", Diagnostic.Severity.WARNING, "=HYPERLINK(\"x\") 提示", null,
                List.of(), List.of(), "", ""));
        return new Result(doc, Extraction.empty(), findings);
    }

    /** A result whose report identity has commas, quotes and a line break (CSV quoting). */
    static Result identified(InputFile in) {
        Result base = result(in, 1, 0);
        TextField subject = new TextField("某市某局, \"测试\"\n单位", null);
        Value year = new Value("2024", new BigDecimal("2024"), 0, "", true, null);
        Value score = new Value("88.5", new BigDecimal("88.5"), 1, "分", true, null);
        ReportInfo info = new ReportInfo("部门整体支出绩效评价", subject, null, year, score, new TextField("良", null), null,
                List.of(), List.of(score), List.of());
        Extraction ex = new Extraction("test.yaml", info, List.of(), Map.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
        return new Result(base.document(), ex, base.findings());
    }
}
