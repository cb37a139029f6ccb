package org.symbiopark.siting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent searches on a fixed number of threads and combines them deterministically:
 * worker w gets the w-th seed split from the master seed, and the answer is the lowest
 * objective, ties going to the lowest worker index, never to whichever finished first. With an
 * iteration budget every worker's path is fixed by its seed, so the answer is bit-identical for
 * the same seed and thread count; with a time limit how far each worker gets depends on the
 * machine, so the answer may differ between runs (the trajectory's times always do).
 */
final class WorkerPool {

    /** One worker's search. */
    interface Worker {
        void search(SwapSpace space, SplittableRandom random, Budget budget, Tracker tracker);
    }

    /** Creates the worker of a given index (so a portfolio may give workers different methods). */
    interface WorkerFactory {
        Worker create(int index);
    }

    /** How much a worker may still do: a deadline and a count of tabu iterations. */
    static final class Budget {
        private final long deadlineNanos;
        private long iterationsLeft;
        private final SitingAlgorithm.SearchMonitor monitor;

        Budget(long deadlineNanos, long iterations, SitingAlgorithm.SearchMonitor monitor) {
            this.deadlineNanos = deadlineNanos;
            this.iterationsLeft = iterations;
            this.monitor = monitor;
        }

        long deadlineNanos() {
            return deadlineNanos;
        }

        long iterationsLeft() {
            return iterationsLeft;
        }

        void spend(long iterations) {
            iterationsLeft -= iterations;
        }

        boolean exhausted() {
            return iterationsLeft <= 0 || System.nanoTime() - deadlineNanos >= 0 || monitor.stopRequested();
        }
    }

    /** A worker's best so far and the trajectory of its improvements. */
    static final class Tracker implements RobustTabuWalk.BestListener {
        private final long startNanos;
        private final int n;
        private int[] best;
        private long bestCost = Long.MAX_VALUE;
        private final List<SitingAlgorithm.Improvement> trajectory = new ArrayList<>();
        private long iterations;
        private final SitingAlgorithm.SearchMonitor monitor;

        Tracker(long startNanos, int n, SitingAlgorithm.SearchMonitor monitor) {
            this.startNanos = startNanos;
            this.n = n;
            this.monitor = monitor;
        }

        @Override
        public void improved(long cost, int[] permutation) {
            if (cost < bestCost) {
                bestCost = cost;
                best = java.util.Arrays.copyOf(permutation, n);
                long now = System.nanoTime() - startNanos;
                trajectory.add(new SitingAlgorithm.Improvement(now / 1e6, cost));
                monitor.improved(cost, now / 1e6);
            }
        }

        long bestCost() {
            return bestCost;
        }

        void countIterations(long done) {
            iterations += done;
            monitor.iterated(done);
        }
    }

    private WorkerPool() {
    }

    static SitingAlgorithm.Result run(QapInstance instance, SitingAlgorithm.Limits limits, WorkerFactory factory) {
        return run(instance, limits, factory, SitingAlgorithm.SearchMonitor.NONE);
    }

    static SitingAlgorithm.Result run(QapInstance instance, SitingAlgorithm.Limits limits, WorkerFactory factory,
            SitingAlgorithm.SearchMonitor monitor) {
        long start = System.nanoTime();
        long deadline = limits.timeLimitNanos() == Long.MAX_VALUE ? start + Long.MAX_VALUE / 2
                : start + limits.timeLimitNanos();
        long iterations = limits.iterationsPerWorker() == 0 ? Long.MAX_VALUE : limits.iterationsPerWorker();
        SwapSpace space = new SwapSpace(instance);
        // an infeasible instance fails here, on the caller's thread, naming the item
        space.randomFeasible(new SplittableRandom(limits.seed()));
        SplittableRandom master = new SplittableRandom(limits.seed());
        List<SplittableRandom> seeds = new ArrayList<>();
        for (int w = 0; w < limits.threads(); w++) {
            seeds.add(master.split());
        }
        List<Tracker> trackers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(limits.threads(), r -> {
            Thread t = new Thread(r, "siting-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < limits.threads(); w++) {
                Tracker tracker = new Tracker(start, instance.n(), monitor);
                trackers.add(tracker);
                Worker worker = factory.create(w);
                SplittableRandom random = seeds.get(w);
                futures.add(pool.submit(() -> worker.search(space, random, new Budget(deadline, iterations, monitor), tracker)));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("siting search interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Tracker winner = trackers.get(0);
        for (Tracker t : trackers) {
            if (t.bestCost < winner.bestCost) {
                winner = t;
            }
        }
        int[] assignment = winner.best;
        long objective = instance.objective(assignment);
        if (objective == Long.MAX_VALUE) {
            throw new IllegalStateException("the search ended on an infeasible assignment");
        }
        long total = trackers.stream().mapToLong(t -> t.iterations).sum();
        return new SitingAlgorithm.Result(assignment, objective, mergedTrajectory(trackers), total,
                System.nanoTime() - start);
    }

    /** All workers' improvements in time order, keeping those that lower the overall best. */
    private static List<SitingAlgorithm.Improvement> mergedTrajectory(List<Tracker> trackers) {
        List<SitingAlgorithm.Improvement> all = new ArrayList<>();
        trackers.forEach(t -> all.addAll(t.trajectory));
        all.sort(Comparator.comparingDouble(SitingAlgorithm.Improvement::elapsedMs));
        List<SitingAlgorithm.Improvement> merged = new ArrayList<>();
        long best = Long.MAX_VALUE;
        for (SitingAlgorithm.Improvement i : all) {
            if (i.objective() < best) {
                best = i.objective();
                merged.add(i);
            }
        }
        return merged;
    }
}
