package org.residency.scheduler.jobs.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

import java.util.logging.Logger;

/**
 * Drains OpenMQ's dead message queue ({@code mq.sys.dmq}), where the broker puts a message after
 * its redelivery attempts, and records each one, so a poison message is visible to operators at
 * {@code GET /api/jobs/dead-letters} instead of looping or vanishing.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destination", propertyValue = "mq.sys.dmq"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxPoolSize", propertyValue = "1")
})
public class DeadLetterConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(DeadLetterConsumer.class.getName());

    @Inject
    JobService jobs;

    @Override
    public void onMessage(Message message) {
        String body = body(message);
        String destination = property(message, "JMS_SUN_DMQ_UNDELIVERED_DESTINATION");
        String reason = property(message, "JMS_SUN_DMQ_UNDELIVERED_REASON");
        String comment = property(message, "JMS_SUN_DMQ_UNDELIVERED_COMMENT");
        String why = comment == null ? reason : reason + ": " + comment;
        jobs.deadLettered(destination, body, why);
        LOG.warning(() -> "Dead-lettered message from " + destination + " (" + why + ")");
    }

    private static String body(Message message) {
        try {
            return message instanceof TextMessage text ? text.getText() : message.toString();
        } catch (JMSException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static String property(Message message, String name) {
        try {
            Object value = message.getObjectProperty(name);
            return value == null ? null : value.toString();
        } catch (JMSException e) {
            return null;
        }
    }
}
