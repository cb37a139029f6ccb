package org.symbiopark.store;

/** An insert whose id is already taken. The web edge maps it to 409. */
public class DuplicateIdException extends RuntimeException {

    public DuplicateIdException(String message) {
        super(message);
    }
}
