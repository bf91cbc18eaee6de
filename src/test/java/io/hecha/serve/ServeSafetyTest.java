package io.hecha.serve;

import io.hecha.batch.BatchOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server's guards over plain HTTP: headers, Host, cross-site posts, token, upload names and size. */
class ServeSafetyTest {
    private static final Map<String, String> POST = Map.of("X-Hecha-Request", "1");

    @TempDir
    Path tmp;
    HechaServer server;

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    private HechaServer start(String token, long maxBytes) throws IOException {
        Path out = tmp.resolve("out");
        BatchOptions batch = new BatchOptions(out, 1, Duration.ofSeconds(30), maxBytes, false, null, "");
        server = HechaServer.start(new ServeOptions(out, "127.0.0.1", 0, token, batch),
                (input, detected) -> {
                    throw new AssertionError("no upload is processed in these tests");
                }, new PrintWriter(new StringWriter()));
        return server;
    }

    @Test
    void everyAnswerCarriesAStrictContentSecurityPolicy() throws Exception {
        int port = start(null, 1 << 20).port();
        assertTrue(server.uri().toString().startsWith("http://127.0.0.1:"));
        for (String path : List.of("/", "/app.js", "/api/reports", "/api/report?id=b:nothing.json", "/nowhere")) {
            RawHttp.Response r = RawHttp.get(port, path, Map.of());
            String csp = r.header("Content-Security-Policy");
            assertNotNull(csp, path);
            assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'self'"), csp);
            assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
            assertEquals("nosniff", r.header("X-Content-Type-Options"), path);
            assertEquals("DENY", r.header("X-Frame-Options"), path);
        }
        assertEquals(200, RawHttp.get(port, "/", Map.of()).status());
        assertEquals(404, RawHttp.get(port, "/api/report?id=b:nothing.json", Map.of()).status());
        // the page itself has no inline script or style for the policy to allow
        String html = RawHttp.get(port, "/", Map.of()).body();
        assertFalse(html.matches("(?s).*(<script>|\\sstyle=|<style|\\son\\w+=).*"), html);
    }

    @Test
    void aForeignHostOrACrossSitePostIsRefused() throws Exception {
        int port = start(null, 1 << 20).port();
        assertEquals(421, RawHttp.get(port, "/api/reports", Map.of("Host", "attacker.example:" + port)).status());
        assertEquals(200, RawHttp.get(port, "/api/reports", Map.of("Host", "localhost:" + port)).status());
        byte[] body = "{\"names\":[\"x\"]}".getBytes(StandardCharsets.UTF_8);
        assertEquals(403, RawHttp.send(port, "POST", "/api/jobs", Map.of(), body).status(), "no page header");
        assertEquals(403, RawHttp.send(port, "POST", "/api/jobs",
                Map.of("X-Hecha-Request", "1", "Origin", "http://attacker.example"), body).status());
        assertEquals(403, RawHttp.send(port, "POST", "/api/jobs",
                Map.of("X-Hecha-Request", "1", "Sec-Fetch-Site", "cross-site"), body).status());
        assertEquals(400, RawHttp.send(port, "POST", "/api/jobs", POST, body).status(), "passes the guard, then: not uploaded");
    }

    @Test
    void withATokenNothingIsServedWithoutIt() throws Exception {
        int port = start("s3cret-T0ken", 1 << 20).port();
        assertEquals(401, RawHttp.get(port, "/", Map.of()).status());
        assertEquals(401, RawHttp.get(port, "/app.js", Map.of()).status());
        assertEquals(401, RawHttp.get(port, "/api/reports", Map.of()).status());
        assertEquals(401, RawHttp.get(port, "/?token=wrong", Map.of()).status());
        assertEquals(401, RawHttp.get(port, "/api/reports", Map.of("Cookie", "hecha_token=wrong")).status());
        RawHttp.Response login = RawHttp.get(port, "/?token=s3cret-T0ken", Map.of());
        assertEquals(303, login.status());
        String cookie = login.header("Set-Cookie");
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        String pair = cookie.substring(0, cookie.indexOf(';'));
        assertEquals(200, RawHttp.get(port, "/api/reports", Map.of("Cookie", pair)).status());
        assertEquals(200, RawHttp.get(port, "/api/reports", Map.of("Authorization", "Bearer s3cret-T0ken")).status());
    }

    @Test
    void uploadsStayInTheUploadsFolderWhateverTheirNames() throws Exception {
        long started = System.currentTimeMillis() - 1000;
        int port = start(null, 1 << 20).port();
        byte[] doc = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        for (String name : List.of("../../escape.pdf", "..\\..\\escape2.pdf", "/tmp/escape3.pdf", "../out/summary.csv",
                ".hecha-batch-state.jsonl", "sub/dir/deep.pdf", "decisions")) {
            RawHttp.Response r = RawHttp.send(port, "POST", "/api/upload?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8), POST, doc);
            assertEquals(200, r.status(), name + ": " + r.body());
        }
        Path files = tmp.resolve("out/uploads/files");
        try (Stream<Path> all = Files.walk(tmp)) {
            List<Path> written = all.filter(Files::isRegularFile).toList();
            for (Path p : written) assertEquals(files, p.getParent(), "written outside the uploads folder: " + p);
            assertEquals(List.of("decisions_", "deep.pdf", "escape.pdf", "escape2.pdf", "escape3.pdf", "hecha-batch-state.jsonl", "summary.csv"),
                    written.stream().map(p -> p.getFileName().toString()).sorted().toList());
        }
        Path absolute = Path.of("/tmp/escape3.pdf");
        assertFalse(Files.exists(absolute) && Files.getLastModifiedTime(absolute).toMillis() >= started, "written to " + absolute);
    }

    @Test
    void anUploadOverTheLimitIsRefusedAndLeavesNothing() throws Exception {
        int port = start(null, 1024).port();
        RawHttp.Response r = RawHttp.send(port, "POST", "/api/upload?name=big.pdf", POST, new byte[1025]);
        assertEquals(413, r.status());
        assertTrue(r.body().contains("too large"), r.body());
        assertEquals(200, RawHttp.send(port, "POST", "/api/upload?name=small.pdf", POST, new byte[1024]).status());
        try (Stream<Path> all = Files.walk(tmp.resolve("out/uploads/files"))) {
            assertEquals(List.of("small.pdf"), all.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList());
        }
    }
}
