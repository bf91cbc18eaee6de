package io.hecha.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code hecha serve}'s exit codes for what stops it before it serves (the page itself: ServeBrowserTest). */
class ServeCommandTest {
    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = HechaCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void badUsageIsExitCode2() {
        Run token = run("serve", tmp.toString(), "--token", "has space;");
        assertEquals(ExitCodes.USAGE, token.code());
        assertTrue(token.err().contains("--token"), token.err());
        assertEquals(ExitCodes.USAGE, run("serve", tmp.toString(), "--port", "70000").code());
        assertEquals(ExitCodes.USAGE, run("serve", tmp.toString(), "--max-size", "0").code());
    }

    @Test
    void anAddressInUseIsExitCode4() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run r = run("serve", tmp.toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(ExitCodes.INTERNAL, r.code());
            assertTrue(r.err().contains("cannot serve on 127.0.0.1:" + taken.getLocalPort()), r.err());
        }
    }
}
