package io.hecha.batch;

import io.hecha.output.SummaryCsv;
import io.hecha.output.SummaryRow;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SummaryCsvTest {
    @Test
    void quotesWhatNeedsQuotingAndDefusesFormulas() throws Exception {
        SummaryRow row = new SummaryRow("a,b.docx", "x.json", "", "docx", "", "=HYPERLINK(\"http://x\")", "2024",
                "-12.5", "+良", 0, 0, SummaryRow.Status.OK, "第1行\n第2行", List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryCsv.write(out, List.of(row));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0));
        String[] lines = text.substring(1).split("\r\n", -1);
        assertEquals(String.join(",", SummaryCsv.HEADER), lines[0]);
        // the last column, checked, is empty: the row says nothing of its coverage
        assertEquals("\"a,b.docx\",docx,,\"'=HYPERLINK(\"\"http://x\"\")\",2024,-12.5,'+良,0,0,ok,\"第1行\n第2行\",x.json,",
                lines[1]);
        assertEquals("", lines[2]);
    }
}
