package io.hecha.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hecha.index.IndexUnavailableException;
import io.hecha.index.analysis.WordList;
import io.hecha.search.LuceneSearcher;
import io.hecha.search.QuerySyntaxException;
import io.hecha.search.SearchRequest;
import io.hecha.search.SearchResults;
import io.hecha.search.SearchResultsJson;
import io.hecha.search.WhereParser;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The search box, when the corpus index exists ({@code OUTPUT_DIR/index}, what {@code hecha index}
 * writes by default): full text with facets and a {@code --where} filter, through the corpus
 * package's public searcher. The index is reopened when {@code hecha index} has committed a new
 * version since; each hit is linked to its report on this page when it is one of them.
 */
final class SearchService implements AutoCloseable {
    /** Facets the page offers. */
    static final List<String> FACETS = List.of("year", "type", "grade", "region", "error");
    private static final int LIMIT = 20;

    private final Path dir;
    private WordList words;
    private LuceneSearcher searcher;
    private String openedAt = "";

    SearchService(Path indexDir) {
        this.dir = indexDir;
    }

    /** Whether there is an index to search. */
    boolean available() {
        return !commit().isEmpty();
    }

    /** The results as JSON, each hit with the id of its report on this page ({@code report}) when known. */
    synchronized ObjectNode search(String query, String where, Map<Path, String> reportsByJson) throws HttpError {
        SearchRequest request = SearchRequest.text(query == null ? "" : query.strip()).withFacets(FACETS).withLimit(LIMIT);
        try {
            if (where != null && !where.isBlank()) request = request.withWhere(WhereParser.parse(where));
            SearchResults r = searcher().search(request);
            ObjectNode json = SearchResultsJson.of(r);
            for (JsonNode hit : json.path("hits")) {
                String report = reportsByJson.get(Path.of(hit.path("id").asText()).toAbsolutePath().normalize());
                if (report != null) ((ObjectNode) hit).put("report", report);
            }
            return json;
        } catch (QuerySyntaxException e) {
            throw HttpError.badRequest(e.getMessage());
        } catch (IndexUnavailableException e) {
            throw new HttpError(503, e.getMessage());
        }
    }

    /** The searcher, (re)opened when the index has a newer commit than the one open. */
    private LuceneSearcher searcher() throws IndexUnavailableException {
        String commit = commit();
        if (searcher != null && commit.equals(openedAt)) return searcher;
        closeSearcher();
        if (words == null) words = WordList.standard();
        searcher = LuceneSearcher.open(dir, words);
        openedAt = commit;
        return searcher;
    }

    /** The name of the index's newest commit file ({@code segments_N}), "" when there is none. */
    private String commit() {
        if (!Files.isDirectory(dir)) return "";
        String newest = "";
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "segments_*")) {
            for (Path p : s) {
                String n = p.getFileName().toString();
                if (n.length() > newest.length() || (n.length() == newest.length() && n.compareTo(newest) > 0)) newest = n;
            }
        } catch (IOException e) {
            return "";
        }
        return newest;
    }

    /** Absolute JSON path → report id, for linking hits. */
    static Map<Path, String> reportsByJson(List<ReportStore.Report> reports) {
        Map<Path, String> m = new HashMap<>();
        for (ReportStore.Report r : reports) {
            Path json = r.json();
            if (json != null) m.put(json.toAbsolutePath().normalize(), r.id());
        }
        return m;
    }

    private void closeSearcher() {
        if (searcher == null) return;
        try {
            searcher.close();
        } catch (IOException e) {
            // a reader that cannot close holds nothing we need
        }
        searcher = null;
    }

    @Override
    public synchronized void close() {
        closeSearcher();
    }
}
