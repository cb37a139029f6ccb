package org.symbiopark.jobs;

/** The work of a job: runs once on a job worker thread and returns the job's result. */
@FunctionalInterface
public interface JobTask<R> {

    /**
     * @throws Exception any failure; the job ends FAILED with its message (or CANCELLED if a cancel
     *                   had been requested)
     */
    R run(JobContext context) throws Exception;
}
