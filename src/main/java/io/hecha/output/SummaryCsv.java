package io.hecha.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code summary.csv}: one row per input, UTF-8 with a byte-order mark so Excel reads the Chinese,
 * RFC 4180 quoting (fields with commas, quotes or line breaks are quoted, quotes doubled), CRLF
 * line ends. A text that a spreadsheet would run as a formula ({@code =…}, {@code +…}, {@code @…})
 * is prefixed with an apostrophe, since report texts are untrusted input.
 */
public final class SummaryCsv {
    /** The header row: the columns' stable names. */
    public static final List<String> HEADER = List.of("file", "format", "report_type", "subject", "year", "score",
            "grade", "errors", "warnings", "status", "reason", "json", "checked");

    private SummaryCsv() {
    }

    /** Writes the summary atomically. */
    public static void write(Path target, List<SummaryRow> rows) throws IOException {
        AtomicFiles.write(target, out -> write(out, rows));
    }

    /** Writes the summary to a stream (not closed). */
    public static void write(OutputStream stream, List<SummaryRow> rows) throws IOException {
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write('\uFEFF');
        line(out, HEADER);
        for (SummaryRow r : rows) {
            line(out, List.of(r.file(), r.format(), r.reportType(), r.subject(), r.year(), r.score(), r.grade(),
                    Integer.toString(r.errors()), Integer.toString(r.warnings()), r.status().id(), r.reason(),
                    r.output(), r.checked() < 0 ? "" : Integer.toString(r.checked())));
        }
        out.flush();
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.write(',');
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    /** One field, defused and quoted as needed. */
    static String field(String s) {
        if (s == null) s = "";
        if (!s.isEmpty() && isFormulaStart(s)) s = "'" + s;
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || (!s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' '));
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static boolean isFormulaStart(String s) {
        char c = s.charAt(0);
        if (c == '=' || c == '@' || c == '\t' || c == '\r') return true;
        if (c == '+' || c == '-') return !s.matches("[+-][0-9][0-9.,]*%?");
        return false;
    }
}
