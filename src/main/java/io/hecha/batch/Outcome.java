package io.hecha.batch;

import io.hecha.output.SummaryRow;

/**
 * What handling one input gave.
 *
 * @param row      its summary row
 * @param json     the JSON to write for it, or null (not read, or reused unchanged)
 * @param reused   true when the input was unchanged and the last run's row stands
 * @param reusable whether a later run may reuse this result for the same content
 */
record Outcome(SummaryRow row, String json, boolean reused, boolean reusable) {
    static Outcome failed(SummaryRow row, boolean reusable) {
        return new Outcome(row, null, false, reusable);
    }
}
