package io.hecha.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

/**
 * Who may use the page. On a loopback address the {@code Host} header must name this server
 * (a web page elsewhere cannot reach it through DNS rebinding); with a token every request must
 * carry it (the cookie {@value #COOKIE}, set by opening {@code /?token=T}, or
 * {@code Authorization: Bearer T}); a request that changes something must come from the page
 * itself (the {@value #CSRF_HEADER} header, which a cross-site form cannot send, and no foreign
 * {@code Origin}).
 */
final class AccessGuard {
    static final String COOKIE = "hecha_token";
    static final String CSRF_HEADER = "X-Hecha-Request";

    private final byte[] token;
    private final boolean loopback;
    private Set<String> hosts = Set.of();

    AccessGuard(String token, boolean loopback) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        this.loopback = loopback;
    }

    /** Sets the port once bound (the Host names that are this server). */
    void port(int port) {
        hosts = Set.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port);
    }

    boolean tokenRequired() {
        return token != null;
    }

    /** Whether the Host header names this server (always true off loopback, where the token guards). */
    boolean hostAllowed(String host) {
        return !loopback || (host != null && hosts.contains(host.toLowerCase(Locale.ROOT)));
    }

    /** Whether the request carries the token (always true without one). */
    boolean authorised(Request r) {
        if (token == null) return true;
        String auth = r.header("Authorization");
        if (auth != null && auth.startsWith("Bearer ") && matches(auth.substring(7).trim())) return true;
        String cookies = r.header("Cookie");
        if (cookies != null) {
            for (String c : cookies.split(";")) {
                String kv = c.trim();
                if (kv.startsWith(COOKIE + "=") && matches(kv.substring(COOKIE.length() + 1))) return true;
            }
        }
        return false;
    }

    /** Whether a presented token is the right one (constant time). */
    boolean matches(String presented) {
        return token != null && presented != null
                && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
    }

    /** The cookie that remembers the token for the page's later requests. */
    String cookie() {
        return COOKIE + "=" + new String(token, StandardCharsets.UTF_8) + "; Path=/; HttpOnly; SameSite=Strict";
    }

    /** Whether a state-changing request comes from the page itself. */
    boolean sameOrigin(Request r) {
        if (!"1".equals(r.header(CSRF_HEADER))) return false;
        String site = r.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin")) return false;
        String origin = r.header("Origin");
        return origin == null || origin.equals("http://" + r.header("Host"));
    }
}
