package org.residency.scheduler.jobs.control;

/** Hands a job to the asynchronous consumers; sent with the caller's transaction. */
public interface JobQueue {

    void enqueue(JobMessage message);
}
