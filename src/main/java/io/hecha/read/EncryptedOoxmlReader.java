package io.hecha.read;

import io.hecha.model.Document;
import io.hecha.model.Source;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a password-protected OOXML file (Tika's {@code application/x-tika-ooxml-protected}): which
 * format is inside (DOCX, XLSX…) shows only once it is decrypted, so it is decrypted with the
 * input's password, detected again and handed to that format's reader. The document's source keeps
 * the encrypted file's checksum (the file the user has).
 */
final class EncryptedOoxmlReader implements DocumentReader {
    /** Tika's media type for an encrypted OOXML package. */
    static final String MEDIA_TYPE = "application/x-tika-ooxml-protected";

    @Override
    public Document read(InputFile input) throws BadInputException {
        byte[] plain;
        try {
            POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(input.bytes()));
            if (!OfficePackages.isEncryptedPackage(fs)) {
                throw new BadInputException(input.fileName(), "not a document hecha can read: an OLE2 file without an"
                        + " encrypted package");
            }
            try (InputStream in = OfficePackages.decrypt(input, fs)) {
                plain = in.readAllBytes();
            }
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(input.fileName(), "truncated or corrupt file: " + OfficePackages.reason(e), e);
        }
        InputFile decrypted = new InputFile(input.fileName(), plain, null);
        Readers.Detected inner = Readers.detect(decrypted);
        if (MEDIA_TYPE.equals(inner.mediaType()) || inner.format() == Format.UNKNOWN) {
            throw new BadInputException(input.fileName(), "encrypted: decrypted, but the content is not a document"
                    + " hecha can read (detected " + inner.mediaType() + ")");
        }
        Document d = Readers.readerFor(inner).read(decrypted);
        Source s = d.source();
        return new Document(new Source(s.fileName(), input.sha256(), s.format(), s.mediaType(), s.pageCount(), s.status()),
                d.sections(), d.blocks(), d.bookmarks(), d.diagnostics());
    }
}
