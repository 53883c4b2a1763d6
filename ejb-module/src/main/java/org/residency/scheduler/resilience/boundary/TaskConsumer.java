package org.residency.scheduler.resilience.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.persistence.PersistenceException;
import org.residency.scheduler.jobs.control.MalformedJobMessageException;
import org.residency.scheduler.resilience.control.ResilienceMetrics;
import org.residency.scheduler.resilience.control.ResilienceTask;
import org.residency.scheduler.resilience.control.RetryPolicy;
import org.residency.scheduler.resilience.control.TaskSettings;
import org.residency.scheduler.resilience.control.TaskWork;
import org.residency.scheduler.resilience.entity.TaskRun;

import java.io.StringReader;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the periodic tasks the timers queue. A run starts only when no other run of its task is RUNNING
 * (else it is SKIPPED); a failure queues the next attempt after the retry policy's backoff, and the last
 * failure is logged as SEVERE and left FAILED for {@code GET /api/tasks} and the alert rules.
 */
@JMSDestinationDefinition(name = "java:app/jms/ResilienceTaskQueue", interfaceName = "jakarta.jms.Queue",
        destinationName = "ResidencyResilienceTaskQueue")
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:app/jms/ResilienceTaskQueue"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "endpointExceptionRedeliveryAttempts", propertyValue = "2"),
        @ActivationConfigProperty(propertyName = "sendUndeliverableMsgsToDMQ", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "maxPoolSize", propertyValue = "2")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TaskConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(TaskConsumer.class.getName());

    @Inject
    TaskRunService runs;
    @Inject
    TaskWork work;
    @Inject
    TaskSettings settings;
    @Inject
    ResilienceMetrics metrics;

    @Override
    public void onMessage(Message message) {
        long id = runId(message);
        Optional<TaskRun> started;
        try {
            started = runs.start(id);
        } catch (EJBException | PersistenceException raced) {
            started = Optional.empty();                 // the unique index: another run started first
        }
        if (started.isEmpty()) {
            runs.skipIfQueued(id, "another run of this task was running");
            return;
        }
        run(started.get());
    }

    private void run(TaskRun run) {
        ResilienceTask task = ResilienceTask.named(run.getTask()).orElseThrow();
        long t0 = System.nanoTime();
        try {
            runs.finish(run.getId(), TaskRun.State.SUCCEEDED, work.run(task));
        } catch (RuntimeException e) {
            failed(run, task, e);
        } finally {
            metrics.taskRan(task.name(), Duration.ofNanos(System.nanoTime() - t0));
        }
    }

    private void failed(TaskRun run, ResilienceTask task, RuntimeException e) {
        RetryPolicy retry = settings.retry();
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Optional<Duration> delay = retry.delayAfter(run.getAttempt());
        if (delay.isPresent()) {
            runs.finish(run.getId(), TaskRun.State.RETRYING, why + "; attempt " + (run.getAttempt() + 1)
                    + " in " + delay.get().toSeconds() + " s");
            runs.queue(task, run.getAttempt() + 1, delay.get());
        } else {
            LOG.log(Level.SEVERE, "Task " + task + " failed after " + run.getAttempt() + " attempts; giving up", e);
            runs.finish(run.getId(), TaskRun.State.FAILED, why + "; no attempt left");
        }
    }

    private static long runId(Message message) {
        try {
            String text = message instanceof TextMessage t ? t.getText() : null;
            return Json.createReader(new StringReader(String.valueOf(text))).readObject().getJsonNumber("run").longValueExact();
        } catch (JMSException | JsonException | ClassCastException | NullPointerException | ArithmeticException e) {
            throw new MalformedJobMessageException("not a task run message: " + e.getMessage());
        }
    }
}
