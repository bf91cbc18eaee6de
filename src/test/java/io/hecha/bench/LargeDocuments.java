package io.hecha.bench;

import io.hecha.check.Checks;
import io.hecha.check.Finding;
import io.hecha.extract.Extraction;
import io.hecha.fixtures.FixtureGenerator;
import io.hecha.fixtures.Variant;
import io.hecha.interpret.Interpretation;
import io.hecha.interpret.Interpreter;
import io.hecha.interpret.TypedTable;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.model.Document;
import io.hecha.read.InputFile;
import io.hecha.read.Readers;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The linear-cost case of the benchmark (issue 14 item 9): one 2,000 × 20 table of 科目编码 rows (类 ⊃ 款
 * ⊃ 项, every parent the sum of its children, a 合计 row and a 合计 column: some 2,100 sums and 2,000 row
 * totals to check) as {@code table.docx}, and the same table after 50,000 body paragraphs as
 * {@code long.docx}. {@code main(DIR)} writes both and prints a Markdown section with the in-process
 * times of reading and of interpretation + checks of the table document (median of warm runs); the
 * script times {@code hecha check} on both files end to end.
 */
public final class LargeDocuments {
    static final int ROWS = 2000, AMOUNTS = 18, PARAGRAPHS = 50_000;

    private LargeDocuments() {
    }

    /** The table in the dump format: 科目编码 | 科目名称 | 合计 | 17 more amount columns. */
    static List<String> table() {
        List<String> out = new ArrayList<>();
        out.add("表1 支出决算明细表");
        out.add("单位：万元");
        List<String> header = new ArrayList<>(List.of("科目编码", "科目名称", "合计"));
        for (int c = 1; c < AMOUNTS; c++) header.add("支出项目" + c);
        row(out, header);
        // 类 → 4 款 → 8 项: 1 + 4 + 32 = 37 rows per 类; 54 类 give 1,998 rows, plus the 合计 row
        int classes = (ROWS - 1) / 37;
        List<List<String>> body = new ArrayList<>();
        BigDecimal[] grand = zeros();
        for (int k = 0; k < classes; k++) {
            String lei = String.valueOf(201 + k);
            List<List<String>> block = new ArrayList<>();
            BigDecimal[] leiSum = zeros();
            List<String> leiRow = new ArrayList<>();
            block.add(leiRow);
            for (int j = 1; j <= 4; j++) {
                String kuan = lei + String.format(Locale.ROOT, "%02d", j);
                List<String> kuanRow = new ArrayList<>();
                block.add(kuanRow);
                BigDecimal[] kuanSum = zeros();
                for (int i = 1; i <= 8; i++) {
                    String xiang = kuan + String.format(Locale.ROOT, "%02d", i);
                    BigDecimal[] v = zeros();
                    for (int c = 1; c < AMOUNTS; c++) {
                        v[c] = BigDecimal.valueOf(((long) (k * 7919 + j * 613 + i * 97 + c * 31) % 90_000) + 100, 2);
                        v[0] = v[0].add(v[c]);
                    }
                    add(kuanSum, v);
                    block.add(cells(xiang, "项目" + xiang, v));
                }
                add(leiSum, kuanSum);
                kuanRow.addAll(cells(kuan, "款" + kuan, kuanSum));
            }
            add(grand, leiSum);
            leiRow.addAll(cells(lei, "类" + lei, leiSum));
            body.addAll(block);
        }
        List<String> total = new ArrayList<>(List.of("{span=2}合计"));
        for (BigDecimal x : grand) total.add(x.toPlainString());
        row(out, total);
        for (List<String> r : body) row(out, r);
        out.add("");
        return out;
    }

    private static BigDecimal[] zeros() {
        BigDecimal[] v = new BigDecimal[AMOUNTS];
        java.util.Arrays.fill(v, BigDecimal.ZERO);
        return v;
    }

    private static void add(BigDecimal[] to, BigDecimal[] v) {
        for (int c = 0; c < to.length; c++) to[c] = to[c].add(v[c]);
    }

    private static List<String> cells(String code, String name, BigDecimal[] v) {
        List<String> r = new ArrayList<>(List.of(code, name));
        for (BigDecimal x : v) r.add(x.toPlainString());
        return r;
    }

    private static void row(List<String> out, List<String> cells) {
        for (String c : cells) out.add("\t" + c);
        out.add("");
    }

    /** {@code paragraphs} body paragraphs (a heading every 500) and then the table. */
    static List<String> document(int paragraphs) {
        List<String> out = new ArrayList<>();
        out.add("[title] 某市某局2024年度部门决算");
        for (int p = 0; p < paragraphs; p++) {
            if (p % 500 == 0) out.add("[heading 1] 第" + (p / 500 + 1) + "部分 工作情况");
            int a = 100 + p % 900, b = 50 + p % 45;
            out.add("（" + (p % 99 + 1) + "）本年度第" + (p + 1) + "项工作支出" + a + ".00万元，较上年增加" + b
                    + ".00万元，主要用于日常运行和专项业务，相关工作按计划推进。");
        }
        out.add("[heading 1] 部门决算表");
        out.addAll(table());
        return out;
    }

    public static void main(String[] args) throws Exception {
        io.hecha.cli.HechaCommand.quietLibraryLogging();
        Path dir = Path.of(args[0]);
        byte[] table = FixtureGenerator.docx(document(0), Variant.STYLED);
        Files.write(dir.resolve("table.docx"), table);
        Files.write(dir.resolve("long.docx"), FixtureGenerator.docx(document(PARAGRAPHS), Variant.STYLED));
        InputFile in = new InputFile("table.docx", table, null);
        Document d = Readers.read(in);
        Interpretation once = new Interpreter().interpret(d);
        TypedTable t = once.tables().get(0);
        List<Finding> findings = Checks.run(once, Extraction.empty());
        long errors = findings.stream().filter(f -> f.severity() != Severity.INFO).count();
        List<Long> read = Measure.times(() -> Readers.read(in), 2, 5);
        List<Long> check = Measure.times(() -> Checks.run(new Interpreter().interpret(d), Extraction.empty()), 2, 5);
        System.out.printf(Locale.ROOT, "- table: %d × %d cells, %d relations asserted, %d not supported; %d findings above info "
                        + "(the table is consistent: 0 expected)%n", t.table().rowCount(), t.table().columnCount(),
                t.relations().size(), t.unsupported().size(), errors);
        System.out.printf(Locale.ROOT, "- in-process, warm (median of 5): read %.0f ms; interpretation + all checks %.0f ms "
                + "(target ≤ 2000 ms: %s)%n", Measure.median(read) / 1e6, Measure.median(check) / 1e6,
                Measure.median(check) / 1e6 <= 2000 ? "met" : "MISSED");
    }
}
