package io.hecha.solr;

import io.hecha.index.Fields;
import io.hecha.search.Snippet;
import io.hecha.search.Snippets;
import io.hecha.search.StoredHits;
import org.apache.solr.client.solrj.SolrQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Asks Solr's unified highlighter for what the embedded one gives: whole stored lines (their
 * location key included) as passages, matches between {@link Snippets#PRE} and {@link Snippets#POST},
 * offsets from the postings.
 */
final class SolrHighlighting {
    private SolrHighlighting() {
    }

    static void ask(SolrQuery q) {
        q.setHighlight(true);
        q.set("hl.method", "unified");
        q.set("hl.fl", String.join(",", Fields.TEXT_FIELDS));
        q.set("hl.snippets", StoredHits.PASSAGES);
        q.set("hl.fragsize", 0);
        q.set("hl.bs.type", "WHOLE");
        q.set("hl.tag.pre", Snippets.PRE);
        q.set("hl.tag.post", Snippets.POST);
        q.set("hl.maxAnalyzedChars", StoredHits.HIGHLIGHT_CHARS);
        q.set("hl.requireFieldMatch", true);
        q.set("hl.usePhraseHighlighter", true);
        q.set("hl.defaultSummary", false);
        q.set("hl.offsetSource", "POSTINGS");
    }

    /** The best snippets of one hit ({@link Snippets#best}). */
    static List<Snippet> snippets(Map<String, List<String>> byField) {
        List<Snippet> out = new ArrayList<>();
        if (byField == null) return out;
        for (String field : Fields.TEXT_FIELDS) {
            List<String> passages = byField.get(field);
            if (passages == null) continue;
            for (String p : passages) {
                if (!p.isEmpty()) out.add(Snippets.parse(field, p));
            }
        }
        return Snippets.best(out, StoredHits.PASSAGES);
    }
}
