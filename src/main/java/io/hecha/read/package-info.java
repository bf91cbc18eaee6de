/**
 * Readers: turn input bytes into a {@link io.hecha.model.Document}. One reader per family of
 * formats behind the one-method {@link io.hecha.read.DocumentReader}; {@link io.hecha.read.Readers}
 * detects the format by content and dispatches. Shared helpers build the section tree and link
 * captions so every format yields the same model.
 */
package io.hecha.read;
