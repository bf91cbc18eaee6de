package io.hecha.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.hecha.batch.InputProcessor;
import io.hecha.output.Json;
import io.hecha.output.ReviewDecisions;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * The web page of {@code hecha serve}: the JDK's HTTP server on one address, a static page from the
 * jar, and the JSON API it calls ({@code /api/…}). Start with {@link #start}, stop with {@link #close}.
 */
public final class HechaServer implements AutoCloseable {
    /** Static files of the page, from the jar, served at /NAME ("/" is index.html). */
    private static final Set<String> STATIC = Set.of("index.html", "app.css", "app.js", "dom.js",
            "list.js", "upload.js", "report.js", "document.js", "charts.js", "pageview.js", "search.js");
    private static final int JSON_LIMIT = 64 * 1024;

    private interface Route {
        void handle(Request r) throws HttpError, IOException;
    }

    private final ServeOptions options;
    private final HttpServer http;
    private final ExecutorService executor;
    private final AccessGuard guard;
    private final ReportStore store;
    private final Decisions decisions;
    private final PageRenderer pages;
    private final Uploads uploads;
    private final SearchService search;
    private final Map<String, Route> routes = new HashMap<>();
    private final Map<String, byte[]> statics = new HashMap<>();
    private final PrintWriter log;

    private HechaServer(ServeOptions options, InputProcessor pipeline, PrintWriter log) throws IOException {
        this.options = options;
        this.log = log;
        Path out = options.outputDir().toAbsolutePath().normalize();
        Files.createDirectories(out);
        Path uploadsDir = out.resolve("uploads");
        InetAddress address = InetAddress.getByName(options.bind());
        this.guard = new AccessGuard(options.token(), address.isLoopbackAddress());
        this.store = new ReportStore(out, uploadsDir);
        this.decisions = new Decisions(store, log);
        this.pages = new PageRenderer(options.batch().password());
        this.uploads = new Uploads(uploadsDir, options.uploadBatch(uploadsDir), pipeline);
        this.search = new SearchService(out.resolve("index"));
        for (String name : STATIC) statics.put(name, resource(name));
        routes.put("GET /api/info", this::info);
        routes.put("GET /api/reports", this::reports);
        routes.put("GET /api/report", this::report);
        routes.put("GET /api/page", this::page);
        routes.put("POST /api/decision", this::decide);
        routes.put("POST /api/upload", this::upload);
        routes.put("POST /api/jobs", this::submit);
        routes.put("GET /api/job", this::job);
        routes.put("GET /api/search", this::search);
        this.executor = Daemons.pool("hecha-serve-http", 4);
        this.http = HttpServer.create(new InetSocketAddress(address, options.port()), 64);
        http.createContext("/", this::dispatch);
        http.setExecutor(executor);
        guard.port(http.getAddress().getPort());
    }

    /**
     * Starts the server.
     *
     * @param options  folder, address, port, token, batch limits for uploads
     * @param pipeline what uploads go through, normally {@code new Pipeline()::run}
     * @param log      where problems met in the background go
     * @throws IOException when the address cannot be bound or the folder cannot be created
     */
    public static HechaServer start(ServeOptions options, InputProcessor pipeline, PrintWriter log) throws IOException {
        HechaServer s = new HechaServer(options, pipeline, log);
        s.http.start();
        return s;
    }

    /** The port it listens on. */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The page's address (with the host as bound; a wildcard bind is shown as 127.0.0.1). */
    public URI uri() {
        InetAddress a = http.getAddress().getAddress();
        String host = a.isAnyLocalAddress() ? "127.0.0.1" : a.getHostAddress();
        if (host.contains(":")) host = "[" + host + "]";
        return URI.create("http://" + host + ":" + port() + "/");
    }

    @Override
    public void close() {
        http.stop(0);
        uploads.close();
        decisions.close();
        search.close();
        executor.shutdownNow();
    }

    private void dispatch(HttpExchange ex) {
        Request r = new Request(ex);
        try {
            try {
                route(r);
            } catch (HttpError e) {
                r.sendError(e);
            } catch (RuntimeException e) {
                log.println("hecha serve: " + r.method() + " " + r.path() + ": " + e);
                log.flush();
                r.sendError(new HttpError(500, "internal error: " + e.getMessage()));
            }
        } catch (IOException e) {
            // the browser went away
        } finally {
            ex.close();
        }
    }

    private void route(Request r) throws HttpError, IOException {
        if (!guard.hostAllowed(r.header("Host"))) throw new HttpError(421, "this server answers only to its own address");
        String path = r.path();
        String method = r.method();
        if (!guard.authorised(r)) {
            if (path.equals("/") && guard.matches(r.query("token"))) {
                r.redirect("/", guard.cookie());
                return;
            }
            throw new HttpError(401, "a token is required: open the address hecha serve printed (…/?token=…)");
        }
        String name = path.equals("/") ? "index.html" : path.substring(1);
        if (("GET".equals(method) || "HEAD".equals(method)) && STATIC.contains(name)) {
            r.send(200, contentType(name), statics.get(name));
            return;
        }
        Route route = routes.get(method + " " + path);
        if (route == null) {
            boolean known = routes.keySet().stream().anyMatch(k -> k.endsWith(" " + path));
            throw new HttpError(known ? 405 : 404, known ? "method not allowed" : "not found: " + path);
        }
        if ("POST".equals(method) && !guard.sameOrigin(r)) throw new HttpError(403, "cross-site request refused");
        route.handle(r);
    }

    private void info(Request r) throws IOException {
        ObjectNode n = Json.object();
        n.put("outputDir", options.outputDir().toAbsolutePath().normalize().toString());
        n.put("batchOutput", store.isBatchOutput());
        n.put("uploadLimitBytes", uploads.maxBytes());
        n.put("search", search.available());
        r.sendJson(200, n);
    }

    private void reports(Request r) throws IOException {
        ObjectNode n = Json.object();
        ArrayNode arr = n.putArray("reports");
        Map<Path, ReviewDecisions> byDir = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (ReportStore.Report rep : store.list()) {
            ReviewDecisions d = byDir.computeIfAbsent(rep.dir(), dir -> {
                try {
                    return ReviewDecisions.read(dir);
                } catch (IOException e) {
                    problems.add(e.getMessage());
                    return ReviewDecisions.empty();
                }
            });
            arr.add(ReportView.row(rep, d));
        }
        n.put("batchOutput", store.isBatchOutput());
        ArrayNode ps = n.putArray("problems");
        problems.forEach(ps::add);
        r.sendJson(200, n);
    }

    private void report(Request r) throws HttpError, IOException {
        ReportStore.Report rep = store.find(r.param("id"));
        ReviewDecisions d;
        try {
            d = decisions.of(rep);
        } catch (HttpError e) {
            d = ReviewDecisions.empty();
        }
        r.sendJson(200, ReportView.of(rep, d, pages));
    }

    private void page(Request r) throws HttpError, IOException {
        ReportStore.Report rep = store.find(r.param("id"));
        byte[] png = pages.png(rep.entry().source(), rep.entry().sha256(), r.intParam("page"));
        r.cacheFor(3600);
        r.send(200, "image/png", png);
    }

    private void decide(Request r) throws HttpError, IOException {
        JsonNode body = r.json(JSON_LIMIT);
        ReportStore.Report rep = store.find(body.path("id").asText(null));
        var finding = ReportView.finding(rep, body.path("key").asText(""));
        String verdict = body.path("decision").asText("");
        ReviewDecisions.Verdict v;
        try {
            v = verdict.isEmpty() ? null : ReviewDecisions.Verdict.of(verdict);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest(e.getMessage());
        }
        String comment = body.path("comment").asText("");
        if (comment.length() > 4000) throw HttpError.badRequest("comment too long (4000 characters at most)");
        ReviewDecisions.Decision d = decisions.decide(rep, finding, v, comment);
        ObjectNode n = Json.object().put("key", finding.key());
        if (d != null) n.set("decision", ReportView.decision(d));
        r.sendJson(200, n);
    }

    private void upload(Request r) throws HttpError, IOException {
        String name = r.param("name");
        String stored = uploads.store(name, r.contentLength(), r.body());
        r.sendJson(200, Json.object().put("name", stored));
    }

    private void submit(Request r) throws HttpError, IOException {
        JsonNode body = r.json(JSON_LIMIT);
        List<String> names = new ArrayList<>();
        for (JsonNode n : body.path("names")) names.add(n.asText());
        r.sendJson(200, uploads.submit(names).json());
    }

    private void job(Request r) throws HttpError, IOException {
        r.sendJson(200, uploads.job(r.param("id")).json());
    }

    private void search(Request r) throws HttpError, IOException {
        if (!search.available()) throw HttpError.notFound("no corpus index in " + options.outputDir().resolve("index") + ": run hecha index first");
        r.sendJson(200, search.search(r.query("q"), r.query("where"), SearchService.reportsByJson(store.list())));
    }

    private static String contentType(String name) {
        if (name.endsWith(".html")) return "text/html; charset=utf-8";
        if (name.endsWith(".js")) return "text/javascript; charset=utf-8";
        return "text/css; charset=utf-8";
    }

    private static byte[] resource(String name) {
        try (InputStream in = HechaServer.class.getResourceAsStream("web/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource web/" + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
