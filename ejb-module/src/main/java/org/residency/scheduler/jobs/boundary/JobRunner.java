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

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What both job consumers do with a message: find the job, skip it when it already ended (e.g. cancelled
 * while queued), mark it running, run the work of its kind and record how it ended. A message that cannot
 * be read, or names no job, is thrown back for the broker to redeliver and then dead-letter.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

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
