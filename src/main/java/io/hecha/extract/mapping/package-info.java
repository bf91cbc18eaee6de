/**
 * The declarative mapping files ({@code mappings/*.yaml}): their records, a strict loader that names
 * the file, line and key of any error, and the set of mappings read at run time.
 */
package io.hecha.extract.mapping;
