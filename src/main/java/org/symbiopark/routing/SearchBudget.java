package org.symbiopark.routing;

/**
 * How long a solver may search and the seed of its random choices: the same seed and problem
 * give the same tree as long as the time limit is not what stops the search.
 */
public record SearchBudget(double seconds, long seed) {

    public SearchBudget {
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("seconds must be > 0, got " + seconds);
        }
    }

    long deadlineNanos(long startNanos) {
        // capped at about three years so that the sum cannot overflow
        return startNanos + (long) Math.min(seconds * 1e9, 1e17);
    }
}
