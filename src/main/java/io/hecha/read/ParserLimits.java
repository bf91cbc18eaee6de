package io.hecha.read;

import org.apache.poi.openxml4j.util.ZipSecureFile;

import java.nio.charset.StandardCharsets;

/**
 * Bounds the resources a hostile file can make the parsers use. POI's {@link ZipSecureFile} guards
 * every OOXML package it opens: an entry that inflates more than 100 times its compressed size
 * (zip bomb), an entry over {@link #MAX_ENTRY_BYTES}, more than {@link #MAX_ENTRIES} entries, or
 * more than {@link #MAX_TEXT_CHARS} characters of extracted text makes the read fail with an
 * exception instead of exhausting memory. XML parsers of POI, Tika and the JDK in this program
 * never resolve external entities or DTDs (POI's and Tika's XML helpers are secure by default).
 *
 * <p>Tika switches POI's zip-bomb check off for the whole process ({@code OOXMLParser.parse} and
 * Tika's start-up call {@code ZipSecureFile.setMinInflateRatio(-1)}). So {@link #install()} first
 * starts Tika, then sets the limits, and {@link Readers#read(InputFile)} calls it before every
 * read to put them back should a Tika parse have switched them off since.
 */
public final class ParserLimits {
    /** Largest uncompressed zip entry accepted (document.xml of a long report is a few MB). */
    public static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;
    /** Smallest compressed/uncompressed ratio accepted for an entry (POI checks it past 100 KB). */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /** Most entries in one package. */
    public static final long MAX_ENTRIES = 10_000;
    /** Most characters of text extracted from one package. */
    public static final long MAX_TEXT_CHARS = 100L * 1024 * 1024;

    private static volatile boolean tikaStarted;

    private ParserLimits() {
    }

    /** Starts Tika once (so its start-up cannot undo the limits later), then (re)sets the limits. */
    public static void install() {
        if (!tikaStarted) {
            synchronized (ParserLimits.class) {
                if (!tikaStarted) {
                    Readers.detect(new InputFile("start-up", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), null));
                    tikaStarted = true;
                }
            }
        }
        if (ZipSecureFile.getMinInflateRatio() != MIN_INFLATE_RATIO) ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        if (ZipSecureFile.getMaxEntrySize() != MAX_ENTRY_BYTES) ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        if (ZipSecureFile.getMaxFileCount() != MAX_ENTRIES) ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
        if (ZipSecureFile.getMaxTextSize() != MAX_TEXT_CHARS) ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
    }
}
