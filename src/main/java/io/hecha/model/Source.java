package io.hecha.model;

import java.util.Objects;

/**
 * Where a document came from and what was detected about it.
 *
 * @param fileName  the input's file name (no directories)
 * @param sha256    hex SHA-256 of the input bytes
 * @param format    detected format by content: {@code docx}, {@code pdf}, {@code doc}, {@code rtf},
 *                  {@code odt}, {@code wps}, {@code html}, …
 * @param mediaType the detected media type (IANA), e.g. {@code application/pdf}
 * @param pageCount page count when the format knows it (PDF, or DOCX app.xml), else null
 * @param status    {@code ok}, or a reason the content is unusable though the file was read
 *                  (e.g. {@code no text layer})
 */
public record Source(String fileName, String sha256, String format, String mediaType,
                     Integer pageCount, String status) {
    public Source {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(format, "format");
        status = status == null ? "ok" : status;
    }
}
