package org.residency.scheduler.jobs.control;

/** The job cannot be done (its input is gone or invalid); retrying would not help. */
public class JobFailedException extends RuntimeException {

    public JobFailedException(String message) {
        super(message);
    }
}
