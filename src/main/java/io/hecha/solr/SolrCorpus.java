package io.hecha.solr;

import io.hecha.index.Fields;
import io.hecha.index.IndexUnavailableException;
import io.hecha.index.IndicatorScore;
import io.hecha.index.Line;
import io.hecha.index.ReportRecord;
import io.hecha.index.ReportStore;
import io.hecha.search.CorpusSearcher;
import io.hecha.search.FacetCount;
import io.hecha.search.QuerySyntaxException;
import io.hecha.search.SearchHit;
import io.hecha.search.SearchRequest;
import io.hecha.search.SearchResults;
import io.hecha.search.StoredHits;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudLegacySolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A Solr collection with hecha's configset as the corpus: the same fields, values and analyzer as
 * the embedded index, so the same request finds the same reports. Updates are sent in batches.
 */
public final class SolrCorpus implements ReportStore, CorpusSearcher {
    private static final int BATCH = 50;

    private final SolrClient client;
    private final String collection;
    private final String where;
    private final List<SolrInputDocument> pending = new ArrayList<>();

    private SolrCorpus(SolrClient client, String collection, String where) {
        this.client = client;
        this.collection = collection;
        this.where = where;
    }

    /**
     * The collection at a Solr URL ({@code http://host:8983/solr}), checked to answer.
     *
     * @throws IndexUnavailableException when Solr cannot be reached or has no such collection
     */
    public static SolrCorpus atUrl(String url, String collection) throws IndexUnavailableException {
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        SolrClient c = new HttpJdkSolrClient.Builder(base).useHttp1_1(true)
                .withConnectionTimeout(10, TimeUnit.SECONDS).withRequestTimeout(120, TimeUnit.SECONDS).build();
        return checked(new SolrCorpus(c, collection, "solr " + base + " collection " + collection));
    }

    /**
     * The collection of a SolrCloud cluster found through ZooKeeper ({@code host:2181,host2:2181/chroot}).
     *
     * @throws IndexUnavailableException when the cluster cannot be reached or has no such collection
     */
    public static SolrCorpus atZooKeeper(String zkHosts, String collection) throws IndexUnavailableException {
        String hosts = zkHosts;
        Optional<String> chroot = Optional.empty();
        int slash = zkHosts.indexOf('/');
        if (slash >= 0) {
            hosts = zkHosts.substring(0, slash);
            chroot = Optional.of(zkHosts.substring(slash));
        }
        SolrClient c;
        try {
            c = new CloudLegacySolrClient.Builder(Arrays.asList(hosts.split(",")), chroot)
                    .withDefaultCollection(collection).build();
        } catch (RuntimeException e) {
            throw new IndexUnavailableException("cannot reach ZooKeeper at " + zkHosts + ": " + e.getMessage(), e);
        }
        return checked(new SolrCorpus(c, collection, "solrcloud " + zkHosts + " collection " + collection));
    }

    /** The innermost message of a failure (SolrJ wraps a refused connection in exceptions without one). */
    static String reason(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) message = t.getMessage();
            else if (message == null) message = t.getClass().getSimpleName();
        }
        return message;
    }

    private static SolrCorpus checked(SolrCorpus s) throws IndexUnavailableException {
        try {
            s.client.query(s.collection, new SolrQuery("*:*").setRows(0));
            return s;
        } catch (SolrServerException | IOException | RuntimeException e) {
            try {
                s.client.close();
            } catch (IOException ignored) {
                // already failing
            }
            throw new IndexUnavailableException(s.where + " does not answer (" + reason(e)
                    + "); is Solr running and the collection created from solr/configset/hecha?", e);
        }
    }

    @Override
    public Map<String, String> hashes() throws IOException {
        Map<String, String> out = new HashMap<>();
        SolrQuery q = new SolrQuery("*:*").setFields(Fields.ID, Fields.HASH).setRows(1000)
                .setSort(Fields.ID, SolrQuery.ORDER.asc);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = query(q);
            for (SolrDocument d : r.getResults()) out.put((String) d.getFieldValue(Fields.ID), (String) d.getFieldValue(Fields.HASH));
            String next = r.getNextCursorMark();
            if (next == null || next.equals(cursor)) return out;
            cursor = next;
        }
    }

    @Override
    public void put(ReportRecord r) throws IOException {
        SolrInputDocument d = new SolrInputDocument();
        d.addField(Fields.ID, r.id());
        d.addField(Fields.HASH, r.hash());
        r.keywords().forEach((f, values) -> {
            for (String v : values) d.addField(f, Fields.INDICATOR.equals(f) ? Fields.normalizeName(v) : v);
        });
        r.numbers().forEach((f, v) -> d.addField(SolrQueries.field(f), Fields.scaled(v)));
        for (IndicatorScore i : r.indicators()) {
            add(d, Fields.indicatorField(i.name(), "weight"), i.weight());
            add(d, Fields.indicatorField(i.name(), "score"), i.score());
            add(d, Fields.indicatorField(i.name(), "rate"), i.rate());
        }
        String indicators = io.hecha.index.IndicatorsJson.write(r.indicators());
        if (indicators != null) d.addField(Fields.INDICATORS_JSON, indicators);
        r.lines().forEach((f, lines) -> {
            for (Line l : lines) d.addField(f, l.value());
        });
        pending.add(d);
        if (pending.size() >= BATCH) flush();
    }

    private static void add(SolrInputDocument d, String field, BigDecimal v) {
        if (v != null) d.addField(field, Fields.scaled(v));
    }

    private void flush() throws IOException {
        if (pending.isEmpty()) return;
        try {
            client.add(collection, new ArrayList<>(pending));
            pending.clear();
        } catch (SolrServerException e) {
            throw new IOException(where + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String id) throws IOException {
        flush();
        try {
            client.deleteById(collection, id);
        } catch (SolrServerException e) {
            throw new IOException(where + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long count() throws IOException {
        return query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
    }

    @Override
    public void deleteAll() throws IOException {
        pending.clear();
        try {
            client.deleteByQuery(collection, "*:*");
        } catch (SolrServerException e) {
            throw new IOException(where + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void commit() throws IOException {
        flush();
        try {
            client.commit(collection, true, true);
        } catch (SolrServerException e) {
            throw new IOException(where + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return where;
    }

    @Override
    public SearchResults search(SearchRequest request) throws QuerySyntaxException, IndexUnavailableException {
        for (String f : request.facets()) StoredHits.checkFacet(f);
        long t0 = System.nanoTime();
        SolrQuery q = new SolrQuery(SolrQueries.text(request.query()));
        for (String fq : SolrQueries.filters(request)) q.addFilterQuery(fq);
        q.setRows(request.limit());
        q.setFields(StoredHits.storedFields().stream().map(SolrQueries::field).toArray(String[]::new));
        q.addField("score");
        q.setSort("score", SolrQuery.ORDER.desc).addSort(Fields.ID, SolrQuery.ORDER.asc);
        if (!request.facets().isEmpty()) {
            q.setFacet(true).setFacetMinCount(1).setFacetLimit(Math.max(1, request.facetLimit())).setFacetSort("count");
            for (String f : request.facets()) q.addFacetField(f);
        }
        boolean highlight = !request.query().isEmpty();
        if (highlight) SolrHighlighting.ask(q);
        QueryResponse r;
        try {
            r = query(q);
        } catch (IOException e) {
            throw new IndexUnavailableException(where + ": " + e.getMessage(), e);
        }
        List<SearchHit> hits = new ArrayList<>();
        Map<String, Map<String, List<String>>> hl = highlight && r.getHighlighting() != null ? r.getHighlighting() : Map.of();
        for (SolrDocument d : r.getResults()) {
            String id = (String) d.getFieldValue(Fields.ID);
            Map<String, List<String>> fields = new LinkedHashMap<>();
            for (String sf : d.getFieldNames()) {
                if ("score".equals(sf) || Fields.INDICATORS_JSON.equals(sf)) continue;
                String f = SolrQueries.hechaField(sf);
                List<String> values = new ArrayList<>();
                for (Object v : d.getFieldValues(sf)) values.add(shown(f, v));
                fields.put(f, values);
            }
            Object score = d.getFieldValue("score");
            double s = highlight && score instanceof Number n ? n.doubleValue() : 0;
            hits.add(new SearchHit(id, s, fields, SolrHighlighting.snippets(hl.get(id)),
                    StoredHits.matchingIndicators((String) d.getFieldValue(Fields.INDICATORS_JSON), request.indicator())));
        }
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (String f : request.facets()) {
            List<FacetCount> values = new ArrayList<>();
            FacetField ff = r.getFacetField(f);
            if (ff != null && ff.getValues() != null) {
                for (FacetField.Count c : ff.getValues()) values.add(new FacetCount(shown(f, c.getName()), c.getCount()));
            }
            values.sort(StoredHits.FACET_ORDER);
            facets.put(f, values);
        }
        return new SearchResults(r.getResults().getNumFound(), hits, facets, (System.nanoTime() - t0) / 1_000_000, List.of());
    }

    /** A stored value as shown: number fields hold scaled longs. */
    private static String shown(String field, Object v) {
        if (Fields.isNumber(field)) return Fields.unscaled(Long.parseLong(v.toString())).toPlainString();
        return v.toString();
    }

    private QueryResponse query(SolrQuery q) throws IOException {
        try {
            return client.query(collection, q, org.apache.solr.client.solrj.SolrRequest.METHOD.POST);
        } catch (SolrServerException | RuntimeException e) {
            throw new IOException(where + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            client.close();
        }
    }
}
