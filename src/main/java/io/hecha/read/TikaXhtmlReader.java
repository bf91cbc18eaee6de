package io.hecha.read;

import io.hecha.model.Block;
import io.hecha.model.Bookmark;
import io.hecha.model.Diagnostic;
import io.hecha.model.Document;
import io.hecha.model.Paragraph;
import io.hecha.model.Source;
import io.hecha.model.Table;
import io.hecha.model.TableCell;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.PasswordProvider;
import org.apache.tika.sax.ToXMLContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RTF, ODT, WPS and HTML into the same model as DOCX: HTML straight through jsoup (Tika drops
 * rowspan/colspan); RTF, ODT and WPS through Tika's XHTML parsed with jsoup ({@link XhtmlBlocks}).
 * Captions, sections, bookmarks and tables split into parts are then handled by the
 * {@link Assembler} as for every format.
 */
final class TikaXhtmlReader implements DocumentReader {
    /** Characters of XHTML beyond which a document is cut (with a diagnostic). */
    private static final int WRITE_LIMIT = 50_000_000;
    private final Readers.Detected detected;

    TikaXhtmlReader(Readers.Detected detected) {
        this.detected = detected;
    }

    @Override
    public Document read(InputFile input) throws BadInputException {
        try {
            return readBlocks(input);
        } catch (java.io.IOException e) {
            throw new BadInputException(input.fileName(), "not a readable " + detected.format().id() + " document: "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            // a damaged file can make the parser fail anywhere in the walk (fuzz-regressions/doc-*)
            throw new BadInputException(input.fileName(), "damaged " + detected.format().id() + " document: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    private Document readBlocks(InputFile input) throws BadInputException, java.io.IOException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Block> blocks = switch (detected.format()) {
            // Tika's HTML parser drops rowspan/colspan: jsoup reads HTML itself
            case HTML -> XhtmlBlocks.of(org.jsoup.Jsoup.parse(new java.io.ByteArrayInputStream(input.bytes()),
                    null, "").outerHtml());
            default -> XhtmlBlocks.of(xhtml(input, diagnostics));
        };
        Source source = new Source(input.fileName(), input.sha256(), detected.format().id(), detected.mediaType(),
                null, "ok");
        return Assembler.assemble(source, Assembler.Parts.of(blocks), diagnostics);
    }

    private String xhtml(InputFile input, List<Diagnostic> diagnostics) throws BadInputException {
        ToXMLContentHandler xml = new ToXMLContentHandler();
        ParseContext context = new ParseContext();
        String password = input.password();
        context.set(PasswordProvider.class, metadata -> password);
        try (TikaInputStream in = TikaInputStream.get(input.bytes())) {
            new AutoDetectParser().parse(in, new WriteOutContentHandler(xml, WRITE_LIMIT), new Metadata(), context);
        } catch (EncryptedDocumentException | org.apache.poi.EncryptedDocumentException e) {
            throw new BadInputException(input.fileName(), password == null
                    ? "encrypted: a password is required" : "encrypted: wrong password", e);
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new BadInputException(input.fileName(), "not a readable " + detected.format().id() + " document: "
                        + e.getMessage(), e);
            }
            diagnostics.add(Diagnostic.warning("xhtml.truncated", "document cut after " + WRITE_LIMIT + " characters", null));
        } catch (IOException | TikaException | RuntimeException e) {
            throw new BadInputException(input.fileName(), "not a readable " + detected.format().id() + " document: "
                    + e.getMessage(), e);
        }
        return xml.toString();
    }
}
