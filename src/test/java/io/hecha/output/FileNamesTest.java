package io.hecha.output;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class FileNamesTest {
    @Test
    void controlCharactersAreEscapedForPrintingAndForFileNames() {
        String name = "报告\u202Excod.docx\n[1/1] ok\u001b[2K";
        assertEquals("报告\\u202Excod.docx\\x0A[1/1] ok\\x1B[2K", FileNames.printable(name));
        assertEquals("报告%u202Excod.docx%0A[1/1] ok%1B[2K", FileNames.safeFileName(name));
        String clean = "2024/部门整体支出绩效评价报告.docx";
        assertSame(clean, FileNames.printable(clean), "a clean name is returned as it is");
    }
}
