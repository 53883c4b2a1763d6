package org.residency.scheduler.jobs.control;

/**
 * The job cannot be done (its input is gone or invalid, or no answer exists); retrying would not help.
 * {@code resultJson}, when given, is kept as the job's result (e.g. the reasons no schedule exists).
 */
public class JobFailedException extends RuntimeException {

    private final String resultJson;

    public JobFailedException(String message) {
        this(message, null);
    }

    public JobFailedException(String message, String resultJson) {
        super(message);
        this.resultJson = resultJson;
    }

    public String resultJson() {
        return resultJson;
    }
}
