package org.residency.scheduler.jobs.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
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
 * Runs the jobs of the job queue. A message that cannot be read, or names no job, is thrown back:
 * the resource adapter redelivers it a few times and then moves it to the broker's dead message
 * queue ({@link DeadLetterConsumer}). A job whose work fails is marked FAILED and not retried.
 * No container transaction: a job may run for minutes, and its state changes commit one by one.
 */
@JMSDestinationDefinition(name = "java:app/jms/JobQueue", interfaceName = "jakarta.jms.Queue",
        destinationName = "ResidencyJobQueue")
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:app/jms/JobQueue"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "endpointExceptionRedeliveryAttempts", propertyValue = "2"),
        @ActivationConfigProperty(propertyName = "sendUndeliverableMsgsToDMQ", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "maxPoolSize", propertyValue = "2")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(JobConsumer.class.getName());

    @Inject
    JobService jobs;

    @Inject
    @Any
    Instance<JobWork> work;

    @Override
    public void onMessage(Message message) {
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
            jobs.fail(job.getId(), e.getMessage());
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
