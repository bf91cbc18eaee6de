package io.hecha.read;

import io.hecha.model.Document;
import io.hecha.read.doc.DocReader;
import io.hecha.read.docx.DocxReader;
import io.hecha.read.pdf.PdfReader;
import io.hecha.read.xlsx.XlsxReader;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Detects an input's format by its content (Tika's detector, never the file extension) and hands
 * it to the reader for that format.
 */
public final class Readers {
    private static final Map<String, Format> BY_MEDIA_TYPE = Map.ofEntries(
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Format.DOCX),
            Map.entry("application/vnd.ms-word.document.macroenabled.12", Format.DOCX),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.template", Format.DOCX),
            // encrypted OOXML and OOXML packages Tika cannot classify: the DOCX reader says why it cannot read them
            Map.entry("application/x-tika-ooxml-protected", Format.DOCX),
            Map.entry("application/x-tika-ooxml", Format.DOCX),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Format.XLSX),
            Map.entry("application/vnd.ms-excel.sheet.macroenabled.12", Format.XLSX),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.template", Format.XLSX),
            Map.entry("application/vnd.ms-excel.template.macroenabled.12", Format.XLSX),
            // XLS; WPS Spreadsheets (.et) writes the same BIFF8 workbook stream, which Tika detects as this
            Map.entry("application/vnd.ms-excel", Format.XLS),
            Map.entry("application/pdf", Format.PDF),
            Map.entry("application/msword", Format.DOC),
            Map.entry("application/rtf", Format.RTF),
            Map.entry("application/vnd.oasis.opendocument.text", Format.ODT),
            Map.entry("application/vnd.ms-works", Format.WPS),
            Map.entry("application/x-tika-msworks-spreadsheet", Format.WPS),
            Map.entry("application/vnd.wordperfect", Format.WPS),
            Map.entry("application/xhtml+xml", Format.HTML),
            Map.entry("text/html", Format.HTML),
            Map.entry("application/ofd", Format.OFD));

    private static final class Holder {
        static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();
    }

    private Readers() {
    }

    /** The detected format and media type of an input. */
    public record Detected(Format format, String mediaType) {
    }

    /** Detects the format of the input by its content. */
    public static Detected detect(InputFile input) {
        if (startsWithPdfHeader(input.bytes())) return new Detected(Format.PDF, "application/pdf");
        try (TikaInputStream in = TikaInputStream.get(input.bytes())) {
            MediaType type = Holder.DETECTOR.detect(in, new Metadata());
            String base = type.getBaseType().toString();
            Format f = BY_MEDIA_TYPE.getOrDefault(base, Format.UNKNOWN);
            if (f == Format.UNKNOWN && looksLikeOfd(input.bytes())) return new Detected(Format.OFD, "application/ofd");
            if (base.equals("application/x-tika-ooxml") && names(input.bytes(), "xl/workbook.")) {
                return new Detected(Format.XLSX, base); // an OOXML package Tika could not classify (damaged?) holding a workbook
            }
            return new Detected(f, base);
        } catch (IOException | RuntimeException e) {
            return new Detected(Format.UNKNOWN, "application/octet-stream");
        }
    }

    /**
     * A file starting with {@code %PDF-}, the header Tika's own magic for PDF matches first: taken as
     * PDF without going through every magic of Tika's detector (a few percent of a PDF's whole run).
     */
    private static boolean startsWithPdfHeader(byte[] b) {
        return b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-';
    }

    /** A zip whose first entry or central directory (at the end) names {@code OFD.xml}. */
    private static boolean looksLikeOfd(byte[] b) {
        return names(b, "OFD.xml");
    }

    /** A zip whose first entries or central directory (at the end) name an entry starting with {@code name}. */
    private static boolean names(byte[] b, String name) {
        if (b.length < 4 || b[0] != 'P' || b[1] != 'K') return false;
        String head = new String(b, 0, Math.min(b.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
        int tailFrom = Math.max(0, b.length - 65536);
        String tail = new String(b, tailFrom, b.length - tailFrom, java.nio.charset.StandardCharsets.ISO_8859_1);
        return head.contains(name) || tail.contains(name);
    }

    /** Reads a file from disk with the reader its content calls for. */
    public static Document read(Path path) throws BadInputException {
        return read(InputFile.of(path));
    }

    /** Reads an input with the reader its content calls for. */
    public static Document read(InputFile input) throws BadInputException {
        if (input.bytes().length == 0) throw new BadInputException(input.fileName(), "empty file (0 bytes)");
        return read(input, detect(input));
    }

    /** Reads an input whose format the caller has already detected with {@link #detect}. */
    public static Document read(InputFile input, Detected detected) throws BadInputException {
        if (input.bytes().length == 0) throw new BadInputException(input.fileName(), "empty file (0 bytes)");
        ParserLimits.install(); // Tika may have switched POI's zip-bomb check off: put it back
        return readerFor(detected).read(input);
    }

    /** The reader for a detected format. */
    static DocumentReader readerFor(Detected d) {
        if (EncryptedOoxmlReader.MEDIA_TYPE.equals(d.mediaType())) return new EncryptedOoxmlReader();
        return switch (d.format()) {
            case DOCX -> new DocxReader();
            case XLSX, XLS -> new XlsxReader();
            case PDF -> new PdfReader();
            case DOC -> new DocReader();
            case RTF, ODT, WPS, HTML -> new TikaXhtmlReader(d);
            case OFD -> new OfdReader();
            case UNKNOWN -> in -> {
                String kind = d.mediaType().equals("application/x-tika-msoffice")
                        ? ": an OLE2 (legacy Office) file of no known kind, or a damaged one" : "";
                throw new BadInputException(in.fileName(), "not a document hecha can read" + kind + " (detected "
                        + d.mediaType() + ")");
            };
        };
    }
}
