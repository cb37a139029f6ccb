package org.symbiopark.web;

import java.io.IOException;

/**
 * A request body that grew past {@code symbiopark.max-request-bytes} while it was read (a
 * chunked body has no Content-Length to check up front). An {@link IOException} so that readers
 * of the stream pass it on; the web edge answers 413.
 */
public class RequestTooLargeException extends IOException {

    private final long maxBytes;

    public RequestTooLargeException(long maxBytes) {
        super("request body larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
