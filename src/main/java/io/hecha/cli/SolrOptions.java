package io.hecha.cli;

import io.hecha.index.IndexUnavailableException;
import io.hecha.solr.SolrCorpus;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --solr URL | --zk HOSTS} and {@code --collection NAME}: use a Solr collection instead of the embedded index. */
public final class SolrOptions {
    @Option(names = "--solr", paramLabel = "URL", description = "A Solr node, e.g. http://localhost:8983/solr.")
    String url;

    @Option(names = "--zk", paramLabel = "HOSTS", description = "ZooKeeper of a SolrCloud cluster, e.g. zk1:2181,zk2:2181/solr.")
    String zk;

    @Option(names = "--collection", paramLabel = "NAME", defaultValue = "hecha",
            description = "The Solr collection (default: ${DEFAULT-VALUE}).")
    String collection;

    /** True when a Solr collection is to be used. */
    boolean enabled() {
        return url != null || zk != null;
    }

    /** The collection (usage error when both --solr and --zk are given). */
    SolrCorpus store(CommandSpec spec) throws IndexUnavailableException {
        if (url != null && zk != null) throw new ParameterException(spec.commandLine(), "give --solr or --zk, not both");
        if (collection == null || collection.isBlank()) throw new ParameterException(spec.commandLine(), "--collection is empty");
        return url != null ? SolrCorpus.atUrl(url, collection) : SolrCorpus.atZooKeeper(zk, collection);
    }
}
