package io.hecha.read.docx;

import io.hecha.model.Block;
import io.hecha.model.Bookmark;
import io.hecha.model.Document;
import io.hecha.model.Source;
import io.hecha.model.Table;
import io.hecha.read.Assembler;
import io.hecha.read.BadInputException;
import io.hecha.read.DocumentReader;
import io.hecha.read.Format;
import io.hecha.read.InputFile;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Reads DOCX (Office Open XML wordprocessing) with Apache POI's package layer: body paragraphs,
 * tables and charts in order, headings from outline levels, heading styles, auto-numbering and typed
 * Chinese numbers, bookmarks with their ranges, captions and the section tree. Footnotes, endnotes,
 * headers and footers are not body text and are left out.
 */
public final class DocxReader implements DocumentReader {
    /** The media type of DOCX. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Override
    public Document read(InputFile input) throws BadInputException {
        try (DocxPackage pkg = DocxOpener.open(input)) {
            BodyReader.Content content;
            try {
                content = BodyReader.read(pkg);
            } catch (SAXException e) {
                String why = String.valueOf(e.getMessage());
                if (why.contains("DOCTYPE")) {
                    throw new BadInputException(input.fileName(), "not a valid DOCX: the document part declares a DTD"
                            + " (refused: external entities are never resolved)", e);
                }
                throw new BadInputException(input.fileName(), "corrupt DOCX: the document part is not well-formed XML ("
                        + why + ")", e);
            } catch (IOException e) {
                throw new BadInputException(input.fileName(), "truncated or corrupt DOCX: the document part cannot be read ("
                        + e.getMessage() + ")", e);
            } catch (RuntimeException | StackOverflowError e) {
                throw new BadInputException(input.fileName(), "corrupt DOCX: cannot read the document body ("
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
            }
            List<Block> blocks = content.blocks();
            // a non-null table id marks a bookmark starting in a cell; the Assembler sets the real id
            List<Bookmark> bookmarks = content.bookmarks(i ->
                    i >= 0 && i < blocks.size() && blocks.get(i) instanceof Table ? "" : null);
            Source source = new Source(input.fileName(), input.sha256(), Format.DOCX.id(),
                    mediaType(pkg.contentType()), pkg.pages(), "ok");
            return Assembler.assemble(source, new Assembler.Parts(blocks, bookmarks, Map.of(), false), content.diagnostics());
        }
    }

    private static String mediaType(String contentType) {
        if (contentType.contains("macroEnabled")) return "application/vnd.ms-word.document.macroenabled.12";
        if (contentType.contains("template")) return "application/vnd.openxmlformats-officedocument.wordprocessingml.template";
        return MEDIA_TYPE;
    }
}
