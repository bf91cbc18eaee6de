/**
 * The one vocabulary a document is read with: {@code mappings/_default.yaml} extended by the matched
 * mapping's concepts (with their synonyms), units, relations and required parts.
 */
package io.hecha.interpret.vocabulary;
