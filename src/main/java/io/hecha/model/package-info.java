/**
 * The format-neutral document model: small immutable records that every reader produces
 * and every later stage (locate, extract, check, write) reads. No JSON annotations here:
 * serialisation lives in {@code io.hecha.output}.
 */
package io.hecha.model;
