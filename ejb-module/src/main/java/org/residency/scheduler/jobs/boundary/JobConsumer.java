package org.residency.scheduler.jobs.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Runs the short jobs of the job queue (validation). A message that cannot be read, or names no job, is
 * thrown back: the resource adapter redelivers it a few times and then moves it to the broker's dead
 * message queue ({@link DeadLetterConsumer}). A job whose work fails is marked FAILED and not retried.
 * No container transaction: a job's state changes commit one by one. Solver jobs have their own queue
 * ({@link SolverConsumer}), so a long generation never holds these two sessions.
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

    @Inject
    JobRunner runner;

    @Override
    public void onMessage(Message message) {
        runner.handle(message);
    }
}
