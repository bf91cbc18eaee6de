package io.hecha.interpret;

import java.util.List;

/** The relations of a block other than its row hierarchy: row totals across columns, rates, differences. */
final class ColumnRelations {
    private ColumnRelations() {
    }

    static void add(Draft d, List<Spec> asserted, List<Spec> unsupported) {
        CrossFoot.add(d, asserted, unsupported);
        Rates.add(d, asserted, unsupported);
        Differences.add(d, asserted, unsupported);
    }
}
