package io.hecha.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever name a browser sends, the upload lands directly in the uploads folder. */
class UploadNamesTest {
    @TempDir
    Path dir;

    @Test
    void pathsAndHostileNamesBecomePlainFileNames() throws Exception {
        List<String> hostile = List.of("../../etc/passwd", "..\\..\\windows\\system32\\x.dll", "/etc/shadow",
                "C:\\Users\\a\\报告.docx", "a/../../b.pdf", "..", ".", "...", "", ".bashrc", "x\u0000y.docx",
                "name\nwith\rbreaks.pdf", "%2e%2e%2fsecret", "..%5c..%5cwin.ini", "\u202Egnp.exe", "a".repeat(500) + ".docx",
                " .hidden.pdf", "con:stream.doc", "decisions");
        for (String sent : hostile) {
            String name = UploadNames.safe(sent);
            assertFalse(name.isEmpty(), sent);
            assertFalse(name.contains("/") || name.contains("\\") || name.contains(":"), name);
            assertFalse(name.startsWith("."), name);
            assertFalse(name.contains(".."), name);
            assertTrue(name.length() <= UploadNames.MAX_LENGTH, name);
            assertTrue(name.codePoints().noneMatch(Character::isISOControl), name);
            Path p = UploadNames.inside(dir, name);
            assertEquals(dir.toAbsolutePath().normalize(), p.getParent(), sent);
        }
        assertEquals("passwd", UploadNames.safe("../../etc/passwd"));
        assertEquals("报告.docx", UploadNames.safe("C:\\Users\\a\\报告.docx"));
        assertEquals("upload", UploadNames.safe(".."));
        assertTrue(UploadNames.safe("a".repeat(500) + ".docx").endsWith(".docx"));
        assertEquals("decisions_", UploadNames.safe("decisions"), "its JSON would overwrite decisions.json");
    }

    @Test
    void insideRefusesAnythingThatLeavesTheFolder() {
        assertThrows(HttpError.class, () -> UploadNames.inside(dir, "../x"));
        assertThrows(HttpError.class, () -> UploadNames.inside(dir, "sub/x"));
        assertThrows(HttpError.class, () -> UploadNames.inside(dir, "/etc/passwd"));
    }
}
