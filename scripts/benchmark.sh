#!/usr/bin/env bash
# The benchmark (issue 7). Usage: scripts/benchmark.sh [DOCS]   (DOCS: batch size, default 1000)
# Writes BENCHMARKS.md at the project root. Needs only Java 17, Maven and the JDK's jcmd/jstat.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
docs=${1:-1000}
work=$(mktemp -d /tmp/hecha-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "building…" >&2
mvn -q -B -DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp >&2
cp="target/test-classes:target/classes:$(cat target/bench.cp)"

echo "in-process benchmark (pipeline vs Tika vs open-only)…" >&2
java -Xmx2g -Dfile.encoding=UTF-8 -cp "$cp" io.hecha.bench.Benchmark fixtures > "$work/inproc.md"
real=../shared/corpus/real   # published PDFs nobody here wrote (read in place, never copied into the repo)
if ls "$real"/*.pdf > /dev/null 2>&1; then
  echo "in-process benchmark on the published PDFs of $real…" >&2
  java -Xmx2g -Dfile.encoding=UTF-8 -Dbench.parallelDocs=0 -cp "$cp" io.hecha.bench.Benchmark "$real" > "$work/real.md"
else
  echo "($real not found: no published PDFs to measure)" > "$work/real.md"
fi

echo "batch of $docs documents…" >&2
mkdir -p "$work/in" "$work/out"
mapfile -t srcs < <(ls fixtures/*.docx fixtures/*.pdf | sort)
for ((i = 0; i < docs; i++)); do
  s=${srcs[$((i % ${#srcs[@]}))]}
  cp "$s" "$work/in/$(printf '%04d' "$i")-$(basename "$s")"
done
samples="$work/samples.tsv"
: > "$samples"
HECHA_JAVA_OPTS="-Xmx1g" /usr/bin/time -v -o "$work/time.txt" \
  ./hecha batch "$work/in" -o "$work/out" --threads 2 > "$work/batch.out" 2> "$work/batch.err" &
tpid=$!
next=100
while kill -0 "$tpid" 2>/dev/null; do
  jpid=$(pgrep -f "hecha.jar batch $work/in" | head -1 || true)
  if [ -n "$jpid" ]; then
    n=$(find "$work/out" -maxdepth 1 -name '*.json' 2>/dev/null | wc -l || true)
    if [ "$n" -ge "$next" ]; then
      jcmd "$jpid" GC.run > /dev/null 2>&1 || true
      heap=$(jstat -gc "$jpid" 2>/dev/null | awk 'NR==2 {printf "%.0f", ($3+$4+$6+$8)/1024}')
      rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$jpid/status" 2>/dev/null || echo "?")
      printf '%s\t%s\t%s\n' "$n" "${heap:-?}" "$rss" >> "$samples"
      next=$(( (n / 100 + 1) * 100 ))
    fi
  fi
  sleep 0.2
done
wait "$tpid" || true
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
maxrss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$work/time.txt")
outs=$(find "$work/out" -maxdepth 1 -name '*.json' | wc -l)

echo "cold start…" >&2
./hecha check fixtures/tangshan-gxj-2024.docx > /dev/null 2>&1 || true   # untimed: makes the launcher's class-data archive
cold=()
for i in 1 2 3 4 5 6 7; do
  t0=$(date +%s%N)
  ./hecha check fixtures/tangshan-gxj-2024.docx > /dev/null 2>&1 || true
  t1=$(date +%s%N)
  cold+=( $(( (t1 - t0) / 1000000 )) )
done
coldmed=$(printf '%s\n' "${cold[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')

echo "corpus index and search…" >&2
scripts/benchmark-corpus.sh 1000 10000 > "$work/corpus.md"
echo "scanned pages (OCR)…" >&2
scripts/benchmark-ocr.sh > "$work/ocr.md"

echo "large documents (one 2,000 × 20 table; 50,000 paragraphs and that table)…" >&2
large="$work/large"
mkdir -p "$large"
java -Xmx2g -Dfile.encoding=UTF-8 -cp "$cp" io.hecha.bench.LargeDocuments "$large" > "$work/large.md"
# hecha check end to end (JVM start included); $2: the JVM options
large_check() {
  HECHA_JAVA_OPTS="$2" /usr/bin/time -v -o "$large/$1$2.time" ./hecha check --timeout 600 "$large/$1.docx" > "$large/$1$2.out" 2>&1 || true
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$large/$1$2.time")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$large/$1$2.time")
  echo "| \`$1.docx\` | \`$2\` | $wall | $rss | $(tail -1 "$large/$1$2.out") |"
}
large_rows=$(large_check table -Xmx2g; large_check long -Xmx2g; large_check long -Xmx400m)

{
  echo "# Benchmarks"
  echo
  echo "Written by \`scripts/benchmark.sh\` (one run; nothing below was edited by hand)."
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB"
  echo "- java: $(java -version 2>&1 | head -1)"
  echo "- commit: $(git rev-parse --short HEAD)"
  echo "- command: \`scripts/benchmark.sh $docs\`"
  echo
  echo "## Full pipeline vs Apache Tika (in one JVM, same files, same run)"
  echo
  echo "Full pipeline = read + extract + check (\`Pipeline.run\`); Tika = \`AutoDetectParser\` into a"
  echo "\`BodyContentHandler\` (plain text, its Tesseract OCR of embedded images off); open only = POI \`XWPFDocument\` / PDFBox \`Loader.loadPDF\`."
  echo
  cat "$work/inproc.md"
  echo
  echo "## Full pipeline vs Apache Tika on published PDFs (\`../shared/corpus/real\`, same method)"
  echo
  echo "Budget and final-account PDFs published by government units (office-suite exports with TrueType fonts,"
  echo "many tables), unlike the fixtures (LibreOffice renderings of long reports with embedded Type 1 fonts,"
  echo "more prose to read facts from). The one-thread table only."
  echo
  cat "$work/real.md"
  echo
  echo "## Batch of $docs documents (\`hecha batch --threads 2\`, -Xmx1g, copies of the fixtures)"
  echo
  echo "- wall time: $wall; outputs written: $outs"
  echo "- peak RSS: ${maxrss} MiB (target < 1024 MiB: $([ "${maxrss:-99999}" -lt 1024 ] && echo met || echo MISSED))"
  echo
  echo "Memory after each hundred documents (after a forced GC: live heap; and process RSS):"
  echo
  echo "| documents done | live heap MiB | RSS MiB |"
  echo "|---:|---:|---:|"
  awk -F'\t' '{printf "| %s | %s | %s |\n", $1, $2, $3}' "$samples"
  echo
  echo "## Cold start"
  echo
  echo "\`./hecha check fixtures/tangshan-gxj-2024.docx\` including JVM start, jar prebuilt and the launcher's class-data-sharing archive made by an untimed first run (\`hecha\` runs one-off commands with the quick JIT tier): runs ${cold[*]} ms;"
  echo "median **${coldmed} ms** (target ≤ 2000 ms: $([ "$coldmed" -le 2000 ] && echo met || echo MISSED))."
  echo
  cat "$work/corpus.md"
  echo
  echo "## Linear cost: one big table, one long document (issue 14 item 9)"
  echo
  echo "\`table.docx\`: one table of 2,000 rows × 20 columns (科目编码 类 ⊃ 款 ⊃ 项, 合计 row and column: every parent,"
  echo "total and row total is a relation to check); \`long.docx\`: 50,000 body paragraphs with numbers, then that table"
  echo "(\`io.hecha.bench.LargeDocuments\`). Targets: check of the table ≤ 2 s; the long document ≤ 10 s and ≤ 500 MB."
  echo
  cat "$work/large.md"
  echo
  echo "\`hecha check\` end to end (JVM start included):"
  echo
  echo "| input | JVM | wall | peak RSS MiB | result |"
  echo "|---|---|---:|---:|---|"
  echo "$large_rows"
  echo
  cat "$work/ocr.md"
} > BENCHMARKS.md
echo "wrote BENCHMARKS.md" >&2
