/**
 * Relations declared in the vocabulary (formulas in the mappings: sums, ratios, change rates, 净值, scores)
 * evaluated over an index of stated facts by concept, subject and period, wherever the facts stand
 * (sentence, paragraph, section, text against table, table); the same fact stated twice must agree; and
 * {@link io.hecha.interpret.relation.Coverage}: what could be checked in a document.
 */
package io.hecha.interpret.relation;
