package io.hecha.serve;

/** A request that cannot be answered as asked: the HTTP status and a message for the page. */
final class HttpError extends Exception {
    private final int status;

    HttpError(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }

    static HttpError notFound(String message) {
        return new HttpError(404, message);
    }
}
