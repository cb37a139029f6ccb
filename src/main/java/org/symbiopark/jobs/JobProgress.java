package org.symbiopark.jobs;

/**
 * How far a running job has got, as the task last reported it.
 *
 * @param fraction      share of the work done in [0, 1], {@code null} when the task cannot tell
 *                      (an anytime search that runs until its time limit reports its time share)
 * @param bestObjective the best objective found so far (lower is better), {@code null} before the first
 * @param iterations    iterations done so far, 0 if the task does not count them
 * @param message       what the task is doing, for a person; may be empty
 */
public record JobProgress(Double fraction, Double bestObjective, long iterations, String message) {

    public static final JobProgress NONE = new JobProgress(null, null, 0, "");

    public JobProgress {
        if (fraction != null && !(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be in [0, 1], got " + fraction);
        }
        message = message == null ? "" : message;
    }
}
