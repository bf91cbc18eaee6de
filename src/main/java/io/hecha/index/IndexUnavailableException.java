package io.hecha.index;

/**
 * The corpus index cannot be used: there is none at the place given, it is damaged, it was made by an
 * incompatible version, or the Solr collection cannot be reached. The message says where and why.
 */
public final class IndexUnavailableException extends Exception {
    public IndexUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public IndexUnavailableException(String message) {
        super(message);
    }
}
