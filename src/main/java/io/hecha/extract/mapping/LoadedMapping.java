package io.hecha.extract.mapping;

/** A mapping and the file it was read from (file name only). */
public record LoadedMapping(String file, Mapping mapping) {
}
