package io.hecha.output;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The workbook's link to a report's JSON is a valid URI whatever characters the file name holds. */
class SummaryXlsxLinkTest {
    @Test
    void everyFileNameGivesAValidRelativeUri() {
        for (String name : new String[]{"a.docx.json", "2024年 报告.docx.json", "x<img src=x onerror=alert(3)>.docx.json",
                "a\"b{c}|d^e`f\\g%h#i?j.json", "c:d.docx.json"}) {
            String address = SummaryXlsx.fileAddress(name);
            URI uri = URI.create(address);
            assertEquals(name, uri.getPath(), address);
        }
    }
}
