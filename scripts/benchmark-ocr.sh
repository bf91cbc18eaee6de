#!/usr/bin/env bash
# The OCR part of the benchmark (#10 item 5): a scan of the reference report (every page of
# fixtures/tangshan-gxj-2024.pdf rendered to a 200 dpi grey JPEG on an image-only page) read by
# `hecha extract` with the default time limit (120 s, plus 30 s for each page read by OCR), one JVM start
# included. Prints a Markdown section (benchmark.sh puts it in BENCHMARKS.md).
# Usage: scripts/benchmark-ocr.sh [PAGES]   (the first PAGES pages, default all 42)
# Expects the jar and test classes built (benchmark.sh builds them).
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-42}
work=$(mktemp -d /tmp/hecha-bench-ocr.XXXXXX)
trap 'rm -rf "$work"' EXIT
[ -f target/bench.cp ] || mvn -q -B -DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp >&2
# the class path goes in CLASSPATH: ONNX Runtime crashes with a command line of more than ~4 KB
CLASSPATH="target/test-classes:target/classes:$(cat target/bench.cp)" \
  java -Xmx1g io.hecha.read.ocr.ScannedPdf fixtures/tangshan-gxj-2024.pdf "$work/scan.pdf" 200 1 "$pages" 2> /dev/null
HECHA_JAVA_OPTS="-Xmx2g" /usr/bin/time -v -o "$work/time.txt" \
  ./hecha extract "$work/scan.pdf" -o "$work/out" > /dev/null 2> "$work/err.txt" || true
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$work/time.txt")
cpu=$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {printf "%.0f", u + s}' "$work/time.txt")
maxrss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$work/time.txt")
[ -f "$work/out/scan.pdf.json" ] || { echo "hecha extract wrote no JSON:" >&2; cat "$work/err.txt" >&2; exit 1; }
message=$(tr -d '\n' < "$work/out/scan.pdf.json" | grep -o '"ocr.pages",[^}]*"message" *: *"[^"]*"' | sed 's/.*"message" *: *"//; s/"$//' || true)
echo "## Scanned pages (OCR)"
echo
echo "\`hecha extract\` of a $pages-page scan of the reference (200 dpi grey JPEG pages, no text layer), rendered at"
echo "300 dpi and read by OCR, JVM start and model loading included, one document (ONNX Runtime uses the cores):"
echo
echo "- wall time: $wall ($(awk -v s="$secs" -v p="$pages" 'BEGIN {printf "%.1f", s / p}') s per page); CPU time ${cpu} s; peak RSS ${maxrss} MiB"
echo "- reading: ${message:-(no ocr.pages diagnostic in the JSON)}"
