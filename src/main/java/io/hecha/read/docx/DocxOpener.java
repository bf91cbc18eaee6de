package io.hecha.read.docx;

import io.hecha.read.BadInputException;
import io.hecha.read.InputFile;
import io.hecha.read.ParserLimits;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;

/**
 * Opens DOCX bytes as a {@link DocxPackage}, turning every way the input can be unreadable into a
 * {@link BadInputException} with a reason: not a ZIP/OOXML package, encrypted (decrypted when a
 * password is given), truncated or corrupt, too large when unpacked. POI's zip-bomb limits
 * ({@code ZipSecureFile}) and its XML parsers (no external entities) apply.
 */
final class DocxOpener {
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private DocxOpener() {
    }

    /** Opens the input; the caller closes the document. */
    public static DocxPackage open(InputFile in) throws BadInputException {
        guardZipBombLimit();
        byte[] b = in.bytes();
        if (startsWith(b, OLE2)) return open(in, decrypt(in));
        if (b.length < 4 || b[0] != 'P' || b[1] != 'K') {
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
            revert(pkg);
            throw new BadInputException(in.fileName(), "not a DOCX: " + reason(e), e);
        } catch (InvalidFormatException e) {
            revert(pkg);
            throw new BadInputException(in.fileName(), "truncated or corrupt DOCX: " + reason(e), e);
        } catch (IOException | RuntimeException e) {
            revert(pkg);
            String why = reason(e);
            if (why.toLowerCase().contains("zip bomb")) {
                throw new BadInputException(in.fileName(), "too large when unpacked (zip bomb protection): " + why, e);
            }
            if (isWrongContent(e)) {
                throw new BadInputException(in.fileName(), "not a DOCX: " + why, e);
            }
            throw new BadInputException(in.fileName(), "truncated or corrupt DOCX: " + why, e);
        } catch (StackOverflowError e) {
            revert(pkg);
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
        try {
            POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(in.bytes()));
            if (!fs.getRoot().hasEntry("EncryptionInfo")) {
                if (fs.getRoot().hasEntry("WordDocument")) {
                    throw new BadInputException(in.fileName(), "not a DOCX: a legacy Word (.doc) file");
                }
                throw new BadInputException(in.fileName(), "not a DOCX: an OLE2 file without a Word document");
            }
            if (in.password() == null) {
                throw new BadInputException(in.fileName(), "encrypted: a password is required");
            }
            EncryptionInfo info = new EncryptionInfo(fs);
            Decryptor d = Decryptor.getInstance(info);
            if (!d.verifyPassword(in.password())) {
                throw new BadInputException(in.fileName(), "encrypted: wrong password");
            }
            return d.getDataStream(fs);
        } catch (BadInputException e) {
            throw e;
        } catch (EncryptedDocumentException | GeneralSecurityException e) {
            throw new BadInputException(in.fileName(), "encrypted: cannot decrypt: " + reason(e), e);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(in.fileName(), "truncated or corrupt file: " + reason(e), e);
        }
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        String m = t.getMessage();
        while ((m == null || m.isBlank()) && t.getCause() != null) {
            t = t.getCause();
            m = t.getMessage();
        }
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip();
    }

    private static void revert(OPCPackage pkg) {
        if (pkg != null) {
            try {
                pkg.revert();
            } catch (RuntimeException ignored) {
                // nothing more to release
            }
        }
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (b[i] != prefix[i]) return false;
        return true;
    }
}
