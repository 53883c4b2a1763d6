package org.residency.scheduler.resilience.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

import java.time.Duration;

/**
 * Sends task runs to the task queue as {@code {"run": id}}. The JMS context joins the caller's
 * transaction, so a message only goes out with its committed run row.
 */
@ApplicationScoped
public class TaskQueue {

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:app/jms/ResilienceTaskQueue")
    Queue queue;

    public void send(long runId, Duration delay) {
        jms.createProducer().setDeliveryDelay(delay.toMillis()).send(queue,
                jakarta.json.Json.createObjectBuilder().add("run", runId).build().toString());
    }
}
