package org.symbiopark.web.siting;

import org.symbiopark.web.InvalidParameterException;

/**
 * Body of a siting job request; both members are optional.
 *
 * @param seconds search time limit, s, in (0, {@value #MAX_SECONDS}]; default {@value #DEFAULT_SECONDS}
 * @param seed    seed of the search; default 1
 */
record SitingJobRequest(Double seconds, Long seed) {

    static final double DEFAULT_SECONDS = 10;
    static final double MAX_SECONDS = 600;

    double secondsOrDefault() {
        if (seconds == null) {
            return DEFAULT_SECONDS;
        }
        if (!(seconds > 0 && seconds <= MAX_SECONDS)) {
            throw new InvalidParameterException("seconds", "must be in (0, " + (int) MAX_SECONDS + "], got " + seconds);
        }
        return seconds;
    }

    long seedOrDefault() {
        return seed == null ? 1 : seed;
    }
}
