#!/usr/bin/env bash
# The corpus benchmark (issue 11), called by scripts/benchmark.sh; also runs alone:
#   scripts/benchmark-corpus.sh [SMALL] [LARGE] > section.md        (defaults 1000 10000)
# Prints a markdown section: indexing from JSON (pinned to one core) and index size for SMALL and LARGE
# copies of the goldens, query latency (median, p95) for text, faceted and structured queries on the
# embedded index and on an in-process SolrCloud (2 nodes, 2 shards; it uses both cores).
set -euo pipefail
cd "$(dirname "$0")/.."
small=${1:-1000}
large=${2:-10000}
warmups=40   # untimed rounds over every request before the timed ones (CorpusBenchmark.latencies)
work=$(mktemp -d /tmp/hecha-corpus-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "corpus benchmark: building…" >&2
mvn -q -B -DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp >&2
cp="target/test-classes:target/classes:$(cat target/bench.cp)"
echo "corpus benchmark: $small and $large reports, embedded index, one core…" >&2
taskset -c 0 java -Xmx2g -XX:ActiveProcessorCount=1 -Dfile.encoding=UTF-8 -Dbench.warmups="$warmups" -cp "$cp" \
  io.hecha.bench.CorpusBenchmark "$work" "$small" "$large" "$work/embedded.md" >&2
echo "corpus benchmark: $large reports on an in-process SolrCloud…" >&2
(cd solr && mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp >&2 &&
  java -Xmx4g -Dfile.encoding=UTF-8 -Dbench.warmups="$warmups" -Dsolr.log.dir="$work/solr-logs" -Dzookeeper.4lw.commands.whitelist='*' \
    -Dhecha.home="$(cd .. && pwd)" -cp "target/test-classes:../target/hecha-classes.jar:../target/hecha-tests.jar:$(cat target/bench.cp)" \
    io.hecha.solr.SolrBenchmark "$work" "$work/solr.md" >&2)

load=$(cut -d' ' -f1-3 /proc/loadavg)
goldens=$(find src/test/resources/goldens -maxdepth 1 -name '*.json' | wc -l)
echo "## Corpus index and search (\`hecha index\`, \`hecha search\`)"
echo
echo "From \`scripts/benchmark-corpus.sh $small $large\`: copies of the $goldens golden results (\`src/test/resources/goldens\`)"
echo "with varied units (20 regions × 25 departments), years (2015–2024) and scores; the copies share the"
echo "templates' text, so stored-field compression makes the index smaller than truly different reports would."
echo "Indexing reads each JSON file, hashes it, projects it and indexes it, pinned to one core (\`taskset -c 0\`)."
echo "Queries go to one searcher kept open, as \`hecha serve\` keeps it: first $warmups untimed rounds over every request of"
echo "every kind (on the one core the JIT's compiler threads compete with the search for the first 30-odd rounds; the"
echo "JIT compiles for the whole mix, not for the kind timed first), then 20 timed rounds of each kind."
echo "Load average when it finished: $load (the machine is shared)."
echo
echo "### Embedded index (Lucene, one core)"
echo
cat "$work/embedded.md"
echo
echo "Targets: indexing ≥ 50 reports/s from JSON on one core; p95 ≤ 50 ms at $large reports."
echo
echo "### In-process SolrCloud (2 nodes, 2 shards, both cores, same requests)"
echo
cat "$work/solr.md"
