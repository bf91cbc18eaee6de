/**
 * The benchmark harness (not part of the test suite): run by {@code scripts/benchmark.sh}, which
 * writes {@code BENCHMARKS.md}.
 */
package io.hecha.bench;
