package io.hecha.interpret.relation;

import io.hecha.interpret.Interval;
import io.hecha.model.Diagnostic.Severity;

import java.util.List;

/**
 * One relation evaluated where its facts are stated: the rule, the formula, the claim, the facts
 * bound to the formula's operands (in formula order), the value computed from them in the claim's
 * unit, and the verdict.
 *
 * @param rule     the rule id (the key the formula stands under in the mapping)
 * @param formula  the formula as written
 * @param claim    the stated fact the formula recomputes
 * @param operands the facts bound to the operands, in order
 * @param names    the operand names, in the same order
 * @param computed the interval computed from the operands, in the claim's unit
 * @param verdict  null when the relation holds; WARNING when only truncation explains the mismatch;
 *                 ERROR otherwise
 * @param scope    where the facts were found: sentence, paragraph, section, text-table, table
 */
public record CheckedRelation(String rule, String formula, Stated claim, List<Stated> operands, List<String> names,
                              Interval computed, Severity verdict, String scope) {
    public CheckedRelation {
        operands = List.copyOf(operands);
        names = List.copyOf(names);
    }

    /** True when the relation holds. */
    public boolean holds() {
        return verdict == null;
    }
}
