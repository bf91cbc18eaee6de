/**
 * Finding things in a read document: a section by its heading, a bookmark, a table by its id.
 * {@link io.hecha.locate.Locator} answers with a {@link io.hecha.locate.Located}; the CLI's
 * {@code locate} command prints it.
 */
package io.hecha.locate;
