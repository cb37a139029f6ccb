package org.symbiopark.jobs;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs long computations (optimisations) as jobs on a small fixed pool of worker threads, with
 * a bounded queue: submit returns an id at once, the job's state, progress and result are read
 * by id, and a job can be cancelled (queued: at once; running: the task is asked to stop).
 *
 * <p>Jobs live in memory only: a restart forgets every job, so none is ever left looking
 * "running" after one (DESIGN.md §7); what a job must keep (a siting result) its task saves
 * itself, e.g. as a scenario, before it ends. Finished jobs are kept, the oldest dropped first,
 * up to a cap. Thread-safe.
 */
@Component
public class JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    private final ThreadPoolExecutor executor;
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final Deque<String> finished = new ArrayDeque<>();
    private final int keepFinished;
    private final Clock clock;

    /**
     * @param workers      jobs running at once (each job may use more threads itself)
     * @param maxQueued    jobs waiting for a worker beyond which submit is rejected
     * @param keepFinished finished jobs kept for reading
     */
    @Autowired
    public JobRunner(@Value("${symbiopark.jobs.workers:1}") int workers,
            @Value("${symbiopark.jobs.max-queued:16}") int maxQueued,
            @Value("${symbiopark.jobs.keep-finished:100}") int keepFinished) {
        this(workers, maxQueued, keepFinished, Clock.systemUTC());
    }

    public JobRunner(int workers, int maxQueued, int keepFinished, Clock clock) {
        if (workers < 1 || maxQueued < 1 || keepFinished < 1) {
            throw new IllegalArgumentException("workers, max-queued and keep-finished must be ≥ 1, got " + workers
                    + ", " + maxQueued + ", " + keepFinished);
        }
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(maxQueued), r -> {
                    Thread t = new Thread(r, "job-worker-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.keepFinished = keepFinished;
        this.clock = clock;
    }

    /**
     * Queues a task.
     *
     * @return the new job's id
     * @throws JobRejectedException if the queue is full
     */
    public String submit(String kind, String owner, JobTask<?> task) {
        Job job = new Job(UUID.randomUUID().toString(), kind, owner, task, clock.instant());
        synchronized (this) {
            jobs.put(job.id, job);
        }
        try {
            job.future = executor.submit(job::run);
        } catch (RejectedExecutionException e) {
            synchronized (this) {
                jobs.remove(job.id);
            }
            throw new JobRejectedException("the job queue is full (" + executor.getQueue().size()
                    + " jobs waiting); try again when one has finished");
        }
        return job.id;
    }

    /** The job of that id, if it is still known. */
    public synchronized Optional<JobStatus> status(String id) {
        Job job = jobs.get(id);
        return job == null ? Optional.empty() : Optional.of(job.snapshot());
    }

    /**
     * Cancels a job: a queued one ends CANCELLED at once; a running one is asked to stop and ends
     * CANCELLED when its task returns; a finished one stays as it is.
     *
     * @return the job's status after the request, empty if the id is unknown
     */
    public Optional<JobStatus> cancel(String id) {
        Job job;
        synchronized (this) {
            job = jobs.get(id);
        }
        if (job == null) {
            return Optional.empty();
        }
        job.cancel();
        return status(id);
    }

    @PreDestroy
    public void shutdown() {
        jobs.values().forEach(Job::cancel);
        executor.shutdownNow();
    }

    private synchronized void finished(Job job) {
        finished.addLast(job.id);
        while (finished.size() > keepFinished) {
            jobs.remove(finished.removeFirst());
        }
    }

    private final class Job implements JobContext {
        final String id;
        final String kind;
        final String owner;
        final JobTask<?> task;
        final Instant submittedAt;
        final AtomicBoolean cancelRequested = new AtomicBoolean();
        volatile Future<?> future;
        private JobState state = JobState.QUEUED;
        private Instant startedAt;
        private Instant finishedAt;
        private volatile JobProgress progress = JobProgress.NONE;
        private Object result;
        private String error;

        Job(String id, String kind, String owner, JobTask<?> task, Instant submittedAt) {
            this.id = id;
            this.kind = kind;
            this.owner = owner;
            this.task = task;
            this.submittedAt = submittedAt;
        }

        void run() {
            synchronized (this) {
                if (state != JobState.QUEUED) {
                    return;
                }
                state = JobState.RUNNING;
                startedAt = clock.instant();
            }
            Object value = null;
            Throwable failure = null;
            try {
                value = task.run(this);
            } catch (Exception | Error e) {
                failure = e;
            }
            synchronized (this) {
                finishedAt = clock.instant();
                if (cancelRequested.get()) {
                    state = JobState.CANCELLED;
                } else if (failure != null) {
                    state = JobState.FAILED;
                    error = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
                    LOG.warn("job {} ({}) failed: {}", id, kind, error, failure);
                } else {
                    state = JobState.SUCCEEDED;
                    result = value;
                }
            }
            finished(this);
        }

        void cancel() {
            boolean wasQueued;
            synchronized (this) {
                if (state.isFinal()) {
                    return;
                }
                cancelRequested.set(true);
                wasQueued = state == JobState.QUEUED;
                if (wasQueued) {
                    state = JobState.CANCELLED;
                    finishedAt = clock.instant();
                }
            }
            if (wasQueued) {
                Future<?> f = future;
                if (f != null) {
                    f.cancel(false);
                    executor.remove((Runnable) f);
                }
                finished(this);
            }
        }

        @Override
        public void report(JobProgress p) {
            progress = p;
        }

        @Override
        public boolean cancelRequested() {
            return cancelRequested.get();
        }

        synchronized JobStatus snapshot() {
            Instant end = finishedAt != null ? finishedAt : clock.instant();
            long elapsedMs = startedAt == null ? 0 : Duration.between(startedAt, end).toMillis();
            return new JobStatus(id, kind, owner, state, submittedAt, startedAt, finishedAt, elapsedMs, progress,
                    result, error);
        }
    }
}
