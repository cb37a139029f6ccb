package org.symbiopark.jobs;

/** What a running task sees of its job: where to report progress and whether to stop. */
public interface JobContext {

    /** Replaces the job's progress; cheap, may be called often and from several threads. */
    void report(JobProgress progress);

    /** Whether someone asked to cancel the job; a task checks it and returns (or throws) soon after. */
    boolean cancelRequested();
}
