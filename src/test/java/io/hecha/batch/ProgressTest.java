package io.hecha.batch;

import io.hecha.output.DisplayWidth;
import io.hecha.output.SummaryRow;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress line: fits 80 columns with CJK names counted double, names the input, elapsed and ETA. */
class ProgressTest {
    private static final String LONG_CJK = "reports/2024/某某市某某区财政局关于某某单位部门整体支出绩效评价报告（最终稿）第二次修改.docx";

    @Test
    void wideCharactersCountTwoColumns() {
        assertEquals(4, DisplayWidth.of("报告"));
        assertEquals(6, DisplayWidth.of("a（b）"));
        assertEquals(5, DisplayWidth.of("abcde"));
        assertEquals(1, DisplayWidth.of("e\u0301"), "a combining accent takes no column");
        assertEquals(2, DisplayWidth.of("\uD840\uDC00"), "an ideograph outside the BMP");
        assertEquals("…告.docx", DisplayWidth.cutStart("报告.docx", 8));
        assertEquals(8, DisplayWidth.of(DisplayWidth.cutStart("报告报告.docx", 9)), "a wide character is not cut in half");
    }

    @Test
    void theLineFitsEightyColumnsAndSaysWhatItReads() {
        String line = Progress.line(12, 40, Duration.ofSeconds(30), LONG_CJK, 80);
        assertTrue(DisplayWidth.of(line) <= 79, DisplayWidth.of(line) + ": " + line);
        assertTrue(DisplayWidth.of(line) >= 75, "uses the room it has: " + line);
        assertTrue(line.startsWith("[#####-"), line);
        assertTrue(line.contains(" 12/40 0:30 ETA 1:10 "), line);
        assertTrue(line.endsWith("第二次修改.docx"), "the end of the name, which tells files apart: " + line);
        assertTrue(line.contains("…"), line);

        String narrow = Progress.line(1, 3, Duration.ofSeconds(5), LONG_CJK, 20);
        assertTrue(DisplayWidth.of(narrow) <= 19, narrow);
        assertEquals("[###################] 3/3 1:02:03", Progress.line(3, 3, Duration.ofSeconds(3723), "", 80));
    }

    @Test
    void onATerminalEveryRedrawnLineFitsAndFailuresGetTheirOwnLine() {
        StringWriter w = new StringWriter();
        Progress p = new Progress(new PrintWriter(w), true, 2, 80);
        BatchInput a = new BatchInput(Path.of("/x/a.docx"), LONG_CJK, "a.json");
        BatchInput b = new BatchInput(Path.of("/x/b.docx"), "reports/b.docx", "b.json");
        p.started(a);
        p.started(b);
        p.finished(a, Outcome.failed(SummaryRow.notRead(a.display(), "", "", SummaryRow.Status.FAILED, "truncated"), true));
        p.finished(b, Outcome.failed(SummaryRow.notRead(b.display(), "", "", SummaryRow.Status.SKIPPED, "not a document"), true));
        p.close();
        String out = w.toString();
        for (String segment : out.split("[\r\n]")) {
            if (segment.contains(" — failed: ")) continue; // a log line of its own, not redrawn: it may wrap
            assertTrue(DisplayWidth.of(segment) <= 79, DisplayWidth.of(segment) + ": " + segment);
        }
        assertTrue(out.contains("[1/2] " + LONG_CJK + " — failed: truncated\n"), out);
        assertTrue(out.contains("第二次修改.docx"), "the bar names the input being read: " + out);
        assertTrue(!out.contains("[2/2] reports/b.docx"), "on a terminal only failures get their own line");
    }

    @Test
    void withoutATerminalOneLinePerInput() {
        StringWriter w = new StringWriter();
        Progress p = new Progress(new PrintWriter(w), false, 2, 80);
        BatchInput a = new BatchInput(Path.of("/x/a.docx"), "a.docx", "a.json");
        p.started(a);
        p.finished(a, Outcome.failed(SummaryRow.notRead("a.docx", "", "", SummaryRow.Status.SKIPPED, "not a document"), true));
        p.close();
        assertEquals(List.of("[1/2] a.docx — skipped: not a document"), w.toString().lines().toList());
    }
}
