package io.hecha.read;

import io.hecha.model.Block;
import io.hecha.model.Bookmark;
import io.hecha.model.Document;
import io.hecha.model.Source;
import io.hecha.model.Table;
import io.hecha.read.docx.BodyReader;
import io.hecha.read.docx.DocxOpener;
import io.hecha.read.docx.DocxPackage;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.util.List;

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
            List<Block> linked = CaptionLinker.link(content.blocks());
            SectionTreeBuilder.Result tree = SectionTreeBuilder.build(linked);
            List<Block> blocks = tree.blocks();
            List<Bookmark> bookmarks = content.bookmarks(i ->
                    i >= 0 && i < blocks.size() && blocks.get(i) instanceof Table t ? t.id() : null);
            Source source = new Source(input.fileName(), input.sha256(), Format.DOCX.id(),
                    mediaType(pkg.contentType()), pkg.pages(), "ok");
            return new Document(source, tree.sections(), blocks, bookmarks, content.diagnostics());
        }
    }

    private static String mediaType(String contentType) {
        if (contentType.contains("macroEnabled")) return "application/vnd.ms-word.document.macroenabled.12";
        if (contentType.contains("template")) return "application/vnd.openxmlformats-officedocument.wordprocessingml.template";
        return MEDIA_TYPE;
    }
}
