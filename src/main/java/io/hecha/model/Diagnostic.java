package io.hecha.model;

import java.util.Objects;

/**
 * A problem met while reading or extracting, with where it happened. Collected, never thrown.
 *
 * @param severity {@code error}, {@code warning} or {@code info}
 * @param code     a stable machine-readable code, e.g. {@code docx.unresolved-merge}
 * @param message  what happened, for a person
 * @param where    where (may be null when not positioned)
 */
public record Diagnostic(Severity severity, String code, String message, Provenance where) {
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** How bad a diagnostic or finding is. */
    public enum Severity { ERROR, WARNING, INFO }

    public static Diagnostic warning(String code, String message, Provenance where) {
        return new Diagnostic(Severity.WARNING, code, message, where);
    }

    public static Diagnostic info(String code, String message, Provenance where) {
        return new Diagnostic(Severity.INFO, code, message, where);
    }
}
