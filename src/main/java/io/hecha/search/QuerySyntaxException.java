package io.hecha.search;

/** A {@code --where} expression or a search option that cannot be understood; the message says where and why. */
public final class QuerySyntaxException extends Exception {
    public QuerySyntaxException(String message) {
        super(message);
    }
}
