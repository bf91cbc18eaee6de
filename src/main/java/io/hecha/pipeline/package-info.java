/** The one-way pipeline: read, extract, check; and the {@link io.hecha.pipeline.Result} it yields. */
package io.hecha.pipeline;
