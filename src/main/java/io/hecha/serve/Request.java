package io.hecha.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import io.hecha.output.Json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** One HTTP exchange: the request's parts, and responses that always carry the security headers. */
final class Request {
    /**
     * Nothing but the page's own script, style and images (PDF pages are served as PNG by the same
     * origin); no inline script or style, no frames, no forms posting elsewhere.
     */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final HttpExchange ex;
    private Map<String, String> query;

    Request(HttpExchange ex) {
        this.ex = ex;
    }

    String method() {
        return ex.getRequestMethod();
    }

    String path() {
        return ex.getRequestURI().getPath();
    }

    String header(String name) {
        return ex.getRequestHeaders().getFirst(name);
    }

    /** A query parameter (first value), or null. */
    String query(String name) {
        if (query == null) query = parseQuery(ex.getRequestURI().getRawQuery());
        return query.get(name);
    }

    /** A required query parameter. */
    String param(String name) throws HttpError {
        String v = query(name);
        if (v == null || v.isEmpty()) throw HttpError.badRequest("missing parameter: " + name);
        return v;
    }

    /** An integer query parameter. */
    int intParam(String name) throws HttpError {
        try {
            return Integer.parseInt(param(name));
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("not a number: " + name);
        }
    }

    static Map<String, String> parseQuery(String raw) {
        Map<String, String> m = new HashMap<>();
        if (raw == null || raw.isEmpty()) return m;
        for (String part : raw.split("&")) {
            int eq = part.indexOf('=');
            String k = eq < 0 ? part : part.substring(0, eq);
            String v = eq < 0 ? "" : part.substring(eq + 1);
            try {
                m.putIfAbsent(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // a malformed escape: the parameter is left out
            }
        }
        return m;
    }

    /** The declared body length, or -1 when not given. */
    long contentLength() {
        String cl = header("Content-Length");
        if (cl == null) return -1;
        try {
            return Long.parseLong(cl.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    InputStream body() {
        return ex.getRequestBody();
    }

    /** The body as JSON, at most {@code max} bytes. */
    JsonNode json(int max) throws HttpError, IOException {
        if (contentLength() > max) throw new HttpError(413, "request too large");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] b = new byte[8192];
        try (InputStream in = body()) {
            int n;
            while ((n = in.read(b)) > 0) {
                buf.write(b, 0, n);
                if (buf.size() > max) throw new HttpError(413, "request too large");
            }
        }
        try {
            JsonNode n = Json.MAPPER.readTree(buf.toByteArray());
            if (n == null || !n.isObject()) throw HttpError.badRequest("a JSON object is required");
            return n;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw HttpError.badRequest("not JSON: " + e.getOriginalMessage());
        }
    }

    void sendJson(int status, Object tree) throws IOException {
        send(status, "application/json; charset=utf-8", Json.MAPPER.writeValueAsBytes(tree));
    }

    void sendError(HttpError e) throws IOException {
        sendJson(e.status(), Json.object().put("error", e.getMessage()));
    }

    void redirect(String location, String cookie) throws IOException {
        if (cookie != null) ex.getResponseHeaders().add("Set-Cookie", cookie);
        ex.getResponseHeaders().set("Location", location);
        send(303, "text/plain; charset=utf-8", new byte[0]);
    }

    void send(int status, String contentType, byte[] body) throws IOException {
        var h = ex.getResponseHeaders();
        h.set("Content-Type", contentType);
        h.set("Content-Security-Policy", CSP);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Frame-Options", "DENY");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cross-Origin-Resource-Policy", "same-origin");
        if (!h.containsKey("Cache-Control")) h.set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(method());
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }

    void cacheFor(int seconds) {
        ex.getResponseHeaders().set("Cache-Control", "private, max-age=" + seconds);
    }
}
