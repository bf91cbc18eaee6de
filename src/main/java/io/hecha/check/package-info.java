/**
 * Checks: rules that recompute a report's arithmetic with interval numbers and return
 * {@link io.hecha.check.Finding}s. Each rule is a one-method {@link io.hecha.check.Check}.
 */
package io.hecha.check;
