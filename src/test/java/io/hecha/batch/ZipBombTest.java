package io.hecha.batch;

import io.hecha.read.BadInputException;
import io.hecha.read.InputFile;
import io.hecha.read.ParserLimits;
import io.hecha.read.Readers;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tika switches POI's zip-bomb check off process-wide (at start-up and in every OOXML parse);
 * reading must switch it back on, so a zip bomb is refused as one.
 */
class ZipBombTest {
    @TempDir
    Path tmp;

    @Test
    void aZipBombIsRefusedEvenAfterTikaSwitchedTheCheckOff() throws Exception {
        Path bomb = HostileFiles.zipBomb(tmp.resolve("bomb.docx"), 120);
        byte[] bytes = Files.readAllBytes(bomb);
        ParserLimits.install();
        assertEquals(ParserLimits.MIN_INFLATE_RATIO, ZipSecureFile.getMinInflateRatio());
        ZipSecureFile.setMinInflateRatio(-1.0); // what Tika's OOXMLParser.parse does
        BadInputException e = assertThrows(BadInputException.class, () -> Readers.read(new InputFile("bomb.docx", bytes, null)));
        assertTrue(e.reason().toLowerCase().contains("zip bomb"), e.reason());
        assertEquals(ParserLimits.MIN_INFLATE_RATIO, ZipSecureFile.getMinInflateRatio());
    }
}
