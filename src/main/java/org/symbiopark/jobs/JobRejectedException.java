package org.symbiopark.jobs;

/** The job queue is full: the caller should try again later. The web edge maps it to 503. */
public class JobRejectedException extends RuntimeException {

    public JobRejectedException(String message) {
        super(message);
    }
}
