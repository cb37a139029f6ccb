package org.symbiopark.park;

/** A park, feature or scenario that does not exist. The web edge maps it to 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
