package io.hecha.interpret;

/**
 * A relation among a table's cells before it becomes a {@link Relation} of facts: the claim cell and
 * the operand cells (for sums, blank operands count as zero and are left out of the relation).
 *
 * @param rule      the rule id
 * @param kind      how the claim follows from the operands
 * @param claimRow  the claim's grid row
 * @param claimCol  the claim's grid column
 * @param rows      the operands' grid rows
 * @param cols      the operands' grid columns (same length as {@code rows})
 * @param basis     why the relation is believed, for a person
 */
record Spec(String rule, Relation.Kind kind, int claimRow, int claimCol, int[] rows, int[] cols, String basis) {
    /** A relation down one column: the claim at (row, col), the operands in the same column. */
    static Spec column(String rule, Relation.Kind kind, int row, int col, java.util.List<Integer> operandRows, String basis) {
        int[] rs = new int[operandRows.size()], cs = new int[operandRows.size()];
        for (int i = 0; i < rs.length; i++) {
            rs[i] = operandRows.get(i);
            cs[i] = col;
        }
        return new Spec(rule, kind, row, col, rs, cs, basis);
    }

    /** A relation along one row: the claim at (row, col), the operands in the same row. */
    static Spec row(String rule, Relation.Kind kind, int row, int col, java.util.List<Integer> operandCols, String basis) {
        int[] rs = new int[operandCols.size()], cs = new int[operandCols.size()];
        for (int i = 0; i < rs.length; i++) {
            rs[i] = row;
            cs[i] = operandCols.get(i);
        }
        return new Spec(rule, kind, row, col, rs, cs, basis);
    }
}
