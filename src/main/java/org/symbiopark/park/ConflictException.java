package org.symbiopark.park;

/** A change that other data depends on, e.g. deleting a parcel plants stand on. The web edge maps it to 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
