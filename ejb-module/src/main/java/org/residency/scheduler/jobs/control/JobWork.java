package org.residency.scheduler.jobs.control;

import org.residency.scheduler.jobs.entity.Job;
import org.residency.scheduler.jobs.entity.JobKind;

import java.util.function.IntConsumer;

/** The work behind one kind of job. Implementations are CDI beans found by {@link #kind()}. */
public interface JobWork {

    JobKind kind();

    /**
     * Does the work. A {@link JobFailedException} ends the job as FAILED with its message; the
     * progress consumer takes a percentage.
     */
    JobOutcome run(Job job, IntConsumer progress);
}
