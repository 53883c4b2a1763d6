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
 * Runs the solver jobs (generation, repair), one at a time: a solve uses {@code engine.threads} cores for
 * up to its time limit, and the machine this is sized for has two. Further solver jobs wait QUEUED in
 * order (and can be cancelled there). Being a separate queue with its own session, a long solve never
 * delays the short jobs of {@link JobConsumer}. Same failure handling as that queue.
 */
@JMSDestinationDefinition(name = "java:app/jms/SolverQueue", interfaceName = "jakarta.jms.Queue",
        destinationName = "ResidencySolverQueue")
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:app/jms/SolverQueue"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "endpointExceptionRedeliveryAttempts", propertyValue = "2"),
        @ActivationConfigProperty(propertyName = "sendUndeliverableMsgsToDMQ", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "maxPoolSize", propertyValue = "1")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SolverConsumer implements MessageListener {

    @Inject
    JobRunner runner;

    @Override
    public void onMessage(Message message) {
        runner.handle(message);
    }
}
