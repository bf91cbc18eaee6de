/**
 * The interpretation stage, between the model and extraction/checks: {@link io.hecha.interpret.Interpreter}
 * reads a {@link io.hecha.model.Document} once into an {@link io.hecha.interpret.Interpretation} — typed
 * tables (blocks, column roles, row hierarchy chosen by the sums that hold), facts (every number with
 * concept, subject, period, unit, interval and location) and relations ({@link io.hecha.interpret.Relation})
 * that rules evaluate with interval arithmetic ({@link io.hecha.interpret.Interval}).
 */
package io.hecha.interpret;
