package org.symbiopark.geo;

/** A CRS name or EPSG code that the registry does not know. */
public class UnknownCrsException extends RuntimeException {

    public UnknownCrsException(String message) {
        super(message);
    }
}
