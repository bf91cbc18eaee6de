package io.hecha.check.table;

import io.hecha.check.Finding;
import io.hecha.check.FindingBuilder;
import io.hecha.interpret.Evaluation;
import io.hecha.interpret.Fact;
import io.hecha.interpret.Interval;
import io.hecha.interpret.Relation;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.model.Location;

import java.util.List;

/** Findings of the table rules: where, the numbers compared, and a Chinese sentence a reviewer can check. */
final class Messages {
    private static final int MAX_PARTS = 40;

    private Messages() {
    }

    /**
     * One finding at {@code cell} for the broken relations of a cluster.
     *
     * @param mend the values the cell may take to mend them all, or null to describe the one relation
     */
    static Finding finding(Fact cell, List<Evaluation> cluster, Interval mend) {
        Relation main = cluster.get(0).relation();
        for (Evaluation e : cluster) {
            if (TableRelationsCheck.key(e.relation().claim()).equals(TableRelationsCheck.key(cell))) {
                main = e.relation();
                break;
            }
        }
        Severity severity = Severity.WARNING;
        for (Evaluation e : cluster) if (e.severity() == Severity.ERROR) severity = Severity.ERROR;
        FindingBuilder b = new FindingBuilder(main.rule()).severity(severity).location(cell.location())
                .actual(cell.shown().printed());
        b.evidence(evidence(cell)).value(cell.shown().printed());
        int parts = 0;
        for (Evaluation e : cluster) {
            for (Fact f : e.relation().facts()) {
                if (parts++ >= MAX_PARTS) break;
                b.evidence(evidence(f)).value(f.shown().printed());
            }
        }
        boolean truncation = severity == Severity.WARNING;
        if (cluster.size() == 1 && (mend == null || main.claim().equals(cell))) {
            Evaluation e = cluster.get(0);
            b.expected(e.computed());
            return b.message(describe(e) + (truncation ? "；差异可由截尾解释" : "") + "。").build();
        }
        int dec = cell.contextDecimals();
        StringBuilder m = new StringBuilder(name(cell) + "为" + cell.shown().printed() + "，使 " + cluster.size() + " 个关系不成立：");
        for (int i = 0; i < cluster.size(); i++) {
            if (i > 0) m.append("；");
            m.append(describe(cluster.get(i)));
        }
        if (mend != null) {
            b.expected(mend);
            m.append("。此格若为 ").append(mend.nominalText(dec)).append("（区间").append(mend).append("），以上关系均成立");
        }
        return b.message(m.append(truncation ? "；差异可由截尾解释" : "").append("。").toString()).build();
    }

    private static Finding.Evidence evidence(Fact f) {
        return new Finding.Evidence(f.shown().printed(), f.location());
    }

    /** 表3「合计」行「决算数」列 */
    static String name(Fact f) {
        return name(f, f.location());
    }

    /** The name of a cell from its location (the fact may be null). */
    static String name(Fact f, Location l) {
        return l.table() + "「" + l.rowLabel() + "」行「" + l.columnLabel() + "」列";
    }

    /** One relation in words, with its numbers. */
    static String describe(Evaluation e) {
        Relation r = e.relation();
        Fact c = r.claim();
        Interval s = e.computed();
        int dec = c.contextDecimals();
        String unit = c.percent() ? "%" : "";
        String computed = s == null ? "无法计算" : s.nominalText(dec) + unit + "（区间" + s + unit + "）";
        List<Fact> ops = r.operands();
        return switch (r.kind()) {
            case SUM, PARTS -> {
                boolean row = r.rule().equals(TableRelationsCheck.ROW_TOTAL);
                StringBuilder p = new StringBuilder();
                for (int i = 0; i < ops.size(); i++) {
                    if (i == MAX_PARTS) {
                        p.append(" + …（共").append(ops.size()).append("项）");
                        break;
                    }
                    if (i > 0) p.append(" + ");
                    if (row) p.append(ops.get(i).location().columnLabel()).append(' ');
                    p.append(ops.get(i).shown().printed());
                }
                String what = r.rule().equals(TableRelationsCheck.PARENT_TOTAL) ? "上级行" : "合计";
                boolean over = s != null && s.lo().compareTo(c.interval().hi()) > 0;
                yield (row ? name(c) + "为" + c.shown().printed() + "，而" + p + " = " + computed
                        : name(c) + what + "为" + c.shown().printed() + "，而各分项之和 " + p + " = " + computed
                        + (r.kind() == Relation.Kind.PARTS || over ? "，分项之和超过" + what : ""));
            }
            case DIFFERENCE -> name(c) + "（差额）为" + c.shown().printed() + "，而" + ops.get(0).shown().printed() + " − "
                    + ops.get(1).shown().printed() + " = " + computed;
            case RATIO -> name(c) + "为" + c.shown().printed() + "，而" + ops.get(0).location().columnLabel() + " ÷ "
                    + ops.get(1).location().columnLabel() + " = " + ops.get(0).shown().printed() + " ÷ "
                    + ops.get(1).shown().printed() + " = " + computed;
            case CHANGE -> name(c) + "为" + c.shown().printed() + "，而(" + ops.get(0).location().columnLabel() + " − "
                    + ops.get(1).location().columnLabel() + ") ÷ " + ops.get(1).location().columnLabel() + " = ("
                    + ops.get(0).shown().printed() + " − " + ops.get(1).shown().printed() + ") ÷ "
                    + ops.get(1).shown().printed() + " = " + computed;
            default -> name(c) + "为" + c.shown().printed() + "，而按" + r.basis() + "应为 " + computed;
        };
    }
}
