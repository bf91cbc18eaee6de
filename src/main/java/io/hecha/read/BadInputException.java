package io.hecha.read;

/**
 * The input cannot be read at all: not a document, encrypted without the password, truncated,
 * too large… This is about bad input, never about a bug; the message names the file and the reason.
 */
public class BadInputException extends Exception {
    private final String fileName;
    private final String reason;

    public BadInputException(String fileName, String reason) {
        this(fileName, reason, null);
    }

    public BadInputException(String fileName, String reason, Throwable cause) {
        super(fileName + ": " + reason, cause);
        this.fileName = fileName;
        this.reason = reason;
    }

    /** The input's file name. */
    public String fileName() {
        return fileName;
    }

    /** Why it could not be read, for a person (e.g. "encrypted: a password is required"). */
    public String reason() {
        return reason;
    }
}
