package io.hecha.read.xlsx;

import io.hecha.model.Document;
import io.hecha.read.BadInputException;
import io.hecha.read.InputFile;
import io.hecha.read.Readers;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

/** Small workbooks written with POI for the spreadsheet reader's tests, and reading them back. */
final class Workbooks {
    private Workbooks() {
    }

    /** Sets a cell (row and column 0-based): a String, a Number (with an optional number format) or a formula "=…". */
    static Cell set(Sheet s, int row, int column, Object v) {
        Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
        Cell c = r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
        if (v instanceof Number n) c.setCellValue(n.doubleValue());
        else if (v instanceof String str && str.startsWith("=")) c.setCellFormula(str.substring(1));
        else c.setCellValue(String.valueOf(v));
        return c;
    }

    /** Gives the cell a number format. */
    static void format(Cell c, String format) {
        Workbook wb = c.getSheet().getWorkbook();
        CellStyle st = wb.createCellStyle();
        st.cloneStyleFrom(c.getCellStyle());
        st.setDataFormat(wb.createDataFormat().getFormat(format));
        c.setCellStyle(st);
    }

    /** Draws thin borders around every cell of the rectangle (creating blank cells where there are none). */
    static void rule(Sheet s, int top, int left, int bottom, int right) {
        Map<Short, CellStyle> ruled = new HashMap<>();
        for (int r = top; r <= bottom; r++) {
            Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
            for (int c = left; c <= right; c++) {
                Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
                cell.setCellStyle(ruled.computeIfAbsent(cell.getCellStyle().getIndex(), k -> {
                    CellStyle st = s.getWorkbook().createCellStyle();
                    st.cloneStyleFrom(cell.getCellStyle());
                    st.setBorderTop(BorderStyle.THIN);
                    st.setBorderBottom(BorderStyle.THIN);
                    st.setBorderLeft(BorderStyle.THIN);
                    st.setBorderRight(BorderStyle.THIN);
                    return st;
                }));
            }
        }
    }

    static byte[] bytes(Workbook wb) throws IOException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            wb.close();
            return out.toByteArray();
        }
    }

    /** An XLS encrypted with a password (RC4, as Excel does for "password to open"). */
    static byte[] encryptedXls(Workbook hssf, String password) throws IOException {
        Biff8EncryptionKey.setCurrentUserPassword(password);
        try {
            return bytes(hssf);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    /** An XLSX encrypted with a password (agile encryption, as Excel does). */
    static byte[] encryptedXlsx(byte[] xlsx, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword(password);
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(xlsx)); OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    static Document read(String name, byte[] bytes) throws BadInputException {
        return Readers.read(new InputFile(name, bytes, null));
    }

    static Document read(String name, byte[] bytes, String password) throws BadInputException {
        return Readers.read(new InputFile(name, bytes, password));
    }
}
