package io.hecha.read.xlsx;

import io.hecha.read.BadInputException;
import io.hecha.read.InputFile;
import io.hecha.read.OfficePackages;
import io.hecha.read.ParserLimits;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Opens spreadsheet bytes as a POI {@link Workbook}: XLSX/XLSM/XLTX (OOXML, possibly encrypted) and
 * XLS (BIFF8, possibly encrypted; WPS {@code .et} files are BIFF8 too). Every way the input can be
 * unreadable becomes a {@link BadInputException} with a reason, as for DOCX: not a spreadsheet,
 * encrypted without (or with the wrong) password, an Excel 5/95 file, truncated or corrupt, too
 * large when unpacked (POI's zip-bomb limits, {@link ParserLimits}).
 */
final class WorkbookOpener {

    private WorkbookOpener() {
    }

    /** An open workbook; the caller closes it (which never writes anything back). */
    static Workbook open(InputFile in) throws BadInputException {
        ParserLimits.install();
        byte[] b = in.bytes();
        if (OfficePackages.isOle2(b)) return openOle2(in);
        if (OfficePackages.isZip(b)) return openOoxml(in, new ByteArrayInputStream(b));
        throw new BadInputException(in.fileName(), "not a spreadsheet: neither an OOXML package nor an OLE2 file");
    }

    private static Workbook openOle2(InputFile in) throws BadInputException {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(new ByteArrayInputStream(in.bytes()));
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(in.fileName(), "truncated or corrupt XLS: " + reason(e), e);
        }
        if (OfficePackages.isEncryptedPackage(fs)) return openOoxml(in, OfficePackages.decrypt(in, fs));
        if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("WORKBOOK")
                && !fs.getRoot().hasEntry("BOOK") && !fs.getRoot().hasEntry("Book")) {
            throw new BadInputException(in.fileName(), "not a spreadsheet: an OLE2 file without a workbook stream");
        }
        Biff8EncryptionKey.setCurrentUserPassword(in.password());
        try {
            return new HSSFWorkbook(fs.getRoot(), true);
        } catch (OldExcelFormatException e) {
            throw new BadInputException(in.fileName(), "an Excel 5.0/95 (BIFF5) or older workbook: not supported", e);
        } catch (EncryptedDocumentException e) {
            throw new BadInputException(in.fileName(), in.password() == null
                    ? "encrypted: a password is required" : "encrypted: wrong password", e);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(in.fileName(), "truncated or corrupt XLS: " + reason(e), e);
        } catch (StackOverflowError e) {
            throw new BadInputException(in.fileName(), "corrupt XLS: structure nested too deeply", null);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    private static Workbook openOoxml(InputFile in, InputStream data) throws BadInputException {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(data);
            return new XSSFWorkbook(pkg);
        } catch (NotOfficeXmlFileException e) {
            OfficePackages.revert(pkg);
            throw new BadInputException(in.fileName(), "not a spreadsheet: " + reason(e), e);
        } catch (InvalidFormatException e) {
            OfficePackages.revert(pkg);
            throw new BadInputException(in.fileName(), "truncated or corrupt XLSX: " + reason(e), e);
        } catch (IOException | RuntimeException e) {
            OfficePackages.revert(pkg);
            String why = reason(e);
            if (why.toLowerCase().contains("zip bomb")) {
                throw new BadInputException(in.fileName(), "too large when unpacked (zip bomb protection): " + why, e);
            }
            if (why.contains("DOCTYPE")) {
                throw new BadInputException(in.fileName(), "not a valid XLSX: a part declares a DTD"
                        + " (refused: external entities are never resolved)", e);
            }
            if (isNotAWorkbook(why)) throw new BadInputException(in.fileName(), "not an XLSX workbook: " + why, e);
            throw new BadInputException(in.fileName(), "truncated or corrupt XLSX: " + why, e);
        } catch (StackOverflowError e) {
            OfficePackages.revert(pkg);
            throw new BadInputException(in.fileName(), "corrupt XLSX: structure nested too deeply", null);
        }
    }

    private static boolean isNotAWorkbook(String why) {
        return why.contains("content type") || why.contains("No valid entries") || why.contains("not a valid OOXML")
                || why.contains("Strict OOXML") || why.contains("is not a spreadsheet");
    }

    private static String reason(Throwable e) {
        return OfficePackages.reason(e);
    }


}
