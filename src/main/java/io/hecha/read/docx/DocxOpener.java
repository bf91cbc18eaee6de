package io.hecha.read.docx;

import io.hecha.read.BadInputException;
import io.hecha.read.InputFile;
import io.hecha.read.OfficePackages;
import io.hecha.read.ParserLimits;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Opens DOCX bytes as a {@link DocxPackage}, turning every way the input can be unreadable into a
 * {@link BadInputException} with a reason: not a ZIP/OOXML package, encrypted (decrypted when a
 * password is given), truncated or corrupt, too large when unpacked. POI's zip-bomb limits
 * ({@code ZipSecureFile}) and its XML parsers (no external entities) apply.
 */
final class DocxOpener {

    private DocxOpener() {
    }

    /** Opens the input; the caller closes the document. */
    public static DocxPackage open(InputFile in) throws BadInputException {
        guardZipBombLimit();
        byte[] b = in.bytes();
        if (OfficePackages.isOle2(b)) return open(in, decrypt(in));
        if (!OfficePackages.isZip(b)) {
            throw new BadInputException(in.fileName(), "not a DOCX: the file is not a ZIP package");
        }
        return open(in, new ByteArrayInputStream(b));
    }

    private static DocxPackage open(InputFile in, InputStream data) throws BadInputException {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(data);
            PackagePart main = mainPart(pkg);
            if (main == null) {
                pkg.revert();
                throw new BadInputException(in.fileName(), "not a DOCX: the package has no main document part");
            }
            String ct = main.getContentType();
            if (!ct.contains("wordprocessingml") && !ct.contains("ms-word")) {
                pkg.revert();
                throw new BadInputException(in.fileName(), "not a DOCX: the main part is " + ct);
            }
            return new DocxPackage(pkg, main);
        } catch (BadInputException e) {
            throw e;
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new BadInputException(in.fileName(), "not a DOCX: an OLE2 file (legacy Office format?)", e);
        } catch (NotOfficeXmlFileException e) {
            OfficePackages.revert(pkg);
            throw new BadInputException(in.fileName(), "not a DOCX: " + reason(e), e);
        } catch (InvalidFormatException e) {
            OfficePackages.revert(pkg);
            throw new BadInputException(in.fileName(), "truncated or corrupt DOCX: " + reason(e), e);
        } catch (IOException | RuntimeException e) {
            OfficePackages.revert(pkg);
            String why = reason(e);
            if (why.toLowerCase().contains("zip bomb")) {
                throw new BadInputException(in.fileName(), "too large when unpacked (zip bomb protection): " + why, e);
            }
            if (isWrongContent(e)) {
                throw new BadInputException(in.fileName(), "not a DOCX: " + why, e);
            }
            throw new BadInputException(in.fileName(), "truncated or corrupt DOCX: " + why, e);
        } catch (StackOverflowError e) {
            OfficePackages.revert(pkg);
            throw new BadInputException(in.fileName(), "corrupt DOCX: structure nested too deeply", null);
        }
    }

    /**
     * Tika's OOXML detector switches POI's zip-bomb ratio check off for the whole process when it is
     * first initialised ({@code ZipSecureFile.setMinInflateRatio(-1)}), and every input is detected
     * by Tika before it is read; so the check is put back before each DOCX is opened.
     */
    static void guardZipBombLimit() {
        if (ZipSecureFile.getMinInflateRatio() < ParserLimits.MIN_INFLATE_RATIO) {
            ZipSecureFile.setMinInflateRatio(ParserLimits.MIN_INFLATE_RATIO);
        }
    }

    private static PackagePart mainPart(OPCPackage pkg) throws InvalidFormatException {
        for (PackageRelationship r : pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)) {
            return pkg.getPart(r);
        }
        for (PackageRelationship r : pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT)) {
            return pkg.getPart(r);
        }
        return null;
    }

    private static boolean isWrongContent(Throwable e) {
        String m = reason(e);
        return m.contains("content type") || m.contains("is not a Word") || m.contains("No valid entries")
                || m.contains("not a valid OOXML");
    }

    private static InputStream decrypt(InputFile in) throws BadInputException {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(new ByteArrayInputStream(in.bytes()));
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(in.fileName(), "truncated or corrupt file: " + reason(e), e);
        }
        if (!OfficePackages.isEncryptedPackage(fs)) {
            if (fs.getRoot().hasEntry("WordDocument")) {
                throw new BadInputException(in.fileName(), "not a DOCX: a legacy Word (.doc) file");
            }
            throw new BadInputException(in.fileName(), "not a DOCX: an OLE2 file without a Word document");
        }
        return OfficePackages.decrypt(in, fs);
    }

    private static String reason(Throwable e) {
        return OfficePackages.reason(e);
    }


}
