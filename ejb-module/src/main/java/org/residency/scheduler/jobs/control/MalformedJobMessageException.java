package org.residency.scheduler.jobs.control;

/** A message on the job queue that no consumer can ever process: it goes to the dead message queue. */
public class MalformedJobMessageException extends RuntimeException {

    public MalformedJobMessageException(String message) {
        super(message);
    }
}
