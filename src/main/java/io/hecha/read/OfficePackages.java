package io.hecha.read;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;

/**
 * What the DOCX and spreadsheet readers share in opening Office files: telling an OLE2 file from a
 * ZIP package by its first bytes, decrypting a password-protected Office Open XML package (Office
 * stores it as an OLE2 file holding {@code EncryptionInfo} and the encrypted package: every way this
 * can fail becomes a {@link BadInputException} with a reason — no password given, wrong password,
 * unknown cipher, damaged container), releasing a package without writing it back, and the reason
 * of a parser's exception on one line.
 */
public final class OfficePackages {
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private OfficePackages() {
    }

    /** True when the bytes start like an OLE2 compound file (legacy Office, or an encrypted OOXML package). */
    public static boolean isOle2(byte[] b) {
        if (b.length < OLE2.length) return false;
        for (int i = 0; i < OLE2.length; i++) if (b[i] != OLE2[i]) return false;
        return true;
    }

    /** True when the bytes start like a ZIP file. */
    public static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K';
    }

    /** Closes a package without saving anything (null: nothing to do). */
    public static void revert(OPCPackage pkg) {
        if (pkg == null) return;
        try {
            pkg.revert();
        } catch (RuntimeException ignored) {
            // nothing more to release
        }
    }

    /** True when the OLE2 file holds an encrypted OOXML package. */
    public static boolean isEncryptedPackage(POIFSFileSystem fs) {
        return fs.getRoot().hasEntry("EncryptionInfo");
    }

    /** The decrypted package (a ZIP stream) of an OLE2 file that {@link #isEncryptedPackage holds one}. */
    public static InputStream decrypt(InputFile in, POIFSFileSystem fs) throws BadInputException {
        if (in.password() == null) {
            throw new BadInputException(in.fileName(), "encrypted: a password is required");
        }
        try {
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

    /** The first non-blank message of an exception or its causes on one line, else its class name. */
    public static String reason(Throwable e) {
        Throwable t = e;
        String m = t.getMessage();
        while ((m == null || m.isBlank()) && t.getCause() != null) {
            t = t.getCause();
            m = t.getMessage();
        }
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
