package io.hecha.cli;

import io.hecha.index.IndexUnavailableException;
import io.hecha.index.analysis.WordList;
import io.hecha.search.Condition;
import io.hecha.search.CorpusSearcher;
import io.hecha.search.LuceneSearcher;
import io.hecha.search.QuerySyntaxException;
import io.hecha.search.SearchRequest;
import io.hecha.search.SearchResults;
import io.hecha.search.SearchResultsJson;
import io.hecha.search.SearchResultsText;
import io.hecha.search.WhereParser;
import io.hecha.output.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code hecha search INDEX [QUERY] [--facet F,…] [--where EXPR] [--indicator NAME [--below R] [--above R]]
 * [--limit N] [--format text|json]} (with {@code --solr URL} or {@code --zk HOSTS}: no INDEX). Exit 0
 * when reports match, 5 when none does, 2 for bad usage (a bad {@code --where}), 3 when the index is
 * missing or damaged or Solr does not answer.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the corpus index: Chinese full text, structured filters, indicators, facets.")
public final class SearchCommand implements Callable<Integer> {
    @Parameters(arity = "0..2", paramLabel = "INDEX QUERY",
            description = "The index folder (not with --solr/--zk), then the text to find: words or \"phrases\", all required.")
    List<String> params;

    @Option(names = "--facet", split = ",", paramLabel = "FIELD",
            description = "Count matches by these fields (year, type, grade, subject, rule, category, region, format…).")
    List<String> facets;

    @Option(names = "--where", paramLabel = "EXPR",
            description = "Filter: e.g. 'year>=2023 AND score<80', 'error=fixed-assets.net-value AND year=2024'.")
    String where;

    @Option(names = "--indicator", paramLabel = "NAME", description = "Reports that have this indicator.")
    String indicator;

    @Option(names = "--below", paramLabel = "RATE", description = "With --indicator: its score ÷ weight is below RATE (0.5 = half).")
    BigDecimal below;

    @Option(names = "--above", paramLabel = "RATE", description = "With --indicator: its score ÷ weight is above RATE.")
    BigDecimal above;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    SolrOptions solr;

    @ParentCommand
    HechaCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> p = params == null ? List.of() : params;
        if (!format.equals("text") && !format.equals("json")) throw usage("--format must be text or json");
        if (limit < 0 || limit > 10_000) throw usage("--limit must be between 0 and 10000");
        if ((below != null || above != null) && indicator == null) throw usage("--below and --above need --indicator");
        String query;
        Path index = null;
        if (solr.enabled()) {
            if (p.size() > 1) throw usage("with --solr/--zk give only the QUERY");
            query = p.isEmpty() ? "" : p.get(0);
        } else {
            if (p.isEmpty()) throw usage("the index folder is missing (e.g. output/index)");
            index = Path.of(p.get(0));
            query = p.size() > 1 ? p.get(1) : "";
        }
        Condition condition;
        try {
            condition = where == null || where.isBlank() ? null : WhereParser.parse(where);
        } catch (QuerySyntaxException e) {
            throw usage(e.getMessage());
        }
        SearchRequest request = new SearchRequest(query, condition, indicator, below, above,
                facets == null ? List.of() : facets, limit, 10);
        SearchResults results;
        try (CorpusSearcher searcher = solr.enabled() ? solr.store(spec) : LuceneSearcher.open(index, WordList.standard())) {
            results = searcher.search(request);
        } catch (QuerySyntaxException e) {
            throw usage(e.getMessage());
        } catch (IndexUnavailableException e) {
            err.println("hecha: " + e.getMessage());
            if (parent != null && parent.debug) e.printStackTrace(err);
            err.flush();
            return ExitCodes.UNREADABLE;
        } catch (IOException e) {
            err.println("hecha: " + e.getMessage());
            err.flush();
            return ExitCodes.INTERNAL;
        }
        for (String w : results.warnings()) err.println("hecha: warning: " + w);
        err.flush();
        if (format.equals("json")) out.print(Json.toText(SearchResultsJson.of(results)));
        else SearchResultsText.print(results, out);
        out.flush();
        return results.total() > 0 ? ExitCodes.OK : ExitCodes.NOT_FOUND;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
