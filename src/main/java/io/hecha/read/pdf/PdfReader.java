package io.hecha.read.pdf;

import io.hecha.model.Diagnostic;
import io.hecha.model.Document;
import io.hecha.model.Provenance;
import io.hecha.model.Source;
import io.hecha.read.BadInputException;
import io.hecha.read.DocumentReader;
import io.hecha.read.Format;
import io.hecha.read.InputFile;
import io.hecha.read.layout.LayoutPage;
import io.hecha.read.layout.PageLayout;
import io.hecha.read.ocr.PageRecognizer;
import io.hecha.read.ocr.ScannedPages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a PDF's text layer into the document model: glyphs with positions are rebuilt into lines
 * and paragraphs (running headers, footers and page numbers dropped), ruled tables into cells with
 * spans (joined across page breaks), headings from the outline, outline numbers and font size.
 * Every paragraph, table and cell carries its page and bounding box. Pages without a text layer
 * (scans) are read by OCR ({@link PageRecognizer}); a PDF with no text even then is read as a
 * document with status {@code no text layer}.
 */
public final class PdfReader implements DocumentReader {
    /** Pages beyond this are not read (with a diagnostic). */
    static final int MAX_PAGES = 2000;
    private static final int MAX_PAGE_DIAGNOSTICS = 20;

    @Override
    public Document read(InputFile input) throws BadInputException {
        try (PDDocument doc = load(input)) {
            return read(input, doc);
        } catch (IOException e) {
            throw new BadInputException(input.fileName(), "not a readable PDF: " + e.getMessage(), e);
        }
    }

    private static PDDocument load(InputFile input) throws BadInputException {
        if (input.bytes().length == 0) throw new BadInputException(input.fileName(), "empty file (0 bytes)");
        String password = input.password() == null ? "" : input.password();
        try {
            return Loader.loadPDF(input.bytes(), password);
        } catch (InvalidPasswordException e) {
            throw new BadInputException(input.fileName(), input.password() == null
                    ? "encrypted: a password is required" : "encrypted: wrong password", e);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(input.fileName(), "not a readable PDF: " + describe(e), e);
        }
    }

    private Document read(InputFile input, PDDocument doc) throws BadInputException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        int pageCount = doc.getNumberOfPages();
        int last = Math.min(pageCount, MAX_PAGES);
        if (pageCount > MAX_PAGES) {
            diagnostics.add(Diagnostic.warning("pdf.too-many-pages", "only the first " + MAX_PAGES + " of "
                    + pageCount + " pages were read", null));
        }
        PdfContentEngine.Content content;
        try {
            content = PdfContentEngine.read(doc, last);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new BadInputException(input.fileName(), "cannot read the PDF's text: " + describe(e), e);
        }
        for (int i = 0; i < content.problems().size(); i++) {
            pageProblem(diagnostics, content.problemPages().get(i), content.problems().get(i));
        }
        ScannedPages scanned;
        try {
            scanned = PageRecognizer.readScannedPages(doc, content.pages(), diagnostics);
        } catch (InterruptedIOException e) {
            throw new BadInputException(input.fileName(), "interrupted while reading scanned pages", e);
        }
        List<LayoutPage> pages = scanned.pages();
        boolean text = pages.stream().anyMatch(p -> p.glyphs().stream().anyMatch(g -> !g.isBlank()));
        Source source = new Source(input.fileName(), input.sha256(), Format.PDF.id(), "application/pdf", pageCount, "ok");
        return scanned.withConfidences(PageLayout.document(source, pages, text ? PdfOutline.read(doc) : List.of(),
                diagnostics));
    }

    private static void pageProblem(List<Diagnostic> diagnostics, int page, String message) {
        if (diagnostics.size() >= MAX_PAGE_DIAGNOSTICS) return;
        diagnostics.add(Diagnostic.warning("pdf.page", message, new Provenance(0, "", page, null)));
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
