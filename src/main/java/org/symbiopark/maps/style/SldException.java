package org.symbiopark.maps.style;

/** An SLD document this reader cannot read; the message names the file and line. */
public class SldException extends RuntimeException {

    public SldException(String message) {
        super(message);
    }

    public SldException(String message, Throwable cause) {
        super(message, cause);
    }
}
