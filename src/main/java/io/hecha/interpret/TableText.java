package io.hecha.interpret;

import java.util.List;

/**
 * A typed table as text a person can review: each block with its layout, columns and roles, each body
 * row indented by its depth in the chosen hierarchy with its role and code, what each total closes, and
 * how many relations are asserted and left unsupported.
 */
final class TableText {
    private TableText() {
    }

    static String of(TypedTable t) {
        StringBuilder b = new StringBuilder();
        b.append("table ").append(t.table().id()).append(" (").append(t.rowCount()).append('×').append(t.columnCount())
                .append("): ").append(t.relations().size()).append(" relations, ").append(t.unsupported().size())
                .append(" unsupported\n");
        for (TableBlock k : t.blocks()) {
            RowHierarchy h = k.hierarchy();
            b.append("block ").append(k.id()).append(' ').append(k.layout()).append(" rows ").append(k.firstRow())
                    .append('-').append(k.endRow() - 1).append(" header ").append(k.firstRow()).append('-')
                    .append(k.bodyRow() - 1).append(" structure ").append(h.structure());
            if (!h.evidence().isEmpty()) b.append(" (").append(h.evidence()).append(')');
            b.append('\n');
            for (Column c : k.columns()) {
                b.append("  col ").append(c.index()).append(' ').append(c.role()).append(" 「").append(c.header()).append('」');
                if (!c.unit().isEmpty()) b.append(" unit ").append(c.unit());
                b.append('\n');
            }
            for (int r = k.bodyRow(); r < k.endRow(); r++) {
                RowRole role = k.role(r);
                b.append("  ").append(r).append(' ').append("  ".repeat(Math.min(8, h.depth(r)))).append(role);
                if (!k.code(r).isEmpty()) b.append(' ').append(k.code(r));
                b.append(' ').append(k.label(r));
                if (h.whereOfPart(r)) b.append(" [其中]");
                List<Integer> closes = h.closes(r);
                if (!closes.isEmpty()) b.append(" = Σ").append(closes);
                b.append('\n');
            }
        }
        return b.toString();
    }
}
