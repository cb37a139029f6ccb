package org.symbiopark.web;

import java.time.Instant;
import org.symbiopark.jobs.JobProgress;
import org.symbiopark.jobs.JobState;
import org.symbiopark.jobs.JobStatus;

/** A job of any kind (siting, network …) as the API shows it; {@code result} is there once SUCCEEDED, {@code error} once FAILED. */
public record JobResource(String id, String kind, String parkId, JobState state, Instant submittedAt, Instant startedAt,
                   Instant finishedAt, long elapsedMs, JobProgress progress, Object result, String error) {

    public static JobResource of(JobStatus s) {
        return new JobResource(s.id(), s.kind(), s.owner(), s.state(), s.submittedAt(), s.startedAt(), s.finishedAt(),
                s.elapsedMs(), s.progress(), s.result(), s.error());
    }
}
