package io.hecha.cli;

import io.hecha.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import static io.hecha.cli.CheckCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a user meets when something is wrong: exit codes and one clear line each, black-box. */
class CommandMessagesTest {
    private static final String ENCRYPTED = "corpus/hostile/poi-bug53475-password-is-pass.docx";

    @TempDir
    Path tmp;

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }

    @Test
    void aMissingFileIsNoSuchFileSaidOnce() {
        CheckCommandTest.Run r = run("check", tmp.resolve("missing.docx").toString());
        assertEquals(ExitCodes.UNREADABLE, r.code());
        String all = r.out() + r.err();
        assertEquals(1, count(all, "no such file"), all);
        assertFalse(all.contains("cannot read file"), all);
        assertTrue(r.out().contains("1 file: 0 errors, 0 warnings, some input unreadable"), r.out());
    }

    @Test
    void aUsageErrorIsOneLineAndAHintNotTheWholeHelp() {
        CheckCommandTest.Run r = run("batch", tmp.toString(), "--bogus");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().startsWith("hecha: Unknown option: '--bogus'"), r.err());
        assertTrue(r.err().contains("Try 'hecha batch --help' for more information."), r.err());
        assertFalse(r.err().contains("Usage:"), r.err());
        assertTrue(r.err().lines().count() <= 3, r.err());

        CheckCommandTest.Run missing = run("check");
        assertEquals(ExitCodes.USAGE, missing.code());
        assertTrue(missing.err().contains("Try 'hecha check --help'"), missing.err());
        assertFalse(missing.err().contains("Usage:"), missing.err());
    }

    @Test
    void theOutputFolderMustBeAFolderOutsideTheInputs() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("note.txt"), "x");
        Path file = Files.writeString(tmp.resolve("afile"), "x");
        CheckCommandTest.Run notFolder = run("batch", "-o", file.toString(), in.toString());
        assertEquals(ExitCodes.USAGE, notFolder.code());
        assertTrue(notFolder.err().contains("-o " + file + " is not a folder"), notFolder.err());

        CheckCommandTest.Run same = run("batch", "-o", in.toString(), in.toString());
        assertEquals(ExitCodes.USAGE, same.code());
        assertTrue(same.err().contains("is the input folder"), same.err());

        CheckCommandTest.Run inside = run("batch", "-o", in.resolve("out").toString(), in.toString());
        assertEquals(ExitCodes.USAGE, inside.code());
        assertTrue(inside.err().contains("lies inside the input folder"), inside.err());
        assertFalse(Files.exists(in.resolve("out")), "nothing written on a usage error");
    }

    @Test
    void anEmptyInputFolderWarnsAndCountsAreSingularOrPlural() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path one = Files.createDirectories(tmp.resolve("one"));
        Files.writeString(one.resolve("note.txt"), "x");
        CheckCommandTest.Run r = run("batch", "-o", tmp.resolve("out").toString(), empty.toString(), one.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.err().contains("hecha: warning: " + empty + " holds no file to read"), r.err());
        assertFalse(r.err().contains(one + " holds no file"), r.err());
        assertTrue(r.out().startsWith("1 input: 0 ok, 0 failed, 1 skipped"), r.out());
        assertTrue(r.out().contains("0 reports with errors"), r.out());
    }

    @Test
    void batchExitsSixWhenSomeInputFailed() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("truncated.docx"), "PK\u0003\u0004 truncated");
        Files.writeString(in.resolve("note.txt"), "x");
        CheckCommandTest.Run r = run("batch", "-o", tmp.resolve("out").toString(), in.toString());
        assertEquals(ExitCodes.INCOMPLETE, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("1 failed"), r.out());
        CheckCommandTest.Run help = run("batch", "--help");
        assertTrue(help.out().contains("6 some input could not be read"), help.out());
        assertTrue(help.out().contains("7 the output folder is in use"), help.out());
    }

    @Test
    void thePasswordComesFromAFileOrTheEnvironment() throws Exception {
        Path encrypted = TestFiles.shared().resolve(ENCRYPTED);
        Path out = tmp.resolve("out");
        assertEquals(ExitCodes.UNREADABLE, run("extract", "-o", out.toString(), encrypted.toString()).code());

        Path pw = Files.writeString(tmp.resolve("pw.txt"), "pass\n");
        CheckCommandTest.Run fromFile = run("extract", "--password-file", pw.toString(), "-o", out.toString(), encrypted.toString());
        assertEquals(ExitCodes.OK, fromFile.code(), fromFile.err());

        CheckCommandTest.Run both = run("extract", "--password", "pass", "--password-file", pw.toString(), encrypted.toString());
        assertEquals(ExitCodes.USAGE, both.code());
        CheckCommandTest.Run noFile = run("extract", "--password-file", tmp.resolve("none").toString(), encrypted.toString());
        assertEquals(ExitCodes.USAGE, noFile.code());
        assertTrue(noFile.err().contains("no such file"), noFile.err());

        // the environment variable, in a child JVM that has it
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HechaCommand.class.getName(), "extract", "-o", tmp.resolve("env").toString(), encrypted.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile());
        pb.environment().put(PasswordOptions.ENV, "pass");
        Process child = pb.start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));
        assertEquals(ExitCodes.OK, child.exitValue(), Files.readString(tmp.resolve("child.log")));
        assertTrue(Files.isRegularFile(tmp.resolve("env").resolve(encrypted.getFileName() + ".json")));
    }

    @Test
    void extractWritesItsJsonReadableByAllAsBatchDoes() throws Exception {
        Path out = tmp.resolve("out");
        CheckCommandTest.Run r = run("extract", "-o", out.toString(), TestFiles.fixture("self-eval-form-sample.docx").toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(out.resolve("self-eval-form-sample.docx.json"))));
    }
}
