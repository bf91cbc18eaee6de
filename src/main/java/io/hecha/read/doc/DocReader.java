package io.hecha.read.doc;

import io.hecha.model.Document;
import io.hecha.model.Source;
import io.hecha.read.Assembler;
import io.hecha.read.BadInputException;
import io.hecha.read.DocumentReader;
import io.hecha.read.Format;
import io.hecha.read.InputFile;

import java.util.ArrayList;

/**
 * Reads Word 97-2003 (.doc) through POI HWPF (Tika's XHTML for .doc loses merged cells and
 * bookmarks): styles and outline levels, rendered list numbers, bookmarks, merged cells and field
 * results, into the same model as DOCX.
 */
public final class DocReader implements DocumentReader {
    /** The media type of .doc. */
    public static final String MEDIA_TYPE = "application/msword";

    @Override
    public Document read(InputFile input) throws BadInputException {
        try {
            var blocks = HwpfReader.open(input).blocks();
            Source source = new Source(input.fileName(), input.sha256(), Format.DOC.id(), MEDIA_TYPE, null, "ok");
            return Assembler.assemble(source, Assembler.Parts.of(blocks), new ArrayList<>());
        } catch (RuntimeException e) {
            // a damaged file can make the parser fail anywhere in the walk (fuzz-regressions/doc-*)
            throw new BadInputException(input.fileName(), "damaged doc document: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }
}
