package io.hecha.interpret.relation;

import io.hecha.interpret.Interval;

/**
 * A fact as the relation rules see it, wherever it was stated: in a sentence or in a table cell.
 *
 * @param id        0-based position among the facts given to the rules
 * @param concept   the vocabulary concept ("" none)
 * @param subject   what it is about ("" unknown)
 * @param period    its year ("" unknown)
 * @param unit      its normalised unit
 * @param interval  the interval the printed number stands for, signed, in {@code unit}
 * @param printed   the number with its unit, as in messages (with a sign for a decrease)
 * @param shown     the number exactly as printed in the document (a finding's values)
 * @param decimals  the decimals the claim shows (its context precision)
 * @param exact     true for counts and scores read as exact
 * @param label     the words that name it (the sentence's label, or the row and column labels)
 * @param place     where it stands
 * @param of        for a change or share: the id of the fact it is stated about, else -1
 * @param base      for a change or share: what it is compared with (concept, words, period), else null
 */
public record Stated(int id, String concept, String subject, String period, String unit, Interval interval,
                     String printed, String shown, int decimals, boolean exact, String label, Place place, int of, Base base) {
    /**
     * Where a fact stands: a sentence (its index, its paragraph, its section) or a table cell (the
     * table's position among the document's tables, row and column).
     *
     * @param sentence  the sentence's index, -1 for a cell
     * @param paragraph the paragraph's index, -1 for a cell
     * @param section   the section path
     * @param table     the table's index, -1 for a sentence
     * @param row       the grid row, -1 for a sentence
     * @param column    the grid column, -1 for a sentence
     * @param total     for a sentence fact: true when "其中" follows it (its parts come next); for a
     *                  cell: true in a total row
     * @param partOf    for a cell: the row of the total it is a part of ({@code sum(X)} of that total's
     *                  fact adds it), -1 when none is known
     */
    public record Place(int sentence, int paragraph, String section, int table, int row, int column, boolean total,
                        int partOf) {
        /** A place that is no part of a known total. */
        public Place(int sentence, int paragraph, String section, int table, int row, int column, boolean total) {
            this(sentence, paragraph, section, table, row, column, total, -1);
        }

        /** True for a fact stated in text. */
        public boolean text() {
            return table < 0;
        }
    }

    /** What a change or share is compared with: a concept, the words naming it, a period (each may be ""). */
    public record Base(String concept, String words, String period) {
    }

    /** The printed value in the unit, signed (the claim's nominal value). */
    public java.math.BigDecimal value() {
        return interval.nominal();
    }
}
