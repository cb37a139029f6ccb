package org.symbiopark.siting;

import java.util.List;

/**
 * Solves a {@link QapInstance}: an assignment of every item to its own location, respecting the
 * forbidden and pinned ones, with as low an objective as the {@link Limits} allow.
 */
public interface SitingAlgorithm {

    /**
     * The best assignment found within the limits.
     *
     * @throws IllegalArgumentException if no feasible assignment exists (an item has no
     *         allowed location left), naming the item
     */
    Result solve(QapInstance instance, Limits limits);

    /**
     * As {@link #solve(QapInstance, Limits)}, reporting to a monitor while it runs and stopping
     * early (with the best found so far) when the monitor asks. An algorithm that cannot report
     * runs to its limits and tells the monitor nothing.
     */
    default Result solve(QapInstance instance, Limits limits, SearchMonitor monitor) {
        return solve(instance, limits);
    }

    /**
     * Watches a running search. Its methods are called from the search's worker threads, several
     * at once: implementations must be thread-safe and quick (no I/O).
     */
    interface SearchMonitor {

        /** Reports nothing and never stops the search. */
        SearchMonitor NONE = new SearchMonitor() {
        };

        /** A worker found an assignment better than its own best so far (not necessarily the overall best). */
        default void improved(long objective, double elapsedMs) {
        }

        /** A worker did some more tabu iterations. */
        default void iterated(long iterations) {
        }

        /** Whether the search should stop now; checked between tabu walks. */
        default boolean stopRequested() {
            return false;
        }
    }

    /**
     * When to stop and how to search.
     *
     * @param timeLimitNanos      wall-clock budget; {@code Long.MAX_VALUE} for none
     * @param iterationsPerWorker a budget of tabu iterations per worker, {@code 0} for none; with
     *                            it (and no binding time limit) the result is bit-identical for
     *                            the same seed and number of threads
     * @param threads             independent workers, each on its own thread
     * @param seed                the master seed; workers' seeds derive from it
     */
    record Limits(long timeLimitNanos, long iterationsPerWorker, int threads, long seed) {
        public Limits {
            if (timeLimitNanos <= 0) {
                throw new IllegalArgumentException("timeLimitNanos must be > 0, got " + timeLimitNanos);
            }
            if (iterationsPerWorker < 0) {
                throw new IllegalArgumentException("iterationsPerWorker must be ≥ 0, got " + iterationsPerWorker);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be ≥ 1, got " + threads);
            }
            if (timeLimitNanos == Long.MAX_VALUE && iterationsPerWorker == 0) {
                throw new IllegalArgumentException("give a time limit or an iteration budget");
            }
        }

        public static Limits seconds(double seconds, int threads, long seed) {
            return new Limits((long) (seconds * 1e9), 0, threads, seed);
        }

        public static Limits iterations(long iterationsPerWorker, int threads, long seed) {
            return new Limits(Long.MAX_VALUE, iterationsPerWorker, threads, seed);
        }
    }

    /** One improvement of the best objective: when (since the start) and to what. */
    record Improvement(double elapsedMs, long objective) {
    }

    /**
     * @param assignment   item → location, 0-based
     * @param objective    its Koopmans–Beckmann objective
     * @param trajectory   each improvement of the best objective, in time order
     * @param iterations   tabu iterations done by all workers together
     * @param elapsedNanos wall-clock time of the whole solve
     */
    record Result(int[] assignment, long objective, List<Improvement> trajectory, long iterations, long elapsedNanos) {
        public Result {
            trajectory = List.copyOf(trajectory);
        }

        /** When the returned objective was first reached, in milliseconds since the start. */
        public double msToBest() {
            return trajectory.isEmpty() ? 0 : trajectory.get(trajectory.size() - 1).elapsedMs();
        }
    }
}
