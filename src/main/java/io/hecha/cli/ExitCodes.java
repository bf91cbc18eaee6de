package io.hecha.cli;

/**
 * The exit codes of every hecha command (the README's table). When several apply, the worst wins:
 * INTERNAL, USAGE, BUSY, UNREADABLE, INCOMPLETE, NOT_CHECKED, FINDINGS, OK.
 */
public final class ExitCodes {
    /** Success; for {@code check}/{@code batch}: no error finding. */
    public static final int OK = 0;
    /** {@code check}/{@code batch}: at least one error finding. */
    public static final int FINDINGS = 1;
    /** Bad usage: unknown option, missing argument. */
    public static final int USAGE = 2;
    /** {@code extract}/{@code check}/{@code locate}: an input could not be read (no such file, not a document, encrypted, truncated…); {@code index}/{@code search}: the index is missing or damaged, or Solr does not answer. */
    public static final int UNREADABLE = 3;
    /** A bug or an I/O failure writing output. */
    public static final int INTERNAL = 4;
    /** {@code locate}, {@code search}: nothing matched. */
    public static final int NOT_FOUND = 5;
    /** {@code batch}, {@code index}: some input could not be read or timed out (its row or line says why); the result is incomplete. */
    public static final int INCOMPLETE = 6;
    /** {@code batch}: the output folder is in use by another running batch (see {@code --wait}). */
    public static final int BUSY = 7;
    /** {@code check}: a document was read but nothing in it could be checked (status {@code not-checked}: no text layer, no table or figure, no relation). */
    public static final int NOT_CHECKED = 8;

    private ExitCodes() {
    }
}
