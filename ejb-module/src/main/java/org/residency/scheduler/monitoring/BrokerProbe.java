package org.residency.scheduler.monitoring;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;

import java.util.Collections;

/** Opens a session on the built-in JMS broker and counts the messages waiting on the job queue. */
@ApplicationScoped
public class BrokerProbe {

    @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "java:app/jms/JobQueue")
    Queue jobQueue;

    /** @return the number of queued job messages; throws when the broker cannot be reached */
    public int queuedJobMessages() {
        try (JMSContext context = connectionFactory.createContext();
             QueueBrowser browser = context.createBrowser(jobQueue)) {
            return Collections.list(browser.getEnumeration()).size();
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
