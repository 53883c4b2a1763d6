package org.residency.scheduler.jobs.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.residency.scheduler.jobs.control.JobFailedException;
import org.residency.scheduler.jobs.control.JobMessage;
import org.residency.scheduler.jobs.control.JobOutcome;
import org.residency.scheduler.jobs.control.JobWork;
import org.residency.scheduler.jobs.control.MalformedJobMessageException;
import org.residency.scheduler.jobs.entity.Job;
import org.residency.scheduler.jobs.entity.JobState;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What both job consumers do with a message: find the job, skip it when it already ended (e.g. cancelled
 * while queued), mark it running, run the work of its kind and record how it ended. A message that cannot
 * be read, or names no job, is thrown back for the broker to redeliver and then dead-letter.
 * <p>
 * A job that is RUNNING when its message arrives was being run when the server stopped (killed, crashed,
 * power lost): the consumers acknowledge a message only after the job's end is stored, so the broker
 * delivers it again after the restart. It runs once more from the start (nothing of a run is stored before
 * its end); a job that was interrupted {@value #MAX_ATTEMPTS} times is marked FAILED instead, so a job
 * that itself brings the server down cannot do so forever.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());
    static final int MAX_ATTEMPTS = 2;

    @Inject
    JobService jobs;

    @Inject
    @Any
    Instance<JobWork> work;

    public void handle(Message message) {
        JobMessage parsed = JobMessage.parse(text(message));
        Job job = jobs.find(parsed.jobId())
                .orElseThrow(() -> new MalformedJobMessageException("no job " + parsed.jobId()));
        if (job.getState().isFinal()) {
            LOG.info(() -> "Job " + job.getId() + " is already " + job.getState() + "; message ignored");
            return;
        }
        if (job.getState() == JobState.RUNNING) {
            if (job.getAttempts() >= MAX_ATTEMPTS) {
                LOG.severe(() -> "Job " + job.getId() + " was interrupted by a server stop " + job.getAttempts()
                        + " times; marked FAILED");
                jobs.fail(job.getId(), "the server stopped while this job ran (" + job.getAttempts()
                        + " attempts); not tried again: submit it anew");
                return;
            }
            LOG.warning(() -> "Job " + job.getId() + " was running when the server stopped; running it again");
        }
        jobs.start(job.getId()).ifPresent(this::run);
    }

    private void run(Job job) {
        try {
            JobOutcome outcome = workFor(job).run(job, percent -> jobs.progress(job.getId(), percent));
            jobs.succeed(job.getId(), outcome);
        } catch (JobFailedException e) {
            jobs.fail(job.getId(), e.getMessage(), e.resultJson());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Job " + job.getId() + " failed unexpectedly", e);
            jobs.fail(job.getId(), "internal error: " + e.getClass().getSimpleName());
        }
    }

    private JobWork workFor(Job job) {
        return work.stream()
                .filter(w -> w.kind() == job.getKind())
                .findFirst()
                .orElseThrow(() -> new JobFailedException("no worker for jobs of kind " + job.getKind()));
    }

    private static String text(Message message) {
        if (!(message instanceof TextMessage textMessage)) {
            throw new MalformedJobMessageException("expected a JSON text message, got " + message.getClass().getSimpleName());
        }
        try {
            return textMessage.getText();
        } catch (JMSException e) {
            throw new MalformedJobMessageException("unreadable message: " + e.getMessage());
        }
    }
}
