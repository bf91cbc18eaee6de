package io.hecha.solr;

import io.hecha.bench.CorpusBenchmark;
import io.hecha.index.IndexSummary;
import io.hecha.index.Indexer;
import io.hecha.index.analysis.WordList;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The corpus benchmark, SolrCloud part ({@code scripts/benchmark-corpus.sh}): {@code SolrBenchmark WORK OUT.md}
 * starts an in-process SolrCloud (2 nodes, a 2-shard collection), indexes the copies CorpusBenchmark wrote
 * into WORK with {@code hecha index}'s indexer, and times the same requests as on the embedded index.
 */
public final class SolrBenchmark {
    private SolrBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path base = work.resolve("solrcloud");
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, base)
                .addConfig("hecha", Path.of("configset/hecha/conf")).configure();
        try {
            CollectionAdminRequest.createCollection("hecha", "hecha", 2, 1).process(cluster.getSolrClient());
            cluster.waitForActiveCollection("hecha", 2, 2);
            String url = cluster.getJettySolrRunner(0).getBaseUrl().toString();
            StringBuilder md = new StringBuilder();
            IndexSummary s;
            try (SolrCorpus solr = SolrCorpus.atUrl(url, "hecha")) {
                s = new Indexer(solr, WordList.standard(), p -> null, null, false)
                        .run(List.of(work.resolve("reports/a"), work.resolve("reports/b")), false, null);
                long bytes;
                try (Stream<Path> files = Files.walk(base)) {
                    bytes = files.filter(p -> p.toString().contains("/data/index") && Files.isRegularFile(p))
                            .mapToLong(p -> p.toFile().length()).sum();
                }
                md.append("| reports | wall s | ms per report | reports/s | index MiB (both shards) | KiB per report |\n"
                        + "|---:|---:|---:|---:|---:|---:|\n");
                md.append(String.format(Locale.ROOT, "| %d | %.1f | %.1f | %.1f | %.0f | %.0f |%n%n", s.total(), s.seconds(),
                        s.seconds() * 1000 / s.total(), s.total() / s.seconds(), bytes / 1048576.0, bytes / 1024.0 / s.total()));
                md.append(CorpusBenchmark.latencies(solr, "SolrCloud (2 nodes, 2 shards, in-process), " + s.total() + " reports"));
            }
            Files.writeString(out, md.toString());
        } finally {
            cluster.shutdown();
        }
    }
}
