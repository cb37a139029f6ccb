package org.symbiopark.web.routing;

import java.time.Instant;
import org.symbiopark.jobs.JobProgress;
import org.symbiopark.jobs.JobState;
import org.symbiopark.jobs.JobStatus;

/** A network job as the API shows it; {@code result} is there once SUCCEEDED, {@code error} once FAILED. */
record NetworkJobResource(String id, String kind, String parkId, JobState state, Instant submittedAt, Instant startedAt,
                          Instant finishedAt, long elapsedMs, JobProgress progress, Object result, String error) {

    static NetworkJobResource of(JobStatus s) {
        return new NetworkJobResource(s.id(), s.kind(), s.owner(), s.state(), s.submittedAt(), s.startedAt(),
                s.finishedAt(), s.elapsedMs(), s.progress(), s.result(), s.error());
    }
}
