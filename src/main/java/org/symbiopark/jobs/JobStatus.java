package org.symbiopark.jobs;

import java.time.Instant;

/**
 * A snapshot of one job.
 *
 * @param id          the job's id
 * @param kind        what the job does, e.g. {@code siting}
 * @param owner       what the job belongs to, e.g. a park id (a job is only visible under its owner)
 * @param state       where the job is
 * @param submittedAt when it was submitted
 * @param startedAt   when a worker took it, {@code null} while queued or if cancelled in the queue
 * @param finishedAt  when it reached a final state, else {@code null}
 * @param elapsedMs   running time so far (or in total, once final), 0 while queued
 * @param progress    the task's last report
 * @param result      the task's result once SUCCEEDED, else {@code null}
 * @param error       why it FAILED, else {@code null}
 */
public record JobStatus(String id, String kind, String owner, JobState state, Instant submittedAt, Instant startedAt,
                        Instant finishedAt, long elapsedMs, JobProgress progress, Object result, String error) {
}
