package io.hecha.serve;

import io.hecha.batch.BatchOptions;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How {@code hecha serve} runs.
 *
 * @param outputDir the batch output folder shown (created when missing; uploads go below it)
 * @param bind      the address to listen on ({@code 127.0.0.1} unless told otherwise)
 * @param port      the port, 0 for any free one
 * @param token     when not null, every request must carry it (cookie set by {@code /?token=T},
 *                  or {@code Authorization: Bearer T})
 * @param batch     how uploads are processed: threads, time-out, size limit (also the upload
 *                  limit), password and processing version, as {@code hecha batch} takes them;
 *                  its output folder is ignored (uploads have their own, and a job waits for
 *                  another batch writing there to finish)
 */
public record ServeOptions(Path outputDir, String bind, int port, String token, BatchOptions batch) {
    public ServeOptions {
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(batch, "batch");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
        if (token != null && token.isBlank()) token = null;
        if (token != null && !token.matches("[A-Za-z0-9._~-]+")) {
            throw new IllegalArgumentException("the token may hold only letters, digits and . _ ~ -");
        }
    }

    /** Defaults for a folder: loopback, any free port, no token, the batch's defaults. */
    public static ServeOptions defaults(Path outputDir) {
        return new ServeOptions(outputDir, "127.0.0.1", 0, null, BatchOptions.defaults(outputDir));
    }

    /** The batch options for the uploads folder. */
    BatchOptions uploadBatch(Path uploadsDir) {
        return new BatchOptions(uploadsDir, batch.threads(), batch.timeout(), batch.maxBytes(), false,
                batch.password(), batch.extraVersion(), true);
    }

    /** The upload size limit. */
    long maxUploadBytes() {
        return batch.maxBytes();
    }
}
