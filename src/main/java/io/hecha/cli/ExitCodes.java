package io.hecha.cli;

/** The exit codes of every hecha command. */
public final class ExitCodes {
    /** Success; for {@code check}/{@code batch}: no error finding. */
    public static final int OK = 0;
    /** {@code check}/{@code batch}: at least one error finding. */
    public static final int FINDINGS = 1;
    /** Bad usage: unknown option, missing argument. */
    public static final int USAGE = 2;
    /** An input could not be read (not a document, encrypted, truncated…). */
    public static final int UNREADABLE = 3;
    /** A bug or an I/O failure writing output. */
    public static final int INTERNAL = 4;
    /** {@code locate}: nothing matched. */
    public static final int NOT_FOUND = 5;

    private ExitCodes() {
    }
}
