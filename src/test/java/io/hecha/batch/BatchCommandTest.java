package io.hecha.batch;

import io.hecha.cli.ExitCodes;
import io.hecha.cli.HechaCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command's usage errors and plain-line progress, black-box through exit code and output. */
class BatchCommandTest {
    @TempDir
    Path tmp;

    private int run(StringWriter out, StringWriter err, String... args) {
        return HechaCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void badUsageExitsWith2() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(ExitCodes.USAGE, run(out, err, "batch"));
        assertEquals(ExitCodes.USAGE, run(out, err, "batch", tmp.resolve("missing").toString()));
        assertTrue(err.toString().contains("no such file or folder"), err.toString());
        assertEquals(ExitCodes.USAGE, run(out, err, "batch", tmp.toString(), "--threads", "0"));
        assertEquals(ExitCodes.USAGE, run(out, err, "batch", tmp.toString(), "--timeout", "0"));
        assertEquals(ExitCodes.USAGE, run(out, err, "batch", tmp.toString(), "--mapping", tmp.resolve("none.yaml").toString()));
        assertEquals(ExitCodes.USAGE, run(out, err, "batch", tmp.toString(), "--bogus"));
    }

    @Test
    void nonDocumentsAreSkippedWithARowAndExit0() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.docx"), "not really a docx");
        Files.write(in.resolve("b.pdf"), new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0});
        Path out = tmp.resolve("out");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        assertEquals(ExitCodes.OK, run(o, e, "batch", in.toString(), "-o", out.toString()));
        assertTrue(o.toString().contains("2 inputs: 0 ok, 0 failed, 2 skipped"), o.toString());
        assertTrue(e.toString().contains("[2/2]"), "plain progress lines when not a terminal: " + e);
        String csv = Files.readString(out.resolve("summary.csv"));
        assertTrue(csv.contains("not a document (detected text/plain)"), csv);
        assertTrue(csv.contains("not a document (detected image/png)"), csv);
    }

    @Test
    void thePasswordOpensWhatItFitsAndTheRestSayWrongPassword() throws Exception {
        Path hostile = io.hecha.TestFiles.shared().resolve("corpus/hostile");
        Path out = tmp.resolve("pw");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = run(o, e, "batch", "--password", "pass", "-o", out.toString(),
                hostile.resolve("poi-bug53475-password-is-pass.docx").toString(),
                hostile.resolve("tika-testWORD_protected_passtika.docx").toString());
        assertEquals(ExitCodes.INCOMPLETE, code, "one input could not be opened: " + e);
        String csv = Files.readString(out.resolve("summary.csv"));
        assertTrue(csv.contains("poi-bug53475-password-is-pass.docx,docx"), csv);
        assertTrue(csv.lines().anyMatch(l -> l.contains("password-is-pass") && (l.contains(",ok,") || l.contains(",not-checked,"))), csv);
        assertTrue(csv.lines().anyMatch(l -> l.contains("passtika") && l.contains(",failed,encrypted: wrong password")), csv);
        assertTrue(Files.isRegularFile(out.resolve("poi-bug53475-password-is-pass.docx.json")));
        // the journal keeps a keyed hash of the password, under a key of this folder only its owner reads
        Path key = out.resolve(FolderKey.FILE_NAME);
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        String journal = Files.readString(out.resolve(BatchState.FILE_NAME));
        String plainHash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest("pass".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(!journal.contains(plainHash.substring(0, 12)), "no plain hash of the password");
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(java.util.HexFormat.of().parseHex(Files.readString(key).strip()), "HmacSHA256"));
        String hmac = java.util.HexFormat.of().formatHex(mac.doFinal("pass".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(journal.contains("password " + hmac), journal);

        // another password is another processing version: the encrypted ones are tried again
        StringWriter o2 = new StringWriter();
        run(o2, new StringWriter(), "batch", "--password", "tika", "-o", out.toString(),
                hostile.resolve("poi-bug53475-password-is-pass.docx").toString(),
                hostile.resolve("tika-testWORD_protected_passtika.docx").toString());
        assertTrue(o2.toString().contains("2 read now, 0 unchanged"), o2.toString());
        assertTrue(Files.readString(out.resolve("summary.csv")).lines()
                .anyMatch(l -> l.contains("passtika") && (l.contains(",ok,") || l.contains(",not-checked,"))));
    }
}
