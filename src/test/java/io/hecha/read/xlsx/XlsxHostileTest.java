package io.hecha.read.xlsx;

import io.hecha.TestFiles;
import io.hecha.model.Document;
import io.hecha.read.BadInputException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static io.hecha.read.xlsx.Workbooks.read;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Damaged and hostile spreadsheets fail with a reason naming the problem, never with a parser's exception. */
class XlsxHostileTest {
    private static byte[] xlsx() throws IOException {
        return Files.readAllBytes(TestFiles.fixture("self-eval-form-sample.xlsx"));
    }

    private static byte[] xls() throws IOException {
        return Files.readAllBytes(TestFiles.fixture("self-eval-form-sample.xls"));
    }

    @Test
    void truncatedWorkbooksSaySo() throws Exception {
        for (int percent : new int[]{30, 60, 80}) {
            byte[] x = xlsx();
            assertReason(Arrays.copyOf(x, x.length * percent / 100), "truncated or corrupt XLSX");
            byte[] s = xls();
            assertReason(Arrays.copyOf(s, s.length * percent / 100), "truncated or corrupt XLS");
        }
        byte[] x = xlsx();
        try {  // only the central directory is cut: every part is still there, and may be read
            read("bad", Arrays.copyOf(x, x.length - 20));
        } catch (BadInputException e) {
            assertTrue(e.reason().contains("truncated or corrupt XLSX"), e.reason());
        }
    }

    @Test
    void corruptPartsSaySo() throws Exception {
        assertReason(replace(xlsx(), "xl/worksheets/sheet1.xml", b -> "<worksheet><sheetData><row r=\"1\"><c r=\"A1\""
                .getBytes(StandardCharsets.UTF_8)), "corrupt XLSX");
        assertReason(replace(xlsx(), "xl/workbook.xml", b -> new byte[0]), "corrupt XLSX");
        byte[] s = xls();
        for (int i = 1024; i < s.length; i += 7) s[i] = (byte) (s[i] * 31 + 7); // the workbook stream overwritten
        assertReason(s, "damaged");
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Files.writeString(TestFiles.fixtures().resolveSibling("target").resolve("xlsx-secret.txt"), "XXE-SECRET-xlsx");
        String secret = TestFiles.fixtures().resolveSibling("target").resolve("xlsx-secret.txt").toUri().toString();
        byte[] evil = replace(xlsx(), "xl/sharedStrings.xml", b -> ("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY x SYSTEM \""
                + secret + "\">]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&x;</t></si></sst>")
                .getBytes(StandardCharsets.UTF_8));
        try {
            Document d = read("xxe.xlsx", evil);
            assertFalse(d.toString().contains("XXE-SECRET-xlsx"), "the entity was resolved");
        } catch (BadInputException e) {
            assertFalse(e.reason().isBlank());
            assertFalse(e.getMessage().contains("XXE-SECRET-xlsx"));
        }
    }

    @Test
    void zipBombIsRefused() throws Exception {
        byte[] bomb = replace(xlsx(), "xl/worksheets/sheet1.xml", b -> {
            String open = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
            byte[] out = new byte[40 * 1024 * 1024];
            Arrays.fill(out, (byte) ' ');
            System.arraycopy(open.getBytes(StandardCharsets.US_ASCII), 0, out, 0, open.length());
            return out;
        });
        assertTrue(bomb.length < 1024 * 1024, "small on disk");
        assertReason(bomb, "zip bomb");
    }

    @Test
    void aSheetWithCellsAtItsFarCornersReadsQuickly() throws Exception {
        org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        var s = wb.createSheet("角");
        Workbooks.set(s, 0, 0, "左上");
        Workbooks.set(s, 1_048_575, 16_383, "右下");
        long t0 = System.nanoTime();
        Document d = read("corners.xlsx", Workbooks.bytes(wb));
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "no grid over the empty range");
        assertTrue(d.tables().isEmpty(), "two lone texts are no table");
        assertTrue(d.paragraphs().stream().anyMatch(p -> p.text().equals("右下")));
    }

    private static void assertReason(byte[] bytes, String expected) {
        BadInputException e = assertThrows(BadInputException.class, () -> read("bad", bytes));
        assertTrue(e.reason().contains(expected), e.reason());
        assertFalse(e.reason().contains("\n"), "one line: " + e.reason());
    }

    private static byte[] replace(byte[] zip, String entry, Function<byte[], byte[]> edit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] b = in.readAllBytes();
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(e.getName().equals(entry) ? edit.apply(b) : b);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
