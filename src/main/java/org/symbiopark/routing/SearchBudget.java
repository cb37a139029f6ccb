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
        return startNanos + (long) (seconds * 1e9);
    }
}
